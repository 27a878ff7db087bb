"""``manage.py import_casestudies FILE.jsonl [--publish] [--dry-run]``.

Reads the file line by line (shared/specs/casestudy-import.md). Each line is checked on its own
and written in its own transaction: a line with an error is reported as ``line N: field:
reason`` and leaves nothing behind, and the other lines are still imported. The run ends with
the counts created, updated, unchanged and failed, and exits non-zero if any line failed.

Safe to re-run: lines are matched to pages by their ``id``, and a line identical to its page
writes nothing. ``--dry-run`` does all the work, city look-ups and page writes included, in one
transaction it then rolls back (without submitting drafts to moderation, which would e-mail
the moderators).
"""

import os
import stat
from dataclasses import dataclass, field

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tqdm import tqdm

from casestudies.importing import (
    CREATED,
    LINE,
    UNCHANGED,
    UPDATED,
    FieldError,
    ImportRefused,
    Line,
    RecordInvalid,
    Vocabulary,
    import_case_study,
    read_lines,
    shown,
    validate_record,
)
from casestudies.models import CaseStudyIndexPage


class Command(BaseCommand):
    @property
    def help(self) -> str:
        # Translated when the parser is built: argparse cannot format a lazy string.
        return _(
            "Import case studies from a JSON Lines file, one case study per line. Lines are "
            "matched to existing case studies by their id; errors are reported per line as "
            "'line N: field: reason' (list positions count from 0)."
        )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("The JSON Lines file (UTF-8, one object per line)."))
        parser.add_argument(
            "--publish",
            action="store_true",
            help=_("Publish the case studies instead of submitting drafts for moderation."),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Check every line and do the import, then roll it all back."),
        )

    def handle(self, *args, file, publish=False, dry_run=False, verbosity=1, **options):
        self.verbosity = verbosity
        run = _Run(command=self, publish=publish, dry_run=dry_run)
        with _open(file) as stream:
            if dry_run:
                with transaction.atomic():
                    run.read(stream)
                    transaction.set_rollback(True)
            else:
                run.read(stream)
        self._summarise(run)
        if run.counts["failed"]:
            raise CommandError(
                ngettext(
                    "%(count)d line failed; it was not imported.",
                    "%(count)d lines failed; they were not imported.",
                    run.counts["failed"],
                )
                % {"count": run.counts["failed"]}
            )

    def _summarise(self, run: "_Run") -> None:
        counts = run.counts
        summary = (
            _(
                "Created: %(created)d, updated: %(updated)d, unchanged: %(unchanged)d, "
                "failed: %(failed)d."
            )
            % counts
        )
        if run.dry_run:
            summary = _("Dry run, rolled back: nothing was written.") + " " + summary
        self.stdout.write(summary)


def _open(path: str):
    """The file opened for reading bytes, or a CommandError that says why it cannot be."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 (the caller closes it)
    except OSError as error:
        raise CommandError(
            _("Cannot read %(path)s: %(reason)s") % {"path": path, "reason": error.strerror}
        ) from error
    if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
        stream.close()
        # A device or a pipe may never end: /dev/zero would be read forever.
        raise CommandError(_("Cannot read %(path)s: not a regular file") % {"path": path})
    return stream


@dataclass
class _Run:
    """One pass over a file: validates and imports each line, tallies and reports."""

    command: Command
    publish: bool
    dry_run: bool
    counts: dict = field(
        default_factory=lambda: {CREATED: 0, UPDATED: 0, UNCHANGED: 0, "failed": 0}
    )
    first_lines: dict = field(default_factory=dict)  # (id, language) -> line number
    last_line: int = 0

    def read(self, stream) -> None:
        if not CaseStudyIndexPage.objects.exists():
            raise CommandError(
                _("The site has no case study library to import into; add one first.")
            )
        self.vocabulary = Vocabulary.load()
        self.bar = self._progress(os.fstat(stream.fileno()).st_size)
        try:
            for line in read_lines(stream):
                self.last_line = line.number
                self.bar.update(line.size)
                self._import(line)
        except OSError as error:
            raise CommandError(
                _("Reading stopped after line %(line)s: %(reason)s")
                % {"line": self.last_line, "reason": error.strerror or error}
            ) from error
        finally:
            self.bar.close()

    def _progress(self, total: int):
        # Shown only on a terminal (disable=None) and only once a run takes over a second.
        return tqdm(
            total=total,
            desc=_("Importing"),
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            file=self._stream,
            disable=None if self.command.verbosity >= 1 else True,
            delay=1,
            mininterval=0.5,
        )

    @property
    def _stream(self):
        # tqdm redraws its line with "\r": write to the stream under Django's wrapper, which
        # would add a newline to every write.
        return getattr(self.command.stderr, "_out", self.command.stderr)

    def _import(self, line: Line) -> None:
        if line.error is not None:
            return self._fail(line.number, [line.error])
        if line.data is None:
            return None  # a blank line
        errors = self._duplicate(line)
        try:
            record = validate_record(line.data, vocabulary=self.vocabulary)
        except RecordInvalid as invalid:
            return self._fail(line.number, errors + invalid.errors)
        if errors:
            return self._fail(line.number, errors)
        try:
            result = import_case_study(
                record=record, publish=self.publish, submit_for_moderation=not self.dry_run
            )
        except ImportRefused as refusal:
            return self._fail(line.number, [FieldError(refusal.field, refusal.message)])
        except DatabaseError as error:
            # The line's transaction was rolled back; the next lines still get their turn.
            message = _("the database refused the line: %(error)s") % {"error": error}
            return self._fail(line.number, [FieldError(LINE, message)])
        self.counts[result.outcome] += 1
        for note in result.notes:
            self._say(f"line {line.number}: {note}")
        if self.command.verbosity >= 2:
            self._say(f"line {line.number}: {result.outcome}: {shown(result.page.title)}")
        return None

    def _duplicate(self, line: Line) -> list[FieldError]:
        """An error if an earlier line had the same id in the same language; the same id in
        another language is a translation, which is allowed."""
        external_id, language = (
            line.data.get("id"),
            line.data.get("language") or settings.LANGUAGE_CODE,
        )
        if not isinstance(external_id, str) or not isinstance(language, str):
            return []
        key = (external_id.strip(), language)
        first = self.first_lines.setdefault(key, line.number)
        if first == line.number:
            return []
        message = _("%(id)s is already on line %(line)s; give each case study one line") % {
            "id": shown(key[0]),
            "line": first,
        }
        return [FieldError("id", message, "duplicate_id")]

    def _fail(self, number: int, errors: list[FieldError]) -> None:
        self.counts["failed"] += 1
        for error in errors:
            self.bar.write(f"line {number}: {error.field}: {error.message}", file=self._stream)

    def _say(self, message: str) -> None:
        if self.command.verbosity >= 1:
            stdout = self.command.stdout
            self.bar.write(message, file=getattr(stdout, "_out", stdout))
