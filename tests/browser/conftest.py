"""A real server on a seeded SQLite file, and Debian's Chromium driven by Playwright.

The server runs in its own processes (migrate, seed_demo, search_index rebuild, runserver) with
the dev settings, so the browser sees exactly what ``make run`` serves, static files included.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this process; Django refuses ORM calls from a
# thread with a running loop unless told otherwise.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SERVER_START_TIMEOUT = 60


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(args, env, log):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        log.flush()
        pytest.fail(f"manage.py {' '.join(args)} failed:\n{Path(log.name).read_text()[-4000:]}")


def _wait_until_up(url: str, server: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"runserver exited early:\n{log_path.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)  # polling a starting process, not timing test logic
    pytest.fail(f"runserver did not answer within {SERVER_START_TIMEOUT} s")


@pytest.fixture(scope="session")
def site_workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("browser-site")


@pytest.fixture(scope="session")
def mail_dir(site_workdir):
    """Where the server writes each email it sends, one file per message."""
    return site_workdir / "mail"


@pytest.fixture(scope="session")
def site_url(site_workdir, mail_dir):
    """Base URL of a running dev server over a freshly migrated and seeded database."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (`make test` installs Debian's chromium)")
    workdir = site_workdir
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "ACADEMY_", "DATABASE_URL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="academy.settings.dev",
        DATABASE_URL=f"sqlite:///{workdir}/db.sqlite3",
        ACADEMY_MEDIA_ROOT=str(workdir / "media"),
        ACADEMY_STATIC_ROOT=str(workdir / "static"),
        ACADEMY_SEARCH_INDEX_PATH=str(workdir / "search.sqlite3"),
        ACADEMY_CERTIFICATE_ROOT=str(workdir / "certificates"),
        # Its own cache: rate limits counted by an earlier run must not refuse this one.
        ACADEMY_CACHE_DIR=str(workdir / "cache"),
        ACADEMY_EMAIL_FILE_PATH=str(mail_dir),
        PYTHONUNBUFFERED="1",
    )
    log_path = workdir / "server.log"
    with log_path.open("w") as log:
        _manage(["migrate", "--noinput", "-v", "0"], env, log)
        _manage(["seed_demo", "-v", "0"], env, log)
        _manage(["search_index", "rebuild"], env, log)
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_up(url, server, log_path)
            yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser(site_url):
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
