"""Headless Chromium on the seeded demo: pages render cleanly, are accessible, work without JS."""

import json

import pytest

from tests.browser.conftest import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason=f"{CHROMIUM} is not installed (`make test` installs Debian's chromium)",
    ),
]

PAGES = {
    "en": {"home": "/", "directory": "/cities/", "city": "/cities/rosario/"},
    "es": {"home": "/es/", "directory": "/es/cities/", "city": "/es/cities/rosario/"},
}
SERIOUS = {"serious", "critical"}


def visit(page, path):
    response = page.goto(path, wait_until="load")
    assert response is not None
    assert response.status == 200, f"{path}: HTTP {response.status}"
    return response


def describe(violations) -> str:
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"    {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    - {', '.join(map(str, node['target']))}")
            lines.append(f"      {node.get('failureSummary', '').replace(chr(10), ' ')[:300]}")
    return "\n".join(lines)


def assert_accessible(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    violations = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    assert not violations, f"axe-core on {page.url}:\n{describe(violations)}"


def assert_clean_load(page):
    problems = page.problems
    assert not problems.page_errors, f"JavaScript errors on {page.url}: {problems.page_errors}"
    assert not problems.console_errors, f"console errors on {page.url}:\n" + "\n".join(
        problems.console_errors
    )
    assert not problems.bad_responses, f"failed requests: {problems.bad_responses}"
    assert not problems.failed_requests, f"failed requests: {problems.failed_requests}"
    assert not problems.outside_requests(), (
        f"requests to other hosts from {page.url}: {problems.outside_requests()}"
    )


@pytest.mark.parametrize("language", PAGES)
@pytest.mark.parametrize("kind", ["home", "directory", "city"])
def test_page_renders_cleanly_and_accessibly(page, language, kind):
    visit(page, PAGES[language][kind])
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert_clean_load(page)
    assert_accessible(page)


def test_rosario_profile_shows_its_partner(page):
    visit(page, "/cities/rosario/")
    assert page.locator("h1").inner_text().strip() == "Rosario"
    partner = page.locator("main").get_by_role("link", name="Chattanooga", exact=True)
    assert partner.count() >= 1
    partner.first.click()
    page.wait_for_url("**/cities/chattanooga/")
    assert page.locator("h1").inner_text().strip() == "Chattanooga"


def test_directory_filter_works_without_javascript(browser, site_url):
    context = browser.new_context(base_url=site_url, java_script_enabled=False)
    try:
        page = context.new_page()
        visit(page, "/cities/")
        all_cards = page.locator(".card--city").count()
        assert all_cards > 0
        page.locator("input[name='region'][value='europe']").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Apply filters").click()
        assert "region=europe" in page.url
        europe_cards = page.locator(".card--city").count()
        assert 0 < europe_cards < all_cards
        assert page.locator("input[name='region'][value='europe']").is_checked()
        dots = page.locator("circle.city-dot").count()
        assert dots >= europe_cards
    finally:
        context.close()


def test_language_switcher_leads_to_the_spanish_page(page):
    visit(page, "/cities/rosario/")
    page.locator(".lang-switcher a[hreflang='es']").click()
    page.wait_for_url("**/es/cities/rosario/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator(".lang-switcher a[aria-current='true']").get_attribute("hreflang") == "es"
    assert_clean_load(page)


def test_map_dots_match_the_filtered_cities(page):
    visit(page, "/cities/?region=north-america")
    heading = page.locator("#results-heading").inner_text()
    count = int(heading.split()[0])
    assert page.locator("circle.city-dot").count() == count, json.dumps(heading)
