"""Headless Chromium on the seeded, indexed demo: search as a planner in Rosario would."""

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


def test_suggestions_appear_as_you_type_and_open_a_page(page):
    visit(page, "/search/")
    field = page.locator("main").get_by_role("combobox")
    field.first.fill("ciclo")
    listbox = page.locator("main").get_by_role("listbox")
    listbox.first.wait_for(state="visible")
    options = listbox.first.get_by_role("option")
    assert options.count() >= 1
    first_title = options.first.inner_text()
    assert "Ciclo" in first_title or "ciclo" in first_title.lower()
    field.first.press("ArrowDown")
    assert field.first.get_attribute("aria-expanded") == "true"
    with page.expect_navigation():
        field.first.press("Enter")
    assert "/search/" not in page.url
    assert page.locator("h1").count() == 1
    assert_clean_load(page)


def test_search_in_spanish_then_narrow_by_cluster(page):
    visit(page, "/es/search/?q=agricultura+urbana")
    assert page.locator("html").get_attribute("lang") == "es"
    results = page.locator(".search-result")
    assert results.count() >= 1
    assert page.locator(".search-result mark").count() >= 1
    assert_clean_load(page)
    assert_accessible(page)

    cluster = page.get_by_role("checkbox", name=re.compile(r"^Economía circular"))
    with page.expect_navigation():
        cluster.check()
    query = parse_qs(urlsplit(page.url).query)
    assert query["cluster"] == ["circular-economy"]
    assert query["q"] == ["agricultura urbana"]
    assert page.locator(".active-filters").count() == 1
    assert_accessible(page)


def test_search_works_without_javascript(browser, site_url):
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    try:
        page = context.new_page()
        visit(page, "/search/")
        page.locator("main").get_by_role("searchbox").or_(
            page.locator("main input[name='q']")
        ).first.fill("stormwater")
        with page.expect_navigation():
            page.locator("main").get_by_role("button", name="Search").first.click()
        assert "q=stormwater" in page.url
        assert page.locator(".search-result").count() >= 1
        assert page.locator("meta[name='robots'][content*='noindex']").count() == 1
    finally:
        context.close()


def test_french_search_finds_the_english_pages_the_french_site_shows(page):
    visit(page, "/fr/search/?q=water")
    assert page.locator("html").get_attribute("lang") == "fr"
    results = page.locator("#results > .search-results .search-result")
    assert results.count() >= 1
    first = results.first
    assert first.locator(".search-result__title").get_attribute("lang") == "en"
    assert "Anglais" in first.locator(".search-result__language").inner_text()
    assert page.locator("#search-lang-shown").is_checked()
    assert_clean_load(page)
    assert_accessible(page)

    # Suggestions come from the same pages, as the French site shows them.
    field = page.locator("main").get_by_role("combobox").first
    field.fill("wate")
    listbox = page.locator("main").get_by_role("listbox").first
    listbox.wait_for(state="visible")
    assert listbox.get_by_role("option").count() >= 1

    # "Only in French" finds what is written in French, and says so when it is nothing.
    with page.expect_navigation():
        page.locator("#search-lang-fr").check()
    assert parse_qs(urlsplit(page.url).query)["lang"] == ["fr"]
    assert_accessible(page)
