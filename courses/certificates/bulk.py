"""Render many certificates' PDFs at once, on every core (``manage.py render_certificates``).

The parent process plans: it lists the matching certificates, skips every PDF whose
fingerprinted name is already stored, and hands the rest out as ``(certificate id, language)``
pairs, in chunks, to a pool of worker processes. Each worker sets Django up once, loads a
chunk's certificates in one query and renders them through ``ensure_rendered`` (which writes
atomically and skips a PDF another process stored meanwhile), then sends back one ``Outcome``
per PDF. Workers get ids, never instances.

Workers are started with ``spawn``, not ``fork``: a fresh interpreter inherits no database
connection, lock or font-library state from the parent. They are given the parent's database
and storage settings (``worker_config``), so they use the same database file and the same
storage even where these were chosen at run time (a test's database file, ``--settings``).

Stopping: when ``stop`` is set (the command sets it on Ctrl-C), chunks not yet started are
cancelled and running workers stop after the PDF in hand; nothing is left half-written and a
re-run renders exactly what is missing. A worker that dies (killed, out of memory) fails the
PDFs still owed by the pool; what was stored stays stored.

This module imports nothing from the project at import time: a worker imports it before
Django is set up.
"""

import concurrent.futures
import contextlib
import logging
import multiprocessing
import os
import shutil
import signal
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

RENDERED = "rendered"
UP_TO_DATE = "up_to_date"
FAILED = "failed"
STOPPED = "stopped"

# Settings a worker takes from the parent besides DATABASES, so both read and write the same
# places even when these were changed at run time.
WORKER_SETTINGS = (
    "STORAGES",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "STATICFILES_DIRS",
    "WAGTAILADMIN_BASE_URL",
)
MAX_CHUNK = 16
# ensure_rendered holds a ``.part`` file only between one write and one rename (milliseconds);
# one older than this was left by a process killed at that moment and is removed.
STALE_PART_SECONDS = 60
POLL_SECONDS = 0.05

Job = tuple[int, str]  # (certificate id, language)


@dataclass(frozen=True)
class Outcome:
    certificate_id: int
    language: str
    status: str
    name: str = ""  # storage name of the PDF, when there is one
    error: str = ""
    detail: str = ""  # traceback, for --verbosity 2


@dataclass
class Plan:
    """What a run has to do: PDFs already stored, PDFs to render, codes for messages."""

    languages: tuple[str, ...]
    codes: dict[int, str] = field(default_factory=dict)
    stored: dict[Job, str] = field(default_factory=dict)
    to_render: list[Job] = field(default_factory=list)
    stale_parts_removed: int = 0

    @property
    def pdfs(self) -> int:
        return len(self.codes) * len(self.languages)


def default_workers() -> int:
    """The cores this process may run on (a container's CPU set, else every core)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# Planning (parent) ------------------------------------------------------------------------


def plan(certificates, languages: Iterable[str]) -> Plan:
    """Sort the PDFs of ``certificates`` (a queryset) into stored and still to render.

    Also removes ``.part`` files that a killed render left in these certificates' folders.
    """
    from courses.certificates.rendering import certificate_storage, pdf_name

    storage = certificate_storage()
    result = Plan(languages=tuple(languages))
    now = time.time()
    rows = certificates.only("pk", "code", "statement", "template_revision").order_by("pk")
    for certificate in rows.iterator(chunk_size=500):
        result.codes[certificate.pk] = certificate.code
        folder = None
        for language in result.languages:
            name = pdf_name(certificate, language)
            folder = folder or Path(storage.path(name)).parent
            if storage.exists(name):
                result.stored[(certificate.pk, language)] = name
            else:
                result.to_render.append((certificate.pk, language))
        if folder is not None and folder.is_dir():
            for part in folder.glob("*.part"):
                try:
                    if now - part.stat().st_mtime > STALE_PART_SECONDS:
                        part.unlink()
                        result.stale_parts_removed += 1
                except FileNotFoundError:  # renamed into place or removed meanwhile
                    pass
    return result


def chunked(jobs: list[Job], size: int) -> Iterator[list[Job]]:
    for start in range(0, len(jobs), size):
        yield jobs[start : start + size]


def chunk_size(jobs: int, workers: int) -> int:
    """Small enough to spread the work (about four chunks per worker) and to stop quickly,
    big enough that one query loads a chunk's certificates."""
    return max(1, min(MAX_CHUNK, jobs // (workers * 4) or 1))


# Workers ----------------------------------------------------------------------------------

_stop = None  # the worker's stop event, set by _init_worker


class OnceEach(logging.Filter):
    """Let each distinct message through once: a design's CSS warning would otherwise be
    logged once per PDF, thousands of times in a bulk run."""

    def __init__(self):
        super().__init__()
        self.seen = set()

    def filter(self, record):
        key = (record.levelno, record.getMessage())
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


@contextlib.contextmanager
def repeated_warnings_once():
    """WeasyPrint's log shows each distinct message once while this lasts."""
    weasyprint_log = logging.getLogger("weasyprint")
    once = OnceEach()
    weasyprint_log.addFilter(once)
    try:
        yield
    finally:
        weasyprint_log.removeFilter(once)


def worker_config() -> dict | None:
    """What a spawned worker needs to reach the parent's database and storage, or None when
    it cannot (an in-memory database, settings configured in code)."""
    from django.conf import settings
    from django.db import connections

    # Under override_settings, SETTINGS_MODULE reads None: the environment still names it.
    settings_module = settings.SETTINGS_MODULE or os.environ.get("DJANGO_SETTINGS_MODULE")
    if not settings_module:
        return None
    databases = {}
    for alias in connections:
        connection = connections[alias]
        if getattr(connection, "is_in_memory_db", lambda: False)():
            return None
        databases[alias] = dict(connection.settings_dict)
    return {
        "settings_module": settings_module,
        "databases": databases,
        "settings": {
            name: getattr(settings, name) for name in WORKER_SETTINGS if hasattr(settings, name)
        },
    }


def _init_worker(config: dict, stop) -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _stop
    _stop = stop
    os.environ["DJANGO_SETTINGS_MODULE"] = config["settings_module"]
    import django
    from django.conf import settings

    settings.DATABASES = config["databases"]
    for name, value in config["settings"].items():
        setattr(settings, name, value)
    django.setup()
    logging.getLogger("weasyprint").addFilter(OnceEach())


def render_chunk(jobs: list[Job], stop=None) -> list[Outcome]:
    """Render a chunk's PDFs (in a worker, or in the command's process); one outcome each."""
    from courses.certificates.rendering import ensure_rendered
    from courses.models import Certificate

    stop = stop if stop is not None else _stop
    certificates = Certificate.objects.in_bulk({certificate_id for certificate_id, _ in jobs})
    outcomes = []
    for certificate_id, language in jobs:
        if stop is not None and stop.is_set():
            outcomes.append(Outcome(certificate_id, language, STOPPED))
            continue
        certificate = certificates.get(certificate_id)
        if certificate is None:
            outcomes.append(
                Outcome(certificate_id, language, FAILED, error="the certificate was deleted")
            )
            continue
        try:
            name, rendered = ensure_rendered(certificate, language)
        except Exception as error:  # noqa: BLE001 - reported with the certificate's code
            outcomes.append(
                Outcome(
                    certificate_id,
                    language,
                    FAILED,
                    error=f"{type(error).__name__}: {error}"[:500],
                    detail=traceback.format_exc(),
                )
            )
        else:
            outcomes.append(
                Outcome(certificate_id, language, RENDERED if rendered else UP_TO_DATE, name)
            )
    return outcomes


# Running ----------------------------------------------------------------------------------


def render_in_process(jobs: list[Job], *, stop, report: Callable[[list[Outcome]], None]):
    """Render in this process, a chunk at a time, until done or ``stop`` is set."""
    with repeated_warnings_once():
        for chunk in chunked(jobs, MAX_CHUNK):
            report(render_chunk(chunk, stop=stop))


def render_in_pool(
    jobs: list[Job],
    *,
    workers: int,
    config: dict,
    stop,
    report: Callable[[list[Outcome]], None],
) -> None:
    """Render on ``workers`` spawned processes; ``report`` gets each chunk's outcomes.

    When ``stop`` (a ``threading.Event``) is set, chunks not started are reported stopped and
    running workers stop after their current PDF. Any exception here (a second Ctrl-C) stops
    the workers the same way before it propagates.
    """
    context = multiprocessing.get_context("spawn")
    worker_stop = context.Event()
    chunks = list(chunked(jobs, chunk_size(len(jobs), workers)))
    workers = max(1, min(workers, len(chunks)))
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(config, worker_stop),
    )
    try:
        # Workers start while the chunks are submitted: keep Ctrl-C away from them until
        # their initialiser ignores it (a signal ignored at exec stays ignored).
        with _sigint_ignored():
            pending = {pool.submit(render_chunk, chunk): chunk for chunk in chunks}
        while pending:
            if stop.is_set() and not worker_stop.is_set():
                worker_stop.set()
                for future in list(pending):
                    if future.cancel():
                        chunk = pending.pop(future)
                        report([Outcome(i, language, STOPPED) for i, language in chunk])
            done, _running = concurrent.futures.wait(
                pending, timeout=POLL_SECONDS, return_when=concurrent.futures.FIRST_COMPLETED
            )
            for future in done:
                chunk = pending.pop(future)
                report(_outcomes_of(future, chunk))
    finally:
        worker_stop.set()
        pool.shutdown(wait=True, cancel_futures=True)


def _outcomes_of(future, chunk: list[Job]) -> list[Outcome]:
    if future.cancelled():
        return [Outcome(i, language, STOPPED) for i, language in chunk]
    try:
        return future.result()
    except BrokenProcessPool:
        error = "a worker process stopped unexpectedly (killed, or out of memory)"
    except Exception as exception:  # noqa: BLE001 - e.g. a worker that could not start
        error = f"{type(exception).__name__}: {exception}"[:500]
    return [Outcome(i, language, FAILED, error=error) for i, language in chunk]


class _sigint_ignored:
    def __enter__(self):
        self.previous = None
        with contextlib.suppress(ValueError):  # not the main thread: signals are not ours
            self.previous = signal.signal(signal.SIGINT, signal.SIG_IGN)

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


# Exports ----------------------------------------------------------------------------------


def export_name(code: str, language: str) -> str:
    from courses.certificates.codes import group_code

    return f"{group_code(code)}-{language}.pdf"


def copy_to_directory(files: list[tuple[Path, str]], directory: Path) -> int:
    """Copy ``(stored file, export name)`` pairs into ``directory``, each replaced atomically."""
    for source, name in files:
        handle, partial = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".part")
        os.close(handle)
        try:
            shutil.copyfile(source, partial)
            os.replace(partial, directory / name)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    return len(files)


def write_zip(files: list[tuple[Path, str]], target: Path) -> Path:
    """One ZIP of ``(stored file, entry name)`` pairs at ``target``, moved into place whole.

    Like the stored PDFs and the copies, it is readable by its owner only: it holds names.
    """
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    try:
        # PDFs are compressed already: storing them is as small and much faster.
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            for source, name in sorted(files, key=lambda pair: pair[1]):
                archive.write(source, arcname=name)
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return target
