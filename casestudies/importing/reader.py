"""Reading a file: line by line in bounded memory, each line a JSON object or a line error."""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .errors import LINE, FieldError, RecordInvalid, json_type, shown

# One case study is a few kilobytes; a megabyte leaves room for long stories while a runaway
# line (a whole file without newlines, a binary) is refused without being held in memory.
MAX_LINE_BYTES = 1024 * 1024
_SKIP_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Line:
    """One line of the file: a JSON object (``data``), an ``error``, or neither (blank)."""

    number: int
    size: int
    data: dict | None = None
    error: FieldError | None = None


def read_lines(stream, *, max_bytes: int = MAX_LINE_BYTES) -> Iterator[Line]:
    """Each line of a binary ``stream``, never holding more than ``max_bytes`` of it at once."""
    number = 0
    while chunk := stream.readline(max_bytes + 1):
        number += 1
        if len(chunk) > max_bytes and not chunk.endswith(b"\n"):
            size = len(chunk) + _skip_rest_of_line(stream)
            message = _("the line is %(size)s long; the limit is %(limit)s per line") % {
                "size": filesizeformat(size),
                "limit": filesizeformat(max_bytes),
            }
            yield Line(number, size, error=FieldError(LINE, message, "line_too_long"))
        else:
            yield parse_line(number, chunk)


def _skip_rest_of_line(stream) -> int:
    skipped = 0
    while chunk := stream.readline(_SKIP_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def parse_line(number: int, raw: bytes) -> Line:
    """The JSON object on one line, or why there is none."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        message = _("not valid UTF-8 (byte %(position)s of the line)") % {
            "position": error.start + 1
        }
        return Line(number, len(raw), error=FieldError(LINE, message, "invalid_utf8"))
    # Editors on Windows save files with a byte order mark: it is not part of the data. Nor is
    # the line's end, which would otherwise count as a second line in the position of an error.
    text = text.removeprefix("\ufeff").rstrip("\r\n")
    if not text.strip():
        return Line(number, len(raw))
    try:
        data = _load_json(text)
    except RecordInvalid as error:
        return Line(number, len(raw), error=error.errors[0])
    if not isinstance(data, dict):
        message = _("each line must be one JSON object ({...}), not %(type)s") % {
            "type": json_type(data)
        }
        return Line(number, len(raw), error=FieldError(LINE, message, "not_an_object"))
    return Line(number, len(raw), data=data)


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs):
    data = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


def _refuse_constant(name):
    raise ValueError(name)


def _load_json(text: str):
    """Parsed JSON with exact decimals; NaN, Infinity and repeated keys are refused."""
    try:
        return json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_refuse_constant,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as error:
        # The column within the line, counted in characters from 1.
        message = _("not valid JSON: %(reason)s at column %(column)s") % {
            "reason": error.msg,
            "column": error.pos + 1,
        }
    except _DuplicateKey as error:
        message = _("the key %(key)s appears twice in one object") % {"key": shown(error.args[0])}
    except RecursionError:
        message = _("not valid JSON: nested too deeply")
    except ValueError:
        # NaN, Infinity, or an integer of thousands of digits.
        message = _("not valid JSON: a number is not finite or is too long")
    raise RecordInvalid([FieldError(LINE, message, "invalid_json")])
