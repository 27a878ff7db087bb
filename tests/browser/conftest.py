"""A real server on a seeded SQLite file, and Debian's Chromium driven by Playwright.

One server serves the whole run, whichever xdist workers run browser tests (see
``tests/browser/server.py``): it runs in its own process with the dev settings, on a copy of the
demo seeded once per run (``tests/seeded_site.py``), so the browser sees exactly what ``make run``
serves, static files included. Tests share it: a test that writes (signs up, enrols) uses data
of its own, such as an email address no other test uses.
"""

import os
from pathlib import Path

import pytest

from tests.browser.server import shared_server

# Playwright's sync API runs an event loop in this process; Django refuses ORM calls from a
# thread with a running loop unless told otherwise.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def site_server(request):
    """This run's server over the seeded demo, shared with the other workers."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (`make test` installs Debian's chromium)")
    return shared_server(request.config)


@pytest.fixture(scope="session")
def site_url(site_server):
    """Base URL of the running server, such as ``http://127.0.0.1:40123``."""
    return site_server.url


@pytest.fixture(scope="session")
def site_workdir(site_server):
    """The server's own copy of the seeded site: database, media, certificates, mail."""
    return site_server.site.root


@pytest.fixture(scope="session")
def mail_dir(site_server):
    """Where the server writes each email it sends, one file per message (every worker's)."""
    return site_server.site.mail


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (`make test` installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    try:
        yield chromium
    finally:
        chromium.close()
        playwright.stop()


class PageProblems:
    """What went wrong while a page loaded: console errors, script errors, outside requests."""

    def __init__(self, page, base_url: str):
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.requests: list[str] = []
        self.failed_requests: list[str] = []
        self.bad_responses: list[str] = []
        page.on(
            "console",
            lambda message: (
                message.type == "error"
                and self.console_errors.append(f"{message.text} @ {message.location}")
            ),
        )
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("request", lambda request: self.requests.append(request.url))
        page.on(
            "requestfailed",
            lambda request: self.failed_requests.append(f"{request.url}: {request.failure}"),
        )
        page.on(
            "response",
            lambda response: (
                response.status >= 400
                and self.bad_responses.append(f"{response.status} {response.url}")
            ),
        )
        self.base_url = base_url

    def outside_requests(self) -> list[str]:
        local = ("data:", "blob:", "about:", self.base_url + "/")
        return [url for url in self.requests if not url.startswith(local) and url != self.base_url]


@pytest.fixture
def context(browser, site_url):
    context = browser.new_context(base_url=site_url, locale="en-GB")
    yield context
    context.close()


@pytest.fixture
def page(context, site_url):
    page = context.new_page()
    page.problems = PageProblems(page, site_url)
    return page
