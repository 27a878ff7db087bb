"""Import case studies from JSON Lines, as shared/specs/casestudy-import.md specifies.

Three steps, each usable on its own:

* :func:`read_lines` (:mod:`.reader`) reads a file line by line in bounded memory and turns
  each line into a JSON object, or into a line error (invalid UTF-8, broken JSON, not an
  object, too long);
* :func:`validate_record` (:mod:`.schema`, built from the checkers in :mod:`.fields`) checks
  one object against the format and returns a clean :class:`CaseStudyRecord`, or raises
  :class:`RecordInvalid` listing every problem found;
* :func:`import_case_study` (:mod:`.writer`) writes one record, whole or not at all, matching
  its city in the directory (:mod:`.cities`) and saving it as :mod:`.moderation` says.
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
