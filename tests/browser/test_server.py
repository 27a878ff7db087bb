"""The browser tests' shared server outlives no test run: killed outright, the run that started
it takes the server with it within seconds (its watchdog), and a pid that another process took
over is never mistaken for the server (nor stopped in its place)."""

import os
import subprocess
import time
import urllib.request

from tests.browser.server import Server, is_running, start_server, stop_process
from tests.seeded_site import SiteFiles

GONE_WITHIN = 10  # seconds: the watchdog looks once a second


def test_the_server_stops_when_the_run_that_started_it_is_killed(tmp_path):
    site = SiteFiles(tmp_path / "site")
    site.root.mkdir()  # an empty database is enough to answer /healthz
    run = subprocess.Popen(["sleep", "600"])  # stands for the pytest process of a run
    server = None
    try:
        server = start_server(site, watch=run.pid)
        with urllib.request.urlopen(f"{server.url}/healthz", timeout=10) as response:
            assert response.status == 200
        assert is_running(server)

        run.kill()
        run.wait()
        deadline = time.monotonic() + GONE_WITHIN
        while is_running(server) and time.monotonic() < deadline:
            time.sleep(0.1)  # waiting for another process to exit
        assert not is_running(server), f"the server outlived its run by {GONE_WITHIN} s"
    finally:
        run.kill()
        run.wait()
        if server is not None:
            stop_process(server.pid)


def test_a_process_that_is_not_the_server_is_not_taken_for_it(tmp_path):
    site = SiteFiles(tmp_path)
    # This pytest process: alive, but not the server.
    assert not is_running(Server(url="http://127.0.0.1:9", pid=os.getpid(), site=site))
    # A process that has exited.
    gone = subprocess.Popen(["true"])
    gone.wait()
    assert not is_running(Server(url="http://127.0.0.1:9", pid=gone.pid, site=site))
