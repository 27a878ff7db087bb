"""The browser tests' server: one per test run, shared by every pytest-xdist worker.

The first worker that needs it copies the run's seeded demo (``tests/seeded_site.py``), starts
``runserver`` on the copy and writes its address to ``browser-server.json`` in the run's shared
directory, all under an exclusive file lock; the other workers wait on the lock and use the same
server. A server that died (its pid gone, or no longer this module's) is started again on a
fresh copy by the next worker that asks, so a crash leaves nothing stale behind.

It stops when the run ends: ``stop()`` from ``pytest_sessionfinish`` in the controller (the
xdist controller, or the only pytest process), which outlives every worker. If that process is
killed outright, the watchdog in ``python -m tests.browser.server`` stops the server within a
second: it serves only as long as the pid it watches is alive.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.seeded_site import ROOT, SiteFiles, controller_pid, exclusive, run_dir, seeded_snapshot

STATE = "browser-server.json"
START_TIMEOUT = 120  # seconds for runserver to answer /healthz, on a busy machine
STOP_TIMEOUT = 10
# Servers this process started, kept so that none is garbage-collected while it runs.
_STARTED: dict[int, subprocess.Popen] = {}


@dataclass(frozen=True)
class Server:
    url: str
    pid: int
    site: SiteFiles

    @property
    def address(self) -> str:
        return self.url.removeprefix("http://")


def shared_server(config) -> Server:
    """The running server of this test run, started here if no live one exists yet."""
    shared = run_dir(config)
    with exclusive(shared / "browser-server.lock"):
        server = _read_state(shared)
        if server is not None and is_running(server):
            return server
        snapshot = seeded_snapshot(config)
        number = len(list(shared.glob("browser-site-*"))) + 1
        site = snapshot.copy_to(SiteFiles(shared / f"browser-site-{number}"))
        server = start_server(site, watch=controller_pid(config))
        (shared / STATE).write_text(
            json.dumps({"url": server.url, "pid": server.pid, "site": str(site.root)})
        )
        return server


def stop(config) -> None:
    """Stop this run's server, if one runs (called once, by the controller, at the end)."""
    shared = run_dir(config)
    with exclusive(shared / "browser-server.lock"):
        server = _read_state(shared)
        if server is not None and is_running(server):
            stop_process(server.pid)
        (shared / STATE).unlink(missing_ok=True)


def _read_state(shared: Path) -> Server | None:
    try:
        state = json.loads((shared / STATE).read_text())
    except FileNotFoundError:
        return None
    return Server(url=state["url"], pid=state["pid"], site=SiteFiles(Path(state["site"])))


def start_server(site: SiteFiles, *, watch: int) -> Server:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log_path = site.root / "server.log"
    with log_path.open("a") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.browser.server", str(watch), f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=site.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    _STARTED[process.pid] = process
    server = Server(url=f"http://127.0.0.1:{port}", pid=process.pid, site=site)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"runserver exited early:\n{log_path.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(f"{server.url}/healthz", timeout=5) as response:
                if response.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)  # polling a starting process, not timing test logic
    stop_process(process.pid)
    pytest.fail(f"runserver did not answer within {START_TIMEOUT} s:\n{log_path.read_text()}")


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in {"Z", "X"}


def is_running(server: Server) -> bool:
    """Whether ``server.pid`` is still the server we started, not a process that took its pid."""
    if not _alive(server.pid):
        return False
    try:
        command = Path(f"/proc/{server.pid}/cmdline").read_bytes().split(b"\0")
    except (FileNotFoundError, ProcessLookupError):
        return False
    return b"tests.browser.server" in command and server.address.encode() in command


def stop_process(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)  # waiting for a process to exit
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process = _STARTED.pop(pid, None)
    if process is not None:
        process.wait()


def _watch(pid: int) -> None:
    while _alive(pid):
        time.sleep(1)
    os._exit(0)  # the test run that started this server is gone


def main(argv: list[str]) -> None:
    """``python -m tests.browser.server WATCH_PID ADDRESS``: runserver while WATCH_PID lives."""
    watch, address = int(argv[0]), argv[1]
    threading.Thread(target=_watch, args=(watch,), daemon=True).start()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["manage.py", "runserver", address, "--noreload"])


if __name__ == "__main__":
    main(sys.argv[1:])
