"""The seeded demo site, built once per test run and shared by every pytest-xdist worker.

``seed_demo`` on a fresh database takes about a minute, so one run of the suite builds it once:
the first worker that needs it runs ``migrate``, ``seed_demo`` and ``search_index rebuild`` (in
subprocesses, with the dev settings, as ``make run`` does) under an exclusive ``fcntl.flock`` on
a file in the run's base temporary directory, which every worker of one run shares; the others
wait on that lock and then reuse the files. ``seeded-demo.json``, written last, names a complete
build, so a worker that died half-way leaves nothing another worker would trust (the kernel
drops its lock, and the next worker builds in a directory of its own); a failed build leaves
``seeded-demo.failed`` with the log, so the other workers report the same failure at once
instead of seeding again. Each run has its own base directory, so nothing from an earlier (or
crashed) run is ever reused.

Users of the snapshot copy it: the browser tests' server runs on a copy
(``tests/browser/server.py``), and ``demo_database()`` copies the seeded database into a test's
SQLite database with SQLite's backup API, then puts the test database back.
"""

import fcntl
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Seconds per command: seed_demo takes a minute on an idle two-core machine, ten on a busy one.
COMMAND_TIMEOUT = 1800
# Only the site's own settings reach its processes: not the test run's DJANGO_/ACADEMY_ ones.
PASSED_OVER = ("DJANGO_", "ACADEMY_", "DATABASE_URL")


def run_dir(config) -> Path:
    """The base temporary directory of this run, shared by the xdist workers (each worker's own
    base is a ``popen-gwN`` directory inside it)."""
    base = config._tmp_path_factory.getbasetemp()
    return base.parent if hasattr(config, "workerinput") else base


def controller_pid(config) -> int:
    """The pid of the pytest process that started this run (the xdist controller, or us)."""
    return os.getppid() if hasattr(config, "workerinput") else os.getpid()


@contextmanager
def exclusive(lock_path: Path):
    """Hold an exclusive lock on ``lock_path`` across processes; the kernel drops it on exit."""
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass(frozen=True)
class SiteFiles:
    """Where one site keeps its data: database, search index, media, certificates, cache."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "db.sqlite3"

    @property
    def search_index(self) -> Path:
        return self.root / "search.sqlite3"

    @property
    def mail(self) -> Path:
        return self.root / "mail"

    def env(self) -> dict[str, str]:
        """The environment for ``manage.py`` on these files, with the dev settings."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(PASSED_OVER)}
        env.update(
            DJANGO_SETTINGS_MODULE="academy.settings.dev",
            DATABASE_URL=f"sqlite:///{self.database}",
            ACADEMY_MEDIA_ROOT=str(self.root / "media"),
            ACADEMY_STATIC_ROOT=str(self.root / "static"),
            ACADEMY_SEARCH_INDEX_PATH=str(self.search_index),
            ACADEMY_CERTIFICATE_ROOT=str(self.root / "certificates"),
            # Its own cache: rate limits counted by an earlier run must not refuse this one.
            ACADEMY_CACHE_DIR=str(self.root / "cache"),
            ACADEMY_EMAIL_FILE_PATH=str(self.mail),
            PYTHONUNBUFFERED="1",
        )
        return env

    def copy_to(self, target: "SiteFiles") -> "SiteFiles":
        """A fresh copy of these files (not the cache or the mail) at ``target``."""
        target.root.mkdir(parents=True)
        for name in ("media", "certificates"):
            if (self.root / name).is_dir():
                shutil.copytree(self.root / name, target.root / name)
        for source, copy in (
            (self.database, target.database),
            (self.search_index, target.search_index),
        ):
            copy_sqlite(source, copy)
        return target


@dataclass(frozen=True)
class SeedRun:
    """What one ``seed_demo`` run printed."""

    out: str
    err: str


def copy_sqlite(source: Path, target: Path | sqlite3.Connection) -> None:
    """Copy a whole SQLite database, consistently, into a file or an open connection."""
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(target) if isinstance(target, Path) else target
    try:
        reader.backup(writer)
    finally:
        reader.close()
        if writer is not target:
            writer.close()


def manage(args: list[str], env: dict, log, *, stdout=None, stderr=None) -> None:
    """Run ``manage.py`` with ``args``, its output in ``log`` unless given other files."""
    try:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdout=stdout or log,
            stderr=stderr or subprocess.STDOUT,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        log.write(f"\nmanage.py {' '.join(args)} took longer than {COMMAND_TIMEOUT} s\n")
        raise BuildFailed(args) from None
    if result.returncode != 0:
        raise BuildFailed(args)


class BuildFailed(Exception):
    """A command building the seeded site failed; its output is in the build log."""


def seeded_snapshot(config) -> SiteFiles:
    """The seeded demo of this run: built by the first worker that asks, reused by the rest."""
    shared = run_dir(config)
    ready, failed = shared / "seeded-demo.json", shared / "seeded-demo.failed"
    with exclusive(shared / "seeded-demo.lock"):
        if failed.exists():
            pytest.fail(failed.read_text(), pytrace=False)
        if ready.exists():
            return SiteFiles(Path(json.loads(ready.read_text())["root"]))
        # A directory of this build's own: commands left running by a worker that died
        # half-way through an earlier attempt write only into theirs.
        site = SiteFiles(shared / f"seeded-demo-{os.getpid()}")
        shutil.rmtree(site.root, ignore_errors=True)
        site.root.mkdir()
        try:
            timings = _build(site)
        except BuildFailed as error:
            log = "".join(
                (site.root / name).read_text()[-3000:]
                for name in ("build.log", "seed_demo.out", "seed_demo.err")
                if (site.root / name).exists()
            )
            failed.write_text(f"manage.py {' '.join(error.args[0])} failed:\n{log}")
            pytest.fail(failed.read_text(), pytrace=False)
        ready.write_text(json.dumps({"root": str(site.root), **timings}))
    return site


def _build(site: SiteFiles) -> dict:
    env, timings = site.env(), {"pid": os.getpid()}
    with (site.root / "build.log").open("w") as log:
        for name, args in (
            ("migrate", ["migrate", "--noinput", "-v", "0"]),
            ("seed_demo", ["seed_demo"]),
            ("search_index", ["search_index", "rebuild"]),
        ):
            started = time.monotonic()
            log.write(f"$ manage.py {' '.join(args)}\n")
            log.flush()
            if name == "seed_demo":  # its output is kept apart: tests read it
                with (
                    (site.root / "seed_demo.out").open("w") as out,
                    (site.root / "seed_demo.err").open("w") as err,
                ):
                    manage(args, env, log, stdout=out, stderr=err)
            else:
                manage(args, env, log)
            timings[name] = round(time.monotonic() - started, 1)
    # One self-contained file (no -wal or -shm beside it), so any copy of it is complete.
    with sqlite3.connect(site.database) as database:
        database.execute("PRAGMA journal_mode=DELETE")
    database.close()
    return timings


def first_run(site: SiteFiles) -> SeedRun:
    """What seed_demo printed when it built the snapshot."""
    return SeedRun(
        out=(site.root / "seed_demo.out").read_text(),
        err=(site.root / "seed_demo.err").read_text(),
    )


@contextmanager
def demo_database(config):
    """The test database as ``seed_demo`` leaves a freshly migrated one, for the block.

    On SQLite, a copy of the run's seeded snapshot replaces the test database, and the test
    database as it was comes back afterwards; elsewhere (PostgreSQL) seed_demo runs here. Either
    way the block runs in a transaction rolled back at its end, as tests using ``db`` expect.
    Yields what that first run printed, as a ``SeedRun``.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction

    if connection.vendor != "sqlite":
        with transaction.atomic():
            out, err = StringIO(), StringIO()
            call_command("seed_demo", stdout=out, stderr=err)
            yield SeedRun(out=out.getvalue(), err=err.getvalue())
            transaction.set_rollback(True)
        return
    site = seeded_snapshot(config)
    assert not connection.in_atomic_block, "load the demo outside any transaction"
    connection.ensure_connection()
    saved = sqlite3.connect(":memory:")
    connection.connection.backup(saved)
    try:
        copy_sqlite(site.database, connection.connection)
        ContentType.objects.clear_cache()
        with transaction.atomic():
            yield first_run(site)
            transaction.set_rollback(True)
    finally:
        saved.backup(connection.connection)
        saved.close()
        ContentType.objects.clear_cache()
