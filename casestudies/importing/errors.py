"""What goes wrong with a line, and how values from the file are shown in messages."""

import json
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

LINE = "(line)"  # the "field" of errors about a line as a whole


@dataclass(frozen=True)
class FieldError:
    """``field`` is a path into the line (``city.country``, ``indicators[2].name``)."""

    field: str
    message: str
    code: str = "invalid"


class RecordInvalid(Exception):
    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{error.field}: {error.message}" for error in errors))
        self.errors = errors


class ImportRefused(Exception):
    """A valid record the site cannot take as it stands; ``code`` is stable."""

    def __init__(self, code: str, field: str, message: str):
        super().__init__(message)
        self.code = code
        self.field = field
        self.message = message


def shown(value, *, quote: bool = True, limit: int = 60) -> str:
    """A value from the file, safe to print: short, and with control characters escaped so a
    hostile line cannot move the cursor or recolour the terminal."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, int | Decimal) and not isinstance(value, bool):
        text = str(value)
    else:
        text = json.dumps(value, default=str, ensure_ascii=False)
    if len(text) > limit:
        text = text[:limit] + "…"
    text = "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )
    return f'"{text}"' if quote and isinstance(value, str) else text


def json_type(value) -> str:
    if value is None:
        return _("null")
    if isinstance(value, bool):
        return _("true or false")
    if isinstance(value, int | Decimal):
        return _("a number")
    if isinstance(value, str):
        return _("a string")
    if isinstance(value, list):
        return _("a list")
    return _("an object")
