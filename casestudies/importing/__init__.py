"""Import case studies from JSON Lines, as shared/specs/casestudy-import.md specifies.

Three steps, each usable on its own:

* :func:`read_lines` (:mod:`.reader`) reads a file line by line in bounded memory and turns
  each line into a JSON object, or into a line error (invalid UTF-8, broken JSON, not an
  object, too long);
* :func:`validate_record` (:mod:`.schema`, with :mod:`.nested` for the objects inside a line,
  both built from the checkers in :mod:`.fields`) checks one object against the format, in
  the version the line says, and returns a clean :class:`CaseStudyRecord`, or raises
  :class:`RecordInvalid` listing every problem found;
* :func:`import_case_study` (:mod:`.writer`) writes one record, whole or not at all: it
  matches the city in the directory (:mod:`.cities`), sets the record on the page
  (:mod:`.applying`), compares the page's export before and after, and saves only a change,
  as :mod:`.moderation` says.

What the import shares with the export (the format's keys, its rich text) is in
:mod:`casestudies.interchange`.
"""

from casestudies.interchange import RECORD_KEYS

from .errors import LINE, FieldError, ImportRefused, RecordInvalid, shown
from .reader import MAX_LINE_BYTES, Line, parse_line, read_lines
from .records import CaseStudyRecord, CityRecord, CostRecord, IndicatorRecord
from .schema import Vocabulary, validate_record
from .writer import CREATED, UNCHANGED, UPDATED, ImportResult, import_case_study

__all__ = [
    "CREATED",
    "LINE",
    "MAX_LINE_BYTES",
    "RECORD_KEYS",
    "UNCHANGED",
    "UPDATED",
    "CaseStudyRecord",
    "CityRecord",
    "CostRecord",
    "FieldError",
    "ImportRefused",
    "ImportResult",
    "IndicatorRecord",
    "Line",
    "RecordInvalid",
    "Vocabulary",
    "import_case_study",
    "parse_line",
    "read_lines",
    "shown",
    "validate_record",
]
