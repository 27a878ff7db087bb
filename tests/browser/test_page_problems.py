"""The browser tests' problem collector in real Chromium: a request aborted because the page
moved on (the test's own navigation, or a download) is not a failure; every other failed
request is, aborted ones included.

A small server on 127.0.0.1 holds chosen requests open, so that a request is surely still in
flight when the next navigation starts; the demo site is not needed.
"""

import contextlib
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.browser.conftest import CHROMIUM, PageProblems

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason=f"{CHROMIUM} is not installed (`make test` installs Debian's chromium)",
    ),
]

HELD_FOR = 10  # seconds at most that the server holds a request open
HOME = b"""<!doctype html><title>home</title>
<form method="post" action="/submit"><button>Send</button></form>
<a href="/report.pdf">Report</a> <a href="/no-content">Nothing</a>"""


class Handler(BaseHTTPRequestHandler):
    release: threading.Event

    def log_message(self, *args):
        pass

    def handle(self):
        # The browser gives up on held requests: what these tests make it do.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()

    def send(self, status, body=b"", **headers):
        self.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **headers}.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/held"):
            self.release.wait(HELD_FOR)
            self.send(200, b"late", Content_Type="text/html")
        elif self.path == "/report.pdf":
            self.send(
                200,
                b"%PDF-1.4 not really",
                Content_Type="application/pdf",
                Content_Disposition='attachment; filename="report.pdf"',
            )
        elif self.path == "/no-content":
            self.send(204)
        else:
            self.send(200, HOME, Content_Type="text/html")

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send(303, Location="/held/after-submit")


@pytest.fixture
def slow_server():
    release = threading.Event()
    handler = type("SlowHandler", (Handler,), {"release": release})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    release.set()
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def page(browser, slow_server):
    context = browser.new_context(base_url=slow_server)
    page = context.new_page()
    page.problems = PageProblems(page, slow_server)
    page.goto("/")
    yield page
    context.close()


def test_a_redirect_that_the_next_goto_overtakes_is_not_a_failure(page, slow_server):
    # The form posts; the answer redirects to a page still loading when the test moves on.
    with page.expect_request("**/held/after-submit"):
        page.evaluate("document.forms[0].submit()")
    page.goto("/next")
    assert page.problems.failed_requests == []
    assert page.problems.superseded_requests == [
        f"{slow_server}/held/after-submit: net::ERR_ABORTED"
    ]


def test_a_fetch_and_an_image_of_the_page_left_behind_are_not_failures(page, slow_server):
    with page.expect_request("**/held/data.json"), page.expect_request("**/held/picture.png"):
        page.evaluate(
            """() => {
                fetch("/held/data.json").catch(() => {});
                const image = new Image();
                image.src = "/held/picture.png";
                document.body.append(image);
            }"""
        )
    page.goto("/next")
    assert page.problems.failed_requests == []
    assert sorted(page.problems.superseded_requests) == [
        f"{slow_server}/held/data.json: net::ERR_ABORTED",
        f"{slow_server}/held/picture.png: net::ERR_ABORTED",
    ]


def test_a_link_that_downloads_is_not_a_failure(page, slow_server):
    with page.expect_download() as download:
        page.get_by_role("link", name="Report").click()
    assert download.value.suggested_filename == "report.pdf"
    assert page.problems.failed_requests == []
    assert page.problems.superseded_requests == [f"{slow_server}/report.pdf: net::ERR_ABORTED"]


def test_a_script_cancelling_its_own_fetch_is_a_failure(page, slow_server):
    with page.expect_request("**/held/cancelled"):
        page.evaluate(
            """() => {
                window.controller = new AbortController();
                fetch("/held/cancelled", {signal: controller.signal}).catch(() => {});
            }"""
        )
    with page.expect_event("requestfailed"):
        page.evaluate("controller.abort()")
    page.goto("/next")  # a navigation after the failure excuses nothing
    assert page.problems.failed_requests == [f"{slow_server}/held/cancelled: net::ERR_ABORTED"]


def test_a_navigation_aborted_with_nothing_replacing_it_is_a_failure(page, slow_server):
    # Chromium aborts a navigation answered "204 No Content", and the page stays put.
    with page.expect_event("requestfailed"):
        page.get_by_role("link", name="Nothing").click()
    assert page.problems.failed_requests == [f"{slow_server}/no-content: net::ERR_ABORTED"]


def test_a_request_the_server_refuses_is_a_failure(page):
    with socket.socket() as sock:  # a port that nothing listens on once it is closed
        sock.bind(("127.0.0.1", 0))
        refused = f"http://127.0.0.1:{sock.getsockname()[1]}/refused"
    with page.expect_event("requestfailed"):
        page.evaluate("url => fetch(url).catch(() => {})", refused)
    page.goto("/next")
    assert page.problems.failed_requests == [f"{refused}: net::ERR_CONNECTION_REFUSED"]
    assert page.problems.outside_requests() == [refused]
