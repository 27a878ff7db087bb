"""Import case studies from JSON Lines, as shared/specs/casestudy-import.md specifies.

Three steps, each usable on its own:

* :func:`read_lines` reads a file line by line in bounded memory and turns each line into a
  JSON object, or into a line error (invalid UTF-8, broken JSON, not an object, too long);
* :func:`validate_record` checks one object against the format and returns a clean
  :class:`CaseStudyRecord`, or raises :class:`RecordInvalid` listing every problem found;
* :func:`import_case_study` writes one record, whole or not at all.

Identity: a record's ``id`` is kept in ``CaseStudyPage.external_id``. A page made in the admin
has no import id; the export gives it its translation key instead, and the import recognises
that key, so an export re-imports onto the pages it came from. The same id in another language
is the same case study: the new language becomes a translation of the existing page (Wagtail's
``copy_for_translation``, sharing its translation key).
"""

import contextlib
import json
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from difflib import get_close_matches

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext as _

from taggit.models import Tag
from wagtail.coreutils import cautious_slugify, find_available_slug
from wagtail.log_actions import log
from wagtail.models import Locale, WorkflowState

from django_countries import countries

from academy.models import CityIndexPage, CityPage, Programme, ThematicCluster
from academy.sanitize import text_to_rich_text
from casestudies.models import (
    CaseStudyFunding,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyPartner,
    CaseStudySource,
    OutcomeIndicator,
    SustainableDevelopmentGoal,
)
from casestudies.validators import validate_web_url
from casestudies.vocabulary import CURRENCY_CODES, MAX_YEAR, MIN_YEAR, Status

# One case study is a few kilobytes; a megabyte leaves room for long stories while a runaway
# line (a whole file without newlines, a binary) is refused without being held in memory.
MAX_LINE_BYTES = 1024 * 1024
_SKIP_CHUNK = 64 * 1024

# Caps on lists: far above any real case study, low enough that one hostile line cannot make
# thousands of rows or tags. Lengths match the database columns the values go into.
MAX_TAGS = 50  # taggit's Tag.name holds 100 characters; 50 tags is already a tag cloud
MAX_TAG_LENGTH = 100
MAX_LIST_ITEMS = 100  # indicators, funding sources, partners, sources
MAX_NAME_LENGTH = 255
MAX_UNIT_LENGTH = 60
MAX_URL_LENGTH = 500
MAX_POPULATION = 2_147_483_647  # PositiveIntegerField
MAX_INDICATOR_VALUE = Decimal(10) ** 15  # OutcomeIndicator: 20 digits, 4 after the point
MAX_COST = Decimal(10) ** 12  # cost_amount: 15 digits, 2 after the point

LINE = "(line)"  # the "field" of errors about a line as a whole
RECORD_KEYS = tuple(
    """id title summary language city clusters programme tags sdgs challenge solution results
    lessons indicators cost funding_sources partners start_year end_year status sources""".split()
)
CITY_KEYS = ("name", "country", "population", "lat", "lon")
INDICATOR_KEYS = ("name", "unit", "baseline", "target", "achieved", "year")
COST_KEYS = ("amount", "currency", "year")

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


# Records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CityRecord:
    name: str
    country: str
    population: int | None = None
    lat: Decimal | None = None
    lon: Decimal | None = None


@dataclass(frozen=True)
class IndicatorRecord:
    name: str
    unit: str = ""
    baseline: Decimal | None = None
    target: Decimal | None = None
    achieved: Decimal | None = None
    year: int | None = None


@dataclass(frozen=True)
class CostRecord:
    amount: Decimal
    currency: str
    year: int | None = None


@dataclass(frozen=True)
class CaseStudyRecord:
    """One valid line: every value checked, trimmed and in the type its field stores."""

    id: str
    title: str
    summary: str
    city: CityRecord
    clusters: tuple[str, ...]
    solution: str
    language: str = "en"
    programme: str = ""
    tags: tuple[str, ...] = ()
    sdgs: tuple[int, ...] = ()
    challenge: str = ""
    results: str = ""
    lessons: str = ""
    indicators: tuple[IndicatorRecord, ...] = ()
    cost: CostRecord | None = None
    funding_sources: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    start_year: int | None = None
    end_year: int | None = None
    status: str = ""
    sources: tuple[str, ...] = ()


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


# Reading a file -----------------------------------------------------------------------------


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
    # Editors on Windows save files with a byte order mark: it is not part of the data.
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return Line(number, len(raw))
    try:
        data = _load_json(text)
    except RecordInvalid as error:
        return Line(number, len(raw), error=error.errors[0])
    if not isinstance(data, dict):
        message = _("each line must be one JSON object ({...}), not %(type)s") % {
            "type": _json_type(data)
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
        message = _("not valid JSON: %(reason)s at column %(column)s") % {
            "reason": error.msg,
            "column": error.colno,
        }
    except _DuplicateKey as error:
        message = _("the key %(key)s appears twice in one object") % {"key": shown(error.args[0])}
    except RecursionError:
        message = _("not valid JSON: nested too deeply")
    except ValueError:
        # NaN, Infinity, or an integer of thousands of digits.
        message = _("not valid JSON: a number is not finite or is too long")
    raise RecordInvalid([FieldError(LINE, message, "invalid_json")])


# Validating one record ----------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """The slugs a line may use, read once per run rather than once per line."""

    clusters: frozenset[str]
    programmes: frozenset[str]

    @classmethod
    def load(cls) -> "Vocabulary":
        return cls(
            clusters=frozenset(ThematicCluster.objects.values_list("slug", flat=True)),
            programmes=frozenset(Programme.objects.values_list("slug", flat=True)),
        )


class _Errors(list):
    def add(self, field_path: str, code: str, message) -> None:
        self.append(FieldError(field_path, str(message), code))


def validate_record(data: dict, *, vocabulary: Vocabulary | None = None) -> CaseStudyRecord:
    """A clean record from one parsed line; raises :class:`RecordInvalid` with every error."""
    vocabulary = vocabulary or Vocabulary.load()
    errors = _Errors()
    _check_keys(errors, data, RECORD_KEYS, prefix="")
    values = {
        "id": _text(errors, data.get("id"), "id", required=True, max_length=100),
        "title": _text(errors, data.get("title"), "title", required=True, max_length=255),
        "summary": _text(errors, data.get("summary"), "summary", required=True, max_length=1000),
        "language": _language(errors, data.get("language")),
        "city": _city(errors, data.get("city")),
        "clusters": _slugs(errors, data.get("clusters"), vocabulary.clusters),
        "programme": _programme(errors, data.get("programme"), vocabulary.programmes),
        "tags": _tags(errors, data.get("tags")),
        "sdgs": _sdgs(errors, data.get("sdgs")),
        "challenge": _text(errors, data.get("challenge"), "challenge"),
        "solution": _text(errors, data.get("solution"), "solution", required=True),
        "results": _text(errors, data.get("results"), "results"),
        "lessons": _text(errors, data.get("lessons"), "lessons"),
        "indicators": _indicators(errors, data.get("indicators")),
        "cost": _cost(errors, data.get("cost")),
        "funding_sources": _names(errors, data.get("funding_sources"), "funding_sources"),
        "partners": _names(errors, data.get("partners"), "partners"),
        "start_year": _year(errors, data.get("start_year"), "start_year"),
        "end_year": _year(errors, data.get("end_year"), "end_year"),
        "status": _choice(errors, data.get("status"), "status", Status.values),
        "sources": _sources(errors, data.get("sources")),
    }
    start, end = values["start_year"], values["end_year"]
    if start is not None and end is not None and end < start:
        errors.add(
            "end_year",
            "ends_before_start",
            _("%(end)s is before the start year, %(start)s") % {"end": end, "start": start},
        )
    if errors:
        raise RecordInvalid(list(errors))
    return CaseStudyRecord(**values)


def _check_keys(errors, data: dict, allowed, *, prefix: str) -> None:
    for key in data:
        if key in allowed:
            continue
        message = _("unknown key")
        close = get_close_matches(str(key), allowed, n=1) if len(str(key)) < 100 else []
        if close:
            message = _("unknown key; did you mean %(key)s?") % {"key": close[0]}
        errors.add(f"{prefix}{shown(key, quote=False)}", "unknown_key", message)


def _text(errors, value, path, *, required=False, max_length=None) -> str:
    """A trimmed string; null counts as absent."""
    if value is None:
        if required:
            errors.add(path, "required", _("required"))
        return ""
    if not isinstance(value, str):
        errors.add(path, "wrong_type", _wrong_type(_("a string"), value))
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


def _integer(errors, value, path, *, minimum: int, maximum: int) -> int | None:
    """A whole number in range: ``true`` and ``1.5`` are not; ``2012.0`` is 2012."""
    if value is None:
        return None
    is_number = isinstance(value, int | Decimal) and not isinstance(value, bool)
    if not is_number or (isinstance(value, Decimal) and value != value.to_integral_value()):
        errors.add(path, "wrong_type", _wrong_type(_("a whole number"), value))
        return None
    # Compared before int(): int(Decimal("1e999999")) would build a million-digit number.
    if not minimum <= value <= maximum:
        errors.add(path, "out_of_range", _out_of_range(minimum, maximum, value))
        return None
    return int(value)


def _year(errors, value, path) -> int | None:
    return _integer(errors, value, path, minimum=MIN_YEAR, maximum=MAX_YEAR)


def _decimal(errors, value, path, *, places: int, minimum, maximum) -> Decimal | None:
    """A number in range, rounded to the decimal places its column keeps."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        errors.add(path, "wrong_type", _wrong_type(_("a number"), value))
        return None
    if not minimum <= value <= maximum:
        errors.add(path, "out_of_range", _out_of_range(minimum, maximum, value))
        return None
    return Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _choice(errors, value, path, choices) -> str:
    value = _text(errors, value, path)
    if value and value not in choices:
        errors.add(
            path,
            "unknown_value",
            _("%(value)s is not one of %(choices)s")
            % {"value": shown(value), "choices": ", ".join(choices)},
        )
        return ""
    return value


def _language(errors, value) -> str:
    if value is None:
        return settings.LANGUAGE_CODE
    return _choice(errors, value, "language", [code for code, _name in settings.LANGUAGES])


def _list(errors, value, path, *, max_items=MAX_LIST_ITEMS) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        errors.add(path, "wrong_type", _wrong_type(_("a list"), value))
        return []
    if len(value) > max_items:
        errors.add(
            path,
            "too_many",
            _("at most %(limit)s items, not %(count)s") % {"limit": max_items, "count": len(value)},
        )
        return []
    return value


def _object(errors, value, path, allowed) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        errors.add(path, "wrong_type", _wrong_type(_("an object"), value))
        return None
    _check_keys(errors, value, allowed, prefix=f"{path}.")
    return value


def _names(errors, value, path, *, max_length=MAX_NAME_LENGTH) -> tuple[str, ...]:
    """A list of non-empty strings, without repeats, in the order given."""
    names = []
    for position, item in enumerate(_list(errors, value, path)):
        name = _text(errors, item, f"{path}[{position}]", required=True, max_length=max_length)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _slugs(errors, value, known: frozenset[str]) -> tuple[str, ...]:
    if value is None or value == []:
        errors.add("clusters", "required", _("give at least one thematic cluster"))
        return ()
    slugs = []
    for position, item in enumerate(_list(errors, value, "clusters")):
        path = f"clusters[{position}]"
        slug = _text(errors, item, path, required=True)
        if slug and slug not in known:
            errors.add(path, "unknown_cluster", _unknown(_("cluster"), slug, known))
        elif slug and slug not in slugs:
            slugs.append(slug)
    return tuple(slugs)


def _programme(errors, value, known: frozenset[str]) -> str:
    slug = _text(errors, value, "programme")
    if slug and slug not in known:
        errors.add("programme", "unknown_programme", _unknown(_("programme"), slug, known))
        return ""
    return slug


def _tags(errors, value) -> tuple[str, ...]:
    tags: list[str] = []
    for position, item in enumerate(_list(errors, value, "tags", max_items=MAX_TAGS)):
        path = f"tags[{position}]"
        tag = _text(errors, item, path, required=True, max_length=MAX_TAG_LENGTH)
        if tag and not slugify(tag, allow_unicode=True):
            # Listings filter by the tag's slug; a tag of punctuation alone would have none.
            errors.add(path, "invalid", _("a tag needs at least one letter or digit"))
        elif tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    return tuple(tags)


def _sdgs(errors, value) -> tuple[int, ...]:
    numbers = set()
    for position, item in enumerate(_list(errors, value, "sdgs", max_items=17)):
        number = _integer(errors, item, f"sdgs[{position}]", minimum=1, maximum=17)
        if number is not None:
            numbers.add(number)
    return tuple(sorted(numbers))


def _sources(errors, value) -> tuple[str, ...]:
    urls = []
    for position, url in enumerate(_names(errors, value, "sources", max_length=MAX_URL_LENGTH)):
        try:
            validate_web_url(url)
        except ValidationError as error:
            errors.add(f"sources[{position}]", "invalid_url", " ".join(error.messages))
        else:
            urls.append(url)
    return tuple(urls)


def _city(errors, value) -> CityRecord | None:
    if value is None:
        errors.add("city", "required", _("required"))
        return None
    data = _object(errors, value, "city", CITY_KEYS)
    if data is None:
        return None
    lat = _decimal(errors, data.get("lat"), "city.lat", places=5, minimum=-90, maximum=90)
    lon = _decimal(errors, data.get("lon"), "city.lon", places=5, minimum=-180, maximum=180)
    for key, given, other in (("lat", lat, lon), ("lon", lon, lat)):
        if given is None and other is not None and data.get(key) is None:
            errors.add(f"city.{key}", "required", _("give both lat and lon, or neither"))
    return CityRecord(
        name=_text(errors, data.get("name"), "city.name", required=True, max_length=255),
        country=_country(errors, data.get("country")),
        population=_integer(
            errors, data.get("population"), "city.population", minimum=0, maximum=MAX_POPULATION
        ),
        lat=lat,
        lon=lon,
    )


def _country(errors, value) -> str:
    code = _text(errors, value, "city.country", required=True).upper()
    if code and (len(code) != 2 or countries.alpha2(code) != code):
        errors.add(
            "city.country",
            "unknown_country",
            _("%(value)s is not an ISO 3166-1 alpha-2 country code, such as DK or BR")
            % {"value": shown(value)},
        )
        return ""
    return code


def _indicators(errors, value) -> tuple[IndicatorRecord, ...]:
    indicators = []
    for position, item in enumerate(_list(errors, value, "indicators")):
        path = f"indicators[{position}]"
        if item is None:
            errors.add(path, "wrong_type", _wrong_type(_("an object"), item))
            continue
        data = _object(errors, item, path, INDICATOR_KEYS)
        if data is None:
            continue
        numbers = {
            key: _decimal(
                errors,
                data.get(key),
                f"{path}.{key}",
                places=4,
                minimum=-MAX_INDICATOR_VALUE,
                maximum=MAX_INDICATOR_VALUE,
            )
            for key in ("baseline", "target", "achieved")
        }
        name = _text(errors, data.get("name"), f"{path}.name", required=True, max_length=255)
        unit = _text(errors, data.get("unit"), f"{path}.unit", max_length=MAX_UNIT_LENGTH)
        year = _year(errors, data.get("year"), f"{path}.year")
        indicators.append(IndicatorRecord(name=name, unit=unit, year=year, **numbers))
    return tuple(indicators)


def _cost(errors, value) -> CostRecord | None:
    data = _object(errors, value, "cost", COST_KEYS)
    if data is None:
        return None
    amount = _decimal(
        errors, data.get("amount"), "cost.amount", places=2, minimum=0, maximum=MAX_COST
    )
    if data.get("amount") is None:
        errors.add("cost.amount", "required", _("required"))
    currency = _text(errors, data.get("currency"), "cost.currency", required=True).upper()
    if currency and currency not in CURRENCY_CODES:
        errors.add(
            "cost.currency",
            "unknown_currency",
            _("%(value)s is not an ISO 4217 currency code, such as EUR or USD")
            % {"value": shown(data.get("currency"))},
        )
    year = _year(errors, data.get("year"), "cost.year")
    return CostRecord(amount=amount, currency=currency, year=year)


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


def _json_type(value) -> str:
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


def _wrong_type(expected, value) -> str:
    return _("must be %(expected)s, not %(actual)s (%(value)s)") % {
        "expected": expected,
        "actual": _json_type(value),
        "value": shown(value),
    }


def _out_of_range(minimum, maximum, value) -> str:
    return _("must be between %(minimum)s and %(maximum)s, not %(value)s") % {
        "minimum": minimum,
        "maximum": maximum,
        "value": shown(value),
    }


def _unknown(kind, slug, known) -> str:
    return _("unknown %(kind)s %(slug)s; known: %(known)s") % {
        "kind": kind,
        "slug": shown(slug),
        "known": ", ".join(sorted(known)),
    }


# Writing one record -------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    outcome: str  # CREATED, UPDATED or UNCHANGED
    page: CaseStudyPage
    notes: list[str] = field(default_factory=list)


@transaction.atomic
def import_case_study(
    *, record: CaseStudyRecord, publish: bool, user=None, submit_for_moderation: bool = True
) -> ImportResult:
    """Create or update the case study ``record`` describes, whole or not at all.

    Without ``publish`` the page gets a draft revision and is submitted to its moderation
    workflow (``submit_for_moderation=False`` skips that, for dry runs: starting a workflow
    e-mails the moderators, which no rollback can take back). With ``publish`` the revision
    is published. A record identical to the page's latest revision writes nothing.
    """
    notes: list[str] = []
    mode = _SaveMode(publish=publish, user=user, submit=submit_for_moderation)
    try:
        outcome, page = _write(record, mode=mode, notes=notes)
    except ValidationError as error:
        raise _refusal_from(error) from error
    return ImportResult(outcome=outcome, page=page, notes=notes)


def _write(record: CaseStudyRecord, *, mode: "_SaveMode", notes: list[str]):
    locale = _locale_for(record.language)
    library = _library_in(locale, notes=notes)
    city = _city_for(record.city, locale=locale, mode=mode, notes=notes)
    page, source = _existing_page(record.id, locale=locale)
    if page is None:
        return CREATED, _create(record, library=library, source=source, city=city, mode=mode)
    if page.alias_of_id:
        # Wagtail keeps an alias in step with its original: it takes no revisions of its own.
        raise ImportRefused(
            "alias",
            "id",
            _(
                "the %(language)s page of this case study is an alias of another page; "
                "convert it into an ordinary page in the admin, then import again"
            )
            % {"language": locale.language_code},
        )
    return _update(page, record, city=city, mode=mode)


@dataclass(frozen=True)
class _SaveMode:
    publish: bool
    user: object
    submit: bool


def _locale_for(language: str) -> Locale:
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise ImportRefused(
            "unknown_locale",
            "language",
            _("the site has no %(language)s locale") % {"language": language},
        )
    return locale


def _library_in(locale: Locale, *, notes: list[str]) -> CaseStudyIndexPage:
    """The case study library of ``locale``, translated from the default one if missing.

    The translation is made as an alias, as Wagtail itself does for the parents of a page it
    translates: it is live at once (its source is) and mirrors the source's title and intro
    until an editor converts it into its own page in the admin. A draft library instead would
    hide every case study under it, even once a moderator approved them.
    """
    library = CaseStudyIndexPage.objects.filter(locale=locale).first()
    if library is not None:
        return library
    source = (
        CaseStudyIndexPage.objects.filter(locale=Locale.get_default()).first()
        or CaseStudyIndexPage.objects.order_by("pk").first()
    )
    if source is None:
        raise ImportRefused(
            "no_library", LINE, _("the site has no case study library to import into")
        )
    notes.append(
        _("created the %(language)s case study library, as an alias of the %(source)s one")
        % {"language": locale.language_code, "source": source.locale.language_code}
    )
    return source.copy_for_translation(locale, copy_parents=True, alias=True).specific


def _existing_page(external_id: str, *, locale: Locale):
    """``(page, None)`` for the case study of this id in ``locale``, else ``(None, source)``
    where ``source`` is the same case study in another language, if any."""
    identity = Q(external_id=external_id)
    with contextlib.suppress(ValueError):
        identity |= Q(external_id="", translation_key=uuid.UUID(external_id))
    # Oldest first: a page copied in the admin keeps its original's id.
    pages = list(CaseStudyPage.objects.filter(identity).order_by("pk"))
    in_locale = [page for page in pages if page.locale_id == locale.pk]
    if in_locale:
        return in_locale[0], None
    if not pages:
        return None, None
    # A translation made in the admin may have lost the id but keeps the translation key.
    translated = (
        CaseStudyPage.objects.filter(
            locale=locale, translation_key__in={page.translation_key for page in pages}
        )
        .order_by("pk")
        .first()
    )
    if translated is not None:
        return translated, None
    default_locale_id = Locale.get_default().pk
    pages.sort(key=lambda page: page.locale_id != default_locale_id)
    return None, pages[0]


def _create(record, *, library, source, city, mode: _SaveMode) -> CaseStudyPage:
    if source is not None:
        page = _translation_of(source, library=library)
    else:
        slug = cautious_slugify(record.title)[:80].strip("-") or "case-study"
        page = CaseStudyPage(
            slug=find_available_slug(library, slug), locale=library.locale, live=False
        )
    _apply(page, record, city=city)
    if page.pk is None:
        library.add_child(instance=page)
        log(instance=page, action="wagtail.create", user=mode.user)
    revision = page.save_revision(user=mode.user, log_action=True)
    _finish(page, revision, mode=mode)
    return page


def _translation_of(source: CaseStudyPage, *, library) -> CaseStudyPage:
    """A draft copy of ``source`` in ``library``'s language, sharing its translation key.

    What Wagtail's ``copy_for_translation`` does, but into this library even if it was made
    on its own rather than as a translation. The copy brings the fields the format does not
    cover (gallery, documents, contacts...) for the translator to start from.
    """
    return source.copy(
        to=library,
        update_attrs={
            "locale": library.locale,
            "slug": find_available_slug(library, source.slug),
        },
        copy_revisions=False,
        keep_live=False,
        reset_translation_key=False,
        log_action="wagtail.copy_for_translation",
    ).specific


def _update(page: CaseStudyPage, record, *, city, mode: _SaveMode):
    draft = page.get_latest_revision_as_object()
    before = _fingerprint(draft)
    _apply(draft, record, city=city)
    if _fingerprint(draft) == before:
        if mode.publish and (not page.live or page.has_unpublished_changes):
            draft.get_latest_revision().publish(user=mode.user)
            return UPDATED, draft
        return UNCHANGED, page
    revision = draft.save_revision(user=mode.user, log_action=True)
    _finish(draft, revision, mode=mode)
    return UPDATED, draft


def _finish(page, revision, *, mode: _SaveMode) -> None:
    if mode.publish:
        revision.publish(user=mode.user)
    elif mode.submit:
        _submit_for_moderation(page, user=mode.user)


def _submit_for_moderation(page, *, user) -> None:
    """Start the page's workflow; one already running is left to run (it reviews the latest
    revision), and one sent back for changes is resumed, since the import brings changes."""
    state = page.current_workflow_state
    if state is not None:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user=user)
        return
    workflow = page.get_workflow()
    if workflow is not None:
        # Workflow.start takes the requesting user positionally; None (a command-line
        # import) is allowed: WorkflowState.requested_by is nullable.
        workflow.start(page, user)


# Applying a record to a page ----------------------------------------------------------------


def _apply(page: CaseStudyPage, record: CaseStudyRecord, *, city: CityPage) -> None:
    """Set every field the format covers; fields it does not cover are left as they are."""
    page.external_id = page.external_id or record.id
    page.title = record.title
    page.summary = record.summary
    page.city = city
    page.clusters.set(list(ThematicCluster.objects.filter(slug__in=record.clusters)))
    page.programme = Programme.objects.filter(slug=record.programme).first()
    page.tags.set(_canonical_tags(record.tags))
    page.sdgs.set(list(SustainableDevelopmentGoal.objects.filter(number__in=record.sdgs)))
    page.challenge = text_to_rich_text(record.challenge)
    page.solution = text_to_rich_text(record.solution)
    page.results = text_to_rich_text(record.results)
    page.lessons_learned = text_to_rich_text(record.lessons)
    page.cost_amount = record.cost.amount if record.cost else None
    page.cost_currency = record.cost.currency if record.cost else ""
    page.cost_year = record.cost.year if record.cost else None
    page.start_year, page.end_year = record.start_year, record.end_year
    page.status = record.status
    _replace_rows(page, record)
    # The same cleaning the page gets on save, so the comparison with the stored page holds.
    page.clean_rich_text_fields()


def _replace_rows(page: CaseStudyPage, record: CaseStudyRecord) -> None:
    """Replace the listed rows, keeping what the format does not carry (an indicator's
    source, a partner's role and web page, a source's title) for rows that stay."""
    indicators = {row.name: row for row in page.indicators.all()}
    partners = {row.name: row for row in page.partners.all()}
    sources = {row.url: row for row in page.sources.all()}
    page.indicators = [
        OutcomeIndicator(
            sort_order=position,
            name=item.name,
            unit=item.unit,
            baseline=item.baseline,
            target=item.target,
            achieved=item.achieved,
            year=item.year,
            source=getattr(indicators.get(item.name), "source", ""),
        )
        for position, item in enumerate(record.indicators)
    ]
    page.funding_sources = [
        CaseStudyFunding(sort_order=position, name=name)
        for position, name in enumerate(record.funding_sources)
    ]
    page.partners = [
        CaseStudyPartner(
            sort_order=position,
            name=name,
            role=getattr(partners.get(name), "role", ""),
            url=getattr(partners.get(name), "url", ""),
        )
        for position, name in enumerate(record.partners)
    ]
    page.sources = [
        CaseStudySource(
            sort_order=position,
            url=url,
            title=getattr(sources.get(url), "title", ""),
            accessed=getattr(sources.get(url), "accessed", None),
        )
        for position, url in enumerate(record.sources)
    ]


def _canonical_tags(names: tuple[str, ...]) -> list[str]:
    """Each tag spelt as the library already spells it, so "Stormwater" joins "stormwater"
    rather than splitting the tag filter in two."""
    if not names:
        return []
    query = Q()
    for name in names:
        query |= Q(name__iexact=name)
    existing = {
        name.casefold(): name
        for name in Tag.objects.filter(query)
        .filter(casestudies_casestudytag_items__isnull=False)
        .values_list("name", flat=True)
        .distinct()
    }
    return [existing.get(name.casefold(), name) for name in names]


def _fingerprint(page: CaseStudyPage) -> tuple:
    """Everything the format covers, to tell an identical record from a change."""
    return (
        page.title,
        page.summary,
        page.city_id,
        sorted(cluster.pk for cluster in page.clusters.all()),
        page.programme_id,
        sorted(tag.name for tag in page.tags.all()),
        sorted(goal.pk for goal in page.sdgs.all()),
        (page.challenge, page.solution, page.results, page.lessons_learned),
        [
            (row.name, row.unit, row.baseline, row.target, row.achieved, row.year, row.source)
            for row in page.indicators.all()
        ],
        (page.cost_amount, page.cost_currency, page.cost_year),
        [row.name for row in page.funding_sources.all()],
        [(row.name, row.role, row.url) for row in page.partners.all()],
        (page.start_year, page.end_year, page.status),
        [(row.url, row.title, row.accessed) for row in page.sources.all()],
    )


# Cities ---------------------------------------------------------------------------------------


def _city_for(record: CityRecord, *, locale: Locale, mode: _SaveMode, notes) -> CityPage:
    """The directory's city of that name and country, or a new one if it has none."""
    city = matching_city(name=record.name, country=record.country, locale=locale)
    if city is not None:
        return city
    if record.lat is None or record.lon is None:
        raise ImportRefused(
            "city_without_coordinates",
            "city",
            _(
                "%(city)s (%(country)s) is not in the city directory yet; give its lat and lon "
                "so it can be added"
            )
            % {"city": shown(record.name), "country": record.country},
        )
    city = _create_city(record, mode=mode)
    notes.append(_("added the city %(city)s") % {"city": shown(record.name)})
    return city


def _comparable(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def matching_city(*, name: str, country: str, locale: Locale) -> CityPage | None:
    """A city of that country whose name matches, ignoring case and accents ("Merida" is
    "Mérida"); a page in ``locale`` first, then one in the default locale, then any."""
    wanted = _comparable(name)
    matches = [
        city
        for city in CityPage.objects.filter(country=country).order_by("pk")
        if _comparable(city.title) == wanted
    ]
    if not matches:
        return None
    default_locale_id = Locale.get_default().pk
    matches.sort(
        key=lambda city: (city.locale_id != locale.pk, city.locale_id != default_locale_id)
    )
    return matches[0]


def _create_city(record: CityRecord, *, mode: _SaveMode) -> CityPage:
    """A new city in the default locale's directory: cities are shared by every language."""
    directory = (
        CityIndexPage.objects.filter(locale=Locale.get_default()).first()
        or CityIndexPage.objects.order_by("pk").first()
    )
    if directory is None:
        raise ImportRefused(
            "no_city_directory",
            "city",
            _("the site has no city directory to add %(city)s to") % {"city": shown(record.name)},
        )
    slug = cautious_slugify(record.name)[:80].strip("-") or "city"
    city = CityPage(
        title=record.name,
        slug=find_available_slug(directory, slug),
        country=record.country,
        population=record.population,
        population_source="",
        latitude=record.lat,
        longitude=record.lon,
        live=False,
    )
    directory.add_child(instance=city)
    log(instance=city, action="wagtail.create", user=mode.user)
    _finish(city, city.save_revision(user=mode.user, log_action=True), mode=mode)
    return city


# Errors from the models -----------------------------------------------------------------------

_RECORD_FIELDS = {
    "lessons_learned": "lessons",
    "cost_amount": "cost.amount",
    "cost_currency": "cost.currency",
    "cost_year": "cost.year",
    "slug": "title",
    "__all__": LINE,
}


def _refusal_from(error: ValidationError) -> ImportRefused:
    """A model validation error the record checks did not foresee, as a line error."""
    if hasattr(error, "error_dict"):
        name, messages = next(iter(error.message_dict.items()))
        return ImportRefused("invalid", _RECORD_FIELDS.get(name, name), " ".join(messages))
    return ImportRefused("invalid", LINE, " ".join(error.messages))
