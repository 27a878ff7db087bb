"""Checking one value of a line: the building blocks :mod:`.schema` puts together.

Each checker takes the list of errors found so far, the value from the file and its path in
the line (``indicators[2].name``); it returns the clean value, or an empty one after adding an
error, so that every problem of a line is reported, not only the first.
"""

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from difflib import get_close_matches

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from casestudies.validators import validate_web_url
from casestudies.vocabulary import MAX_YEAR, MIN_YEAR

from .errors import FieldError, json_type, shown

# Caps on lists: far above any real case study, low enough that one hostile line cannot make
# thousands of rows or tags. Lengths match the database columns the values go into.
MAX_TAGS = 50  # taggit's Tag.name holds 100 characters; 50 tags is already a tag cloud
MAX_TAG_LENGTH = 100
MAX_LIST_ITEMS = 100  # indicators, funding sources, partners, sources
MAX_NAME_LENGTH = 255
MAX_UNIT_LENGTH = 60
MAX_URL_LENGTH = 500  # a source's address
MAX_PAGE_URL_LENGTH = 200  # a partner's web page (URLField)
MAX_POPULATION = 2_147_483_647  # PositiveIntegerField
MAX_INDICATOR_VALUE = Decimal(10) ** 15  # OutcomeIndicator: 20 digits, 4 after the point
MAX_COST = Decimal(10) ** 12  # cost_amount: 15 digits, 2 after the point


class Errors(list):
    def add(self, field_path: str, code: str, message) -> None:
        self.append(FieldError(field_path, str(message), code))


def check_keys(errors, data: dict, allowed, *, prefix: str) -> None:
    for key in data:
        if key in allowed:
            continue
        message = _("unknown key")
        close = get_close_matches(str(key), allowed, n=1) if len(str(key)) < 100 else []
        if close:
            message = _("unknown key; did you mean %(key)s?") % {"key": close[0]}
        errors.add(f"{prefix}{shown(key, quote=False)}", "unknown_key", message)


def text(errors, value, path, *, required=False, max_length=None) -> str:
    """A trimmed string; null counts as absent."""
    if value is None:
        if required:
            errors.add(path, "required", _("required"))
        return ""
    if not isinstance(value, str):
        errors.add(path, "wrong_type", wrong_type(_("a string"), value))
        return ""
    value = value.strip()
    if required and not value:
        errors.add(path, "required", _("must not be empty"))
    elif max_length and len(value) > max_length:
        errors.add(
            path,
            "too_long",
            _("at most %(limit)s characters, not %(length)s")
            % {"limit": max_length, "length": len(value)},
        )
    elif "\x00" in value:
        errors.add(path, "invalid", _("must not contain NUL characters"))
    return value


def integer(errors, value, path, *, minimum: int, maximum: int) -> int | None:
    """A whole number in range: ``true`` and ``1.5`` are not; ``2012.0`` is 2012."""
    if value is None:
        return None
    is_number = isinstance(value, int | Decimal) and not isinstance(value, bool)
    if not is_number or (isinstance(value, Decimal) and value != value.to_integral_value()):
        errors.add(path, "wrong_type", wrong_type(_("a whole number"), value))
        return None
    # Compared before int(): int(Decimal("1e999999")) would build a million-digit number.
    if not minimum <= value <= maximum:
        errors.add(path, "out_of_range", out_of_range(minimum, maximum, value))
        return None
    return int(value)


def year(errors, value, path) -> int | None:
    return integer(errors, value, path, minimum=MIN_YEAR, maximum=MAX_YEAR)


def decimal(errors, value, path, *, places: int, minimum, maximum) -> Decimal | None:
    """A number in range, rounded to the decimal places its column keeps."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        errors.add(path, "wrong_type", wrong_type(_("a number"), value))
        return None
    if not minimum <= value <= maximum:
        errors.add(path, "out_of_range", out_of_range(minimum, maximum, value))
        return None
    return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def day(errors, value, path) -> date | None:
    """A date written ``YYYY-MM-DD``, in the years the site accepts."""
    if value is None:
        return None
    if not isinstance(value, str):
        errors.add(path, "wrong_type", wrong_type(_("a date written YYYY-MM-DD"), value))
        return None
    try:
        parsed = date.fromisoformat(value) if _DATE.fullmatch(value) else None
    except ValueError:
        parsed = None
    if parsed is None:
        errors.add(
            path,
            "invalid_date",
            _("%(value)s is not a date written YYYY-MM-DD") % {"value": shown(value)},
        )
        return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        errors.add(path, "out_of_range", out_of_range(MIN_YEAR, MAX_YEAR, parsed.year))
        return None
    return parsed


def web_url(errors, value, path, *, required=False, max_length=MAX_URL_LENGTH) -> str:
    """An http or https address (never ``javascript:`` or ``data:``)."""
    found = len(errors)
    url = text(errors, value, path, required=required, max_length=max_length)
    if not url or len(errors) > found:
        return ""
    try:
        validate_web_url(url)
    except ValidationError as error:
        errors.add(path, "invalid_url", " ".join(error.messages))
        return ""
    return url


def choice(errors, value, path, choices) -> str:
    value = text(errors, value, path)
    if value and value not in choices:
        errors.add(
            path,
            "unknown_value",
            _("%(value)s is not one of %(choices)s")
            % {"value": shown(value), "choices": ", ".join(choices)},
        )
        return ""
    return value


def items(errors, value, path, *, max_items=MAX_LIST_ITEMS) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        errors.add(path, "wrong_type", wrong_type(_("a list"), value))
        return []
    if len(value) > max_items:
        errors.add(
            path,
            "too_many",
            _("at most %(limit)s items, not %(count)s") % {"limit": max_items, "count": len(value)},
        )
        return []
    return value


def mapping(errors, value, path, allowed) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        errors.add(path, "wrong_type", wrong_type(_("an object"), value))
        return None
    check_keys(errors, value, allowed, prefix=f"{path}.")
    return value


def names(errors, value, path, *, max_length=MAX_NAME_LENGTH) -> tuple[str, ...]:
    """A list of non-empty strings, without repeats, in the order given."""
    found = []
    for position, item in enumerate(items(errors, value, path)):
        name = text(errors, item, f"{path}[{position}]", required=True, max_length=max_length)
        if name and name not in found:
            found.append(name)
    return tuple(found)


def wrong_type(expected, value) -> str:
    return _("must be %(expected)s, not %(actual)s (%(value)s)") % {
        "expected": expected,
        "actual": json_type(value),
        "value": shown(value),
    }


def out_of_range(minimum, maximum, value) -> str:
    return _("must be between %(minimum)s and %(maximum)s, not %(value)s") % {
        "minimum": minimum,
        "maximum": maximum,
        "value": shown(value),
    }


def unknown(kind, slug, known) -> str:
    return _("unknown %(kind)s %(slug)s; known: %(known)s") % {
        "kind": kind,
        "slug": shown(slug),
        "known": ", ".join(sorted(known)),
    }
