"""``manage.py search_index rebuild|status|update``: the search index, from the command line.

* ``rebuild`` reads every live, public page of an indexed type and replaces the whole index
  (engines swap the new index in at the end, so searching goes on meanwhile), with a progress
  bar on stderr; it prints the documents written per type and the time taken. Safe to re-run.
  One rebuild runs at a time: while another runs, it is refused with a message saying whose,
  or with ``--wait [SECONDS]`` it waits for it (an hour unless told) and then rebuilds.
* ``status`` prints what the engine reports: backend, documents per type and language, size,
  last rebuild, and the page updates still pending.
* ``update`` retries the pending updates (pages changed while the engine was unavailable).

An engine that cannot be reached, or an index that is missing or damaged, is a clear error and
a non-zero exit, never a traceback.
"""

import argparse
import math
import time

from django.core.management.base import BaseCommand, CommandError

from tqdm import tqdm

from search import indexing
from search.documents import INDEXED
from search.engines import get_engine
from search.engines.base import RebuildRunning

ACTIONS = ("rebuild", "status", "update")
WAIT_DEFAULT = 3600.0  # --wait without a number: an hour
WAIT_MAX = 86_400.0


def wait_seconds(value: str) -> float:
    """``--wait``'s value: seconds, from 0 to a day."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or not 0 <= seconds <= WAIT_MAX:
        raise argparse.ArgumentTypeError(
            f"expected a number of seconds from 0 to {WAIT_MAX:.0f}, not {value!r}"
        )
    return seconds


class Command(BaseCommand):
    help = (
        "Manage the search index: `rebuild` it from every live, public page, show its "
        "`status`, or `update` it with the changes still pending."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "action",
            choices=ACTIONS,
            help="rebuild: index every page again; status: what the index holds; "
            "update: retry the updates pending since the engine was unavailable.",
        )
        parser.add_argument(
            "--wait",
            nargs="?",
            type=wait_seconds,
            const=WAIT_DEFAULT,
            default=0.0,
            metavar="SECONDS",
            help="rebuild: if another rebuild is running, wait for it to finish (an hour, or "
            "SECONDS) instead of stopping at once.",
        )

    def handle(self, *args, action, verbosity=1, wait=0.0, **options):
        self.verbosity = verbosity
        self.wait = wait
        try:
            {"rebuild": self.rebuild, "status": self.status, "update": self.update}[action]()
        except RebuildRunning as error:
            raise CommandError(str(error)) from error
        except indexing.UNAVAILABLE as error:
            pending = indexing.pending_count()
            raise CommandError(
                f"The search engine is unavailable: {error} ({pending} page update(s) pending)."
            ) from error

    # -- actions ----------------------------------------------------------------------------------

    def rebuild(self):
        started = time.perf_counter()
        with self._progress_bar() as bar:

            def progress(written):
                bar.update(written - bar.n)

            counts = indexing.rebuild(progress=progress, wait=self.wait)
            bar.total = bar.n  # the estimate counted private pages too
        elapsed = time.perf_counter() - started
        total = sum(counts.values())
        rate = total / elapsed if elapsed else 0
        self._say(
            self.style.SUCCESS(
                f"Indexed {total} documents in {elapsed:.1f} s ({rate:.0f} documents/s)."
            )
        )
        for type_, count in sorted(counts.items()):
            self._say(f"  {type_}: {count}")

    def status(self):
        status = dict(get_engine().status())
        lines = [
            f"Engine: {status.pop('engine', '?')}",
            f"Documents: {status.pop('documents', 0)}",
            f"  by type: {_counts(status.pop('types', {}))}",
            f"  by language: {_counts(status.pop('languages', {}))}",
        ]
        if "size_bytes" in status:
            lines.append(f"Size: {_size(status.pop('size_bytes'))}")
        lines.append(f"Last rebuild: {status.pop('last_rebuild', '') or 'never'}")
        lines.extend(
            f"{key.replace('_', ' ').capitalize()}: {value}" for key, value in status.items()
        )
        lines.append(f"Pending updates: {indexing.pending_count()}")
        for line in lines:
            self._say(line)

    def update(self):
        retried = indexing.retry_pending()
        if retried:
            self._say(self.style.SUCCESS(f"Updated {retried} pending page(s) in the index."))
        else:
            self._say("No updates pending: the index is up to date.")

    # -- output -----------------------------------------------------------------------------------

    def _say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)

    def _progress_bar(self) -> tqdm:
        """A bar on stderr. It writes to the underlying stream: Django's wrapper would end
        every redraw with a new line."""
        estimate = sum(indexed.queryset().count() for indexed in INDEXED.values())
        return tqdm(
            total=estimate,
            unit=" documents",
            desc="Indexing",
            file=getattr(self.stderr, "_out", self.stderr),
            disable=self.verbosity < 1,
            mininterval=0.5,
        )


def _counts(values: dict) -> str:
    return ", ".join(f"{key} {count}" for key, count in sorted(values.items())) or "none"


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)
