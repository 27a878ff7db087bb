"""A real server on a seeded SQLite file, and Debian's Chromium driven by Playwright.

One server serves the whole run, whichever xdist workers run browser tests (see
``tests/browser/server.py``): it runs in its own process with the dev settings, on a copy of the
demo seeded once per run (``tests/seeded_site.py``), so the browser sees exactly what ``make run``
serves, static files included. Tests share it: a test that writes (signs up, enrols) uses data
of its own, such as an email address no other test uses.
"""

import itertools
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
    """What went wrong while a page loaded: console errors, script errors, failed requests,
    error responses and requests to other hosts.

    A request that Chromium aborts (``net::ERR_ABORTED``) because the page moved on is not a
    failure: a main-frame navigation that a later one replaced (the form submission or redirect
    a ``goto`` overtook), an image or fetch still in flight when a later main-frame navigation
    started (of the page the test left), or a navigation that became a download. Every other
    failed request is one, aborted ones included (a script cancelling its own fetch, say).
    Chromium reports a replaced navigation as failed before the request of the one replacing
    it, and a subresource after it, hence the two rules.
    """

    ABORTED = "net::ERR_ABORTED"

    def __init__(self, page, base_url: str):
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.requests: list[str] = []
        self.bad_responses: list[str] = []
        self.base_url = base_url
        self._clock = itertools.count()
        self._started: dict[object, int] = {}  # request -> when it started
        self._navigations: list[int] = []  # when each main-frame navigation started
        self._failures: list[tuple[object, str, int]] = []  # request, error, when
        self._downloads: set[str] = set()
        page.on(
            "console",
            lambda message: (
                message.type == "error"
                and self.console_errors.append(f"{message.text} @ {message.location}")
            ),
        )
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("request", lambda request: self._request(page, request))
        page.on(
            "requestfailed",
            lambda request: self._failures.append(
                (request, request.failure or "", next(self._clock))
            ),
        )
        page.on("download", lambda download: self._downloads.add(download.url))
        page.on(
            "response",
            lambda response: (
                response.status >= 400
                and self.bad_responses.append(f"{response.status} {response.url}")
            ),
        )

    def _request(self, page, request) -> None:
        now = next(self._clock)
        self._started[request] = now
        self.requests.append(request.url)
        if request.is_navigation_request() and request.frame == page.main_frame:
            self._navigations.append(now)

    def _caused_by_the_test(self, request, error: str, failed_at: int) -> bool:
        if error != self.ABORTED:
            return False
        started = self._started.get(request, failed_at)
        if started in self._navigations:  # a main-frame navigation: replaced, or a download
            replaced = any(started < navigation for navigation in self._navigations)
            return replaced or request.url in self._downloads
        return any(started < navigation < failed_at for navigation in self._navigations)

    @property
    def failed_requests(self) -> list[str]:
        return [
            f"{request.url}: {error}"
            for request, error, failed_at in self._failures
            if not self._caused_by_the_test(request, error, failed_at)
        ]

    @property
    def superseded_requests(self) -> list[str]:
        """Requests aborted by the test's own navigation or download, for the record."""
        return [
            f"{request.url}: {error}"
            for request, error, failed_at in self._failures
            if self._caused_by_the_test(request, error, failed_at)
        ]

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
