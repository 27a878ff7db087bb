"""Headless Chromium on the seeded demo: a planner narrows the case study library and reads one."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import CHROMIUM
from tests.browser.test_public_pages import assert_accessible, assert_clean_load, visit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason=f"{CHROMIUM} is not installed (`make test` installs Debian's chromium)",
    ),
]


def tick(page, label: str) -> None:
    """Tick the filter whose label starts with ``label``; the form submits itself."""
    checkbox = page.get_by_role("checkbox", name=re.compile(rf"^{re.escape(label)}"))
    with page.expect_navigation():
        checkbox.check()


def result_count(page) -> int:
    return int(re.search(r"\d+", page.locator("#results-heading").inner_text()).group())


def test_filter_the_library_to_a_cluster_and_region_then_read_a_case_study(page):
    visit(page, "/case-studies/")
    everything = result_count(page)
    assert everything >= 30
    assert_clean_load(page)
    assert_accessible(page)

    tick(page, "Water resources")
    in_cluster = result_count(page)
    assert 0 < in_cluster < everything
    tick(page, "Latin America and the Caribbean")
    narrowed = result_count(page)
    assert 0 < narrowed <= in_cluster

    query = parse_qs(urlsplit(page.url).query)
    assert query["cluster"] == ["water-resources"]
    assert query["region"] == ["latin-america-caribbean"]
    chips = page.locator(".active-filters")
    assert "Water resources" in chips.inner_text()
    cards = page.locator("#results article")
    assert cards.count() == min(narrowed, 20)
    assert_clean_load(page)
    assert_accessible(page)

    title = cards.first.get_by_role("link").first
    name = title.inner_text().strip()
    with page.expect_navigation():
        title.click()
    assert page.locator("h1").inner_text().strip() == name
    facts = page.locator("main").inner_text()
    assert "Water" in facts
    assert page.locator("script[type='application/ld+json']").count() == 1
    assert page.locator("svg.city-map__svg").count() >= 1
    assert_clean_load(page)
    assert_accessible(page)


def test_filters_work_without_javascript(browser, site_url):
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    try:
        page = context.new_page()
        visit(page, "/best-practices/")
        before = result_count(page)
        page.get_by_role("checkbox", name=re.compile(r"^Water resources")).check()
        with page.expect_navigation():
            page.get_by_role("button", name="Apply filters").click()
        assert "cluster=water-resources" in page.url
        assert 0 < result_count(page) <= before
    finally:
        context.close()


def test_a_spanish_case_study_reads_in_spanish(page):
    visit(page, "/es/case-studies/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert result_count(page) >= 4
    assert_accessible(page)
