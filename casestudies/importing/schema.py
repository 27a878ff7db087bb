"""Validating one line: a parsed JSON object in, a :class:`~.records.CaseStudyRecord` out."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _

from django_countries import countries

from academy.models import Programme, ThematicCluster
from casestudies.validators import validate_web_url
from casestudies.vocabulary import CURRENCY_CODES, Status

from . import fields
from .errors import RecordInvalid, shown
from .fields import (
    MAX_COST,
    MAX_INDICATOR_VALUE,
    MAX_POPULATION,
    MAX_TAG_LENGTH,
    MAX_TAGS,
    MAX_UNIT_LENGTH,
    MAX_URL_LENGTH,
    Errors,
)
from .records import (
    CITY_KEYS,
    COST_KEYS,
    INDICATOR_KEYS,
    RECORD_KEYS,
    CaseStudyRecord,
    CityRecord,
    CostRecord,
    IndicatorRecord,
)


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


def validate_record(data: dict, *, vocabulary: Vocabulary | None = None) -> CaseStudyRecord:
    """A clean record from one parsed line; raises :class:`RecordInvalid` with every error."""
    vocabulary = vocabulary or Vocabulary.load()
    errors = Errors()
    fields.check_keys(errors, data, RECORD_KEYS, prefix="")
    values = {
        "id": fields.text(errors, data.get("id"), "id", required=True, max_length=100),
        "title": fields.text(errors, data.get("title"), "title", required=True, max_length=255),
        "summary": fields.text(
            errors, data.get("summary"), "summary", required=True, max_length=1000
        ),
        "language": _language(errors, data.get("language")),
        "city": _city(errors, data.get("city")),
        "clusters": _slugs(errors, data.get("clusters"), vocabulary.clusters),
        "programme": _programme(errors, data.get("programme"), vocabulary.programmes),
        "tags": _tags(errors, data.get("tags")),
        "sdgs": _sdgs(errors, data.get("sdgs")),
        "challenge": fields.text(errors, data.get("challenge"), "challenge"),
        "solution": fields.text(errors, data.get("solution"), "solution", required=True),
        "results": fields.text(errors, data.get("results"), "results"),
        "lessons": fields.text(errors, data.get("lessons"), "lessons"),
        "indicators": _indicators(errors, data.get("indicators")),
        "cost": _cost(errors, data.get("cost")),
        "funding_sources": fields.names(errors, data.get("funding_sources"), "funding_sources"),
        "partners": fields.names(errors, data.get("partners"), "partners"),
        "start_year": fields.year(errors, data.get("start_year"), "start_year"),
        "end_year": fields.year(errors, data.get("end_year"), "end_year"),
        "status": fields.choice(errors, data.get("status"), "status", Status.values),
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


def _language(errors, value) -> str:
    if value is None:
        return settings.LANGUAGE_CODE
    return fields.choice(errors, value, "language", [code for code, _name in settings.LANGUAGES])


def _slugs(errors, value, known: frozenset[str]) -> tuple[str, ...]:
    if value is None or value == []:
        errors.add("clusters", "required", _("give at least one thematic cluster"))
        return ()
    slugs = []
    for position, item in enumerate(fields.items(errors, value, "clusters")):
        path = f"clusters[{position}]"
        slug = fields.text(errors, item, path, required=True)
        if slug and slug not in known:
            errors.add(path, "unknown_cluster", fields.unknown(_("cluster"), slug, known))
        elif slug and slug not in slugs:
            slugs.append(slug)
    return tuple(slugs)


def _programme(errors, value, known: frozenset[str]) -> str:
    slug = fields.text(errors, value, "programme")
    if slug and slug not in known:
        errors.add("programme", "unknown_programme", fields.unknown(_("programme"), slug, known))
        return ""
    return slug


def _tags(errors, value) -> tuple[str, ...]:
    tags: list[str] = []
    for position, item in enumerate(fields.items(errors, value, "tags", max_items=MAX_TAGS)):
        path = f"tags[{position}]"
        tag = fields.text(errors, item, path, required=True, max_length=MAX_TAG_LENGTH)
        if tag and not slugify(tag, allow_unicode=True):
            # Listings filter by the tag's slug; a tag of punctuation alone would have none.
            errors.add(path, "invalid", _("a tag needs at least one letter or digit"))
        elif tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    return tuple(tags)


def _sdgs(errors, value) -> tuple[int, ...]:
    numbers = set()
    for position, item in enumerate(fields.items(errors, value, "sdgs", max_items=17)):
        number = fields.integer(errors, item, f"sdgs[{position}]", minimum=1, maximum=17)
        if number is not None:
            numbers.add(number)
    return tuple(sorted(numbers))


def _sources(errors, value) -> tuple[str, ...]:
    urls = []
    for position, url in enumerate(
        fields.names(errors, value, "sources", max_length=MAX_URL_LENGTH)
    ):
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
    data = fields.mapping(errors, value, "city", CITY_KEYS)
    if data is None:
        return None
    lat = fields.decimal(errors, data.get("lat"), "city.lat", places=5, minimum=-90, maximum=90)
    lon = fields.decimal(errors, data.get("lon"), "city.lon", places=5, minimum=-180, maximum=180)
    for key, given, other in (("lat", lat, lon), ("lon", lon, lat)):
        if given is None and other is not None and data.get(key) is None:
            errors.add(f"city.{key}", "required", _("give both lat and lon, or neither"))
    return CityRecord(
        name=fields.text(errors, data.get("name"), "city.name", required=True, max_length=255),
        country=_country(errors, data.get("country")),
        population=fields.integer(
            errors, data.get("population"), "city.population", minimum=0, maximum=MAX_POPULATION
        ),
        lat=lat,
        lon=lon,
    )


def _country(errors, value) -> str:
    code = fields.text(errors, value, "city.country", required=True).upper()
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
    for position, item in enumerate(fields.items(errors, value, "indicators")):
        path = f"indicators[{position}]"
        if item is None:
            errors.add(path, "wrong_type", fields.wrong_type(_("an object"), item))
            continue
        data = fields.mapping(errors, item, path, INDICATOR_KEYS)
        if data is None:
            continue
        numbers = {
            key: fields.decimal(
                errors,
                data.get(key),
                f"{path}.{key}",
                places=4,
                minimum=-MAX_INDICATOR_VALUE,
                maximum=MAX_INDICATOR_VALUE,
            )
            for key in ("baseline", "target", "achieved")
        }
        name = fields.text(errors, data.get("name"), f"{path}.name", required=True, max_length=255)
        unit = fields.text(errors, data.get("unit"), f"{path}.unit", max_length=MAX_UNIT_LENGTH)
        year = fields.year(errors, data.get("year"), f"{path}.year")
        indicators.append(IndicatorRecord(name=name, unit=unit, year=year, **numbers))
    return tuple(indicators)


def _cost(errors, value) -> CostRecord | None:
    data = fields.mapping(errors, value, "cost", COST_KEYS)
    if data is None:
        return None
    amount = fields.decimal(
        errors, data.get("amount"), "cost.amount", places=2, minimum=0, maximum=MAX_COST
    )
    if data.get("amount") is None:
        errors.add("cost.amount", "required", _("required"))
    currency = fields.text(errors, data.get("currency"), "cost.currency", required=True).upper()
    if currency and currency not in CURRENCY_CODES:
        errors.add(
            "cost.currency",
            "unknown_currency",
            _("%(value)s is not an ISO 4217 currency code, such as EUR or USD")
            % {"value": shown(data.get("currency"))},
        )
    year = fields.year(errors, data.get("year"), "cost.year")
    return CostRecord(amount=amount, currency=currency, year=year)
