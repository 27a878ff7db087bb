"""Render every matching certificate's PDFs, on every core, and optionally export them.

    manage.py render_certificates [--course SLUG] [--city SLUG] [--language xx]
                                  [--status valid] [--jobs N] [--out DIR] [--zip]

Safe to interrupt and to re-run: PDFs are stored under names that fingerprint what they show,
each written to a temporary file and moved into place, so a re-run renders exactly the PDFs
that are missing or out of date. The first Ctrl-C lets the workers finish the PDF in hand and
stops; a second one stops at once. The pool and the workers live in
``courses.certificates.bulk``.
"""

import os
import re
import signal
import tempfile
import threading
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from tqdm import tqdm

from courses.certificates import bulk
from courses.certificates.codes import group_code

STATUSES = ("valid", "revoked", "superseded", "all")
# Starting a worker costs about as much as rendering a few dozen PDFs: unless --jobs asks for
# a pool, smaller runs render in this process.
MIN_PDFS_FOR_POOL = 50
MAX_LISTED_FAILURES = 20
_SLUG = re.compile(r"^[-\w]{1,255}$")


class Command(BaseCommand):
    help = (
        "Render the PDFs of every matching certificate (valid ones, in every language, by "
        "default) on all cores, skipping those already up to date. Safe to interrupt and "
        "re-run. --out copies them to a folder as <code>-<language>.pdf; --zip writes one ZIP."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--course",
            metavar="SLUG",
            help="Only certificates for this course, issued in any of its languages.",
        )
        parser.add_argument(
            "--city",
            metavar="SLUG",
            help="Only certificates of this Academy city (its learners', or its own).",
        )
        parser.add_argument(
            "--language",
            action="append",
            metavar="xx",
            help="Render in this language only (en, es, fr, pt); repeat for several.",
        )
        parser.add_argument(
            "--status",
            choices=STATUSES,
            default="valid",
            help="Which certificates, by status (default: valid).",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            metavar="N",
            help="Worker processes (default: one per core).",
        )
        parser.add_argument(
            "--out",
            metavar="DIR",
            help="Copy the PDFs to DIR (created if need be) as <grouped-code>-<language>.pdf.",
        )
        parser.add_argument(
            "--zip",
            action="store_true",
            help="Write one ZIP of the PDFs: into --out DIR instead of loose copies, or to a "
            "new temporary folder whose path is printed.",
        )

    def handle(
        self,
        *args,
        course=None,
        city=None,
        language=None,
        status="valid",
        jobs=None,
        out=None,
        zip=False,
        verbosity=1,
        **options,
    ):
        self.verbosity = verbosity
        workers = self._workers(jobs)
        languages = self._languages(language)
        directory = self._output_directory(out) if out is not None else None
        certificates = self._certificates(course=course, city=city, status=status)

        started = time.perf_counter()
        plan = bulk.plan(certificates, languages)
        self._say(
            f"Matched {len(plan.codes)} certificate{'s' if len(plan.codes) != 1 else ''}: "
            f"{plan.pdfs} PDF{'s' if plan.pdfs != 1 else ''} ({', '.join(languages)}); "
            f"{len(plan.stored)} already up to date, {len(plan.to_render)} to render."
        )
        if plan.stale_parts_removed:
            self._say(f"Removed {plan.stale_parts_removed} temporary files left by a killed run.")

        run = _Run(self, plan)
        workers = self._run(run, plan, workers, explicit=jobs is not None)
        elapsed = time.perf_counter() - started

        self._say(
            f"Rendered {run.counts[bulk.RENDERED]}, already up to date "
            f"{len(plan.stored) + run.counts[bulk.UP_TO_DATE]}, failed {len(run.failures)}"
            + (f", not rendered {run.not_done}" if run.interrupted else "")
            + f" in {elapsed:.1f} s ({workers} worker{'s' if workers != 1 else ''})."
        )
        if run.interrupted:
            raise CommandError(
                f"Interrupted: {run.not_done} of {len(plan.to_render)} PDFs were not rendered. "
                "Run the command again to render them; nothing rendered is lost.",
                returncode=130,
            )
        if zip or directory is not None:
            filters = (course, city, *(languages if language else ()))
            self._export(run, plan, directory, zip=zip, filters=filters)
        if run.failures:
            listed = ", ".join(run.failures[:MAX_LISTED_FAILURES])
            more = len(run.failures) - MAX_LISTED_FAILURES
            raise CommandError(
                f"{len(run.failures)} PDF{'s' if len(run.failures) != 1 else ''} failed: {listed}"
                + (f" and {more} more" if more > 0 else "")
                + ". The others were rendered."
            )

    # Arguments ------------------------------------------------------------------------------

    def _workers(self, jobs) -> int:
        if jobs is None:
            return bulk.default_workers()
        try:
            jobs = int(jobs)  # call_command(jobs="2") skips the parser's conversion
        except (TypeError, ValueError):
            raise CommandError(f"--jobs must be a whole number (got {str(jobs)[:20]!r}).") from None
        limit = max(64, 4 * bulk.default_workers())
        if jobs < 1:
            raise CommandError(f"--jobs must be at least 1 (got {jobs}).")
        if jobs > limit:
            raise CommandError(f"--jobs must be at most {limit} (got {jobs}).")
        return jobs

    def _languages(self, requested) -> tuple[str, ...]:
        from courses.certificates.rendering import LANGUAGES

        if not requested:
            return LANGUAGES
        if isinstance(requested, str):  # call_command(language="es")
            requested = [requested]
        chosen = []
        for value in requested:
            code = str(value).strip().lower()
            if code not in LANGUAGES:
                raise CommandError(
                    f"Unknown --language {str(value)[:20]!r}: use one of {', '.join(LANGUAGES)}."
                )
            if code not in chosen:
                chosen.append(code)
        return tuple(chosen)

    def _output_directory(self, out) -> Path:
        if not str(out).strip():
            raise CommandError("--out needs a directory.")
        directory = Path(out).expanduser()
        shown = repr(str(directory)[:200])
        if directory.exists() and not directory.is_dir():
            raise CommandError(f"--out {shown} is a file, not a directory.")
        try:
            directory.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=directory):
                pass
        except OSError as error:
            raise CommandError(
                f"--out {shown} cannot be written to: {error.strerror or error}."
            ) from error
        return directory.resolve()

    def _certificates(self, *, course, city, status):
        from academy.models import CityPage
        from courses.models import Certificate, CoursePage

        certificates = Certificate.objects.all()
        if status != "all":
            certificates = certificates.filter(status=status)
        if course is not None:
            keys = self._translation_keys(CoursePage, course)
            if not keys:
                raise CommandError(f"No course has the slug {str(course)[:100]!r}.")
            certificates = certificates.filter(course__translation_key__in=keys)
        if city is not None:
            keys = self._translation_keys(CityPage, city)
            if not keys:
                raise CommandError(f"No city has the slug {str(city)[:100]!r}.")
            certificates = certificates.filter(city__translation_key__in=keys)
        return certificates

    @staticmethod
    def _translation_keys(model, slug) -> list:
        """Every page of ``model`` with ``slug``, in any language, as translation keys."""
        if not _SLUG.match(str(slug)):
            return []
        return list(
            model.objects.filter(slug=slug).values_list("translation_key", flat=True).distinct()
        )

    # Rendering ------------------------------------------------------------------------------

    def _run(self, run, plan, workers: int, *, explicit: bool) -> int:
        """Render what the plan says, in a pool or in this process; the workers used."""
        jobs = plan.to_render
        if not jobs:
            return 0
        config = None
        if workers > 1 and (explicit or len(jobs) >= MIN_PDFS_FOR_POOL):
            config = bulk.worker_config()
            if config is None:
                self._say("The database is in memory: rendering in this process.", err=True)
        used = 1
        if config is not None:
            used = min(workers, -(-len(jobs) // bulk.chunk_size(len(jobs), workers)))
        with run.progress(), _StopOnSignal(run.stop, notify=self.verbosity >= 1):
            try:
                if config is None:
                    bulk.render_in_process(jobs, stop=run.stop, report=run.report)
                else:
                    bulk.render_in_pool(
                        jobs, workers=used, config=config, stop=run.stop, report=run.report
                    )
            except KeyboardInterrupt:  # a second Ctrl-C: the workers were stopped on the way
                run.stop.set()
        return used

    # Export ---------------------------------------------------------------------------------

    def _export(self, run, plan, directory, *, zip, filters):
        from courses.certificates.rendering import certificate_storage

        storage = certificate_storage()
        names = {**plan.stored, **run.names}
        files = [
            (Path(storage.path(name)), bulk.export_name(plan.codes[certificate_id], language))
            for (certificate_id, language), name in sorted(names.items())
        ]
        if not files:
            self._say("No PDFs to export.")
            return
        if not zip:
            bulk.copy_to_directory(files, directory)
            self._say(f"Copied {len(files)} PDFs to {directory}.")
            return
        filename = "-".join(slugify(str(part)) for part in ("certificates", *filters) if part)
        filename += ".zip"
        folder = directory or Path(tempfile.mkdtemp(prefix="certificates-"))
        target = bulk.write_zip(files, folder / filename)
        # The ZIP's path is the result: printed even with --verbosity 0.
        self.stdout.write(f"Wrote {len(files)} PDFs to {target}")

    def _say(self, message: str, *, err: bool = False) -> None:
        if self.verbosity >= 1:
            (self.stderr if err else self.stdout).write(message)


class _Run:
    """Tallies the outcomes of a run as they arrive and drives the progress bar."""

    def __init__(self, command: Command, plan):
        self.command = command
        self.plan = plan
        self.stop = threading.Event()
        self.counts = {bulk.RENDERED: 0, bulk.UP_TO_DATE: 0, bulk.STOPPED: 0}
        self.names: dict[tuple[int, str], str] = {}
        self.failures: list[str] = []
        self.reported = 0
        self.bar = None
        # tqdm redraws its line with "\r": write to the stream under Django's wrapper, which
        # would add a newline to every write.
        self.stream = getattr(command.stderr, "_out", command.stderr)

    @property
    def interrupted(self) -> bool:
        return self.stop.is_set() and self.not_done > 0

    @property
    def not_done(self) -> int:
        return len(self.plan.to_render) - self.reported + self.counts[bulk.STOPPED]

    def progress(self):
        self.bar = tqdm(
            total=len(self.plan.to_render),
            desc="Rendering",
            unit="pdf",
            file=self.stream,
            disable=self.command.verbosity < 1,
            dynamic_ncols=True,
            mininterval=0.5,
        )
        return self.bar

    def report(self, outcomes: list) -> None:
        for outcome in outcomes:
            self.reported += 1
            job = (outcome.certificate_id, outcome.language)
            if outcome.status == bulk.FAILED:
                code = group_code(self.plan.codes[outcome.certificate_id])
                label = f"{code} ({outcome.language})"
                self.failures.append(label)
                if self.command.verbosity >= 1:
                    self.bar.write(f"Failed: {label}: {outcome.error}", file=self.stream)
                if self.command.verbosity >= 2 and outcome.detail:
                    self.bar.write(outcome.detail.rstrip(), file=self.stream)
                continue
            self.counts[outcome.status] += 1
            if outcome.name:
                self.names[job] = outcome.name
        self.bar.update(len(outcomes))


class _StopOnSignal:
    """First Ctrl-C (or SIGTERM): set ``stop``; the second: KeyboardInterrupt, at once."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self, stop: threading.Event, *, notify: bool):
        self.stop = stop
        self.notify = notify
        self.previous = {}

    def handle(self, signum, frame):
        if self.stop.is_set():
            raise KeyboardInterrupt
        self.stop.set()
        if self.notify:
            # os.write, not print: the signal may arrive in the middle of a print.
            os.write(2, b"\nStopping after the PDFs being rendered now (Ctrl-C again: at once)\n")

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            for signum in self.SIGNALS:
                self.previous[signum] = signal.signal(signum, self.handle)
        return self

    def __exit__(self, *exc):
        for signum, previous in self.previous.items():
            signal.signal(signum, previous)
