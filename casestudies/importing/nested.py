"""Validating the objects and lists of objects inside a line: the city, the indicators, the
cost, the partners and the sources.

``version`` is the line's format version: a version 1 line may give partners and sources only
as strings, and what it leaves out of a row (an indicator's source, a partner's role) is
``None``, kept as stored; in a version 2 line it is empty.
"""

from django.utils.translation import gettext as _

from django_countries import countries

from casestudies.interchange import (
    CITY_KEYS,
    COST_KEYS,
    INDICATOR_KEYS,
    PARTNER_KEYS,
    SOURCE_KEYS,
)
from casestudies.vocabulary import CURRENCY_CODES

from . import fields
from .errors import shown
from .fields import (
    MAX_COST,
    MAX_INDICATOR_VALUE,
    MAX_NAME_LENGTH,
    MAX_PAGE_URL_LENGTH,
    MAX_POPULATION,
    MAX_UNIT_LENGTH,
)
from .records import (
    CityRecord,
    CostRecord,
    IndicatorRecord,
    PartnerRecord,
    SourceRecord,
)

MAX_GEONAMES_ID = 2_147_483_647  # PositiveIntegerField
MAX_ROLE_LENGTH = 160


def city(errors, value) -> CityRecord | None:
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
        geonames_id=fields.integer(
            errors, data.get("geonames_id"), "city.geonames_id", minimum=1, maximum=MAX_GEONAMES_ID
        ),
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


def _omitted(version: int):
    """What a row's absent optional text means: kept as stored (1) or empty (2)."""
    return None if version == 1 else ""


def indicators(errors, value, *, version: int) -> tuple[IndicatorRecord, ...]:
    found = []
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
        source = _optional_text(errors, data, "source", path, version=version)
        found.append(IndicatorRecord(name=name, unit=unit, year=year, source=source, **numbers))
    return tuple(found)


def _optional_text(errors, data: dict, key: str, path: str, *, version: int, max_length=255):
    if data.get(key) is None:
        return _omitted(version)
    return fields.text(errors, data[key], f"{path}.{key}", max_length=max_length)


def cost(errors, value, *, version: int) -> CostRecord | None:
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
    return CostRecord(
        amount=amount,
        currency=currency,
        year=fields.year(errors, data.get("year"), "cost.year"),
        covers=_optional_text(errors, data, "covers", "cost", version=version),
    )


def partners(errors, value, *, version: int) -> tuple[PartnerRecord, ...]:
    """Partners by name (any version) or as objects with a role and web page (version 2)."""
    found: list[PartnerRecord] = []
    for position, item in enumerate(fields.items(errors, value, "partners")):
        path = f"partners[{position}]"
        if isinstance(item, dict) and _objects_allowed(errors, item, path, version=version):
            data = fields.mapping(errors, item, path, PARTNER_KEYS)
            partner = PartnerRecord(
                name=fields.text(
                    errors, data.get("name"), f"{path}.name", required=True, max_length=255
                ),
                role=fields.text(
                    errors, data.get("role"), f"{path}.role", max_length=MAX_ROLE_LENGTH
                ),
                url=fields.web_url(
                    errors, data.get("url"), f"{path}.url", max_length=MAX_PAGE_URL_LENGTH
                ),
            )
        elif isinstance(item, dict):
            continue
        else:
            name = fields.text(errors, item, path, required=True, max_length=MAX_NAME_LENGTH)
            omitted = _omitted(version)
            partner = PartnerRecord(name=name, role=omitted, url=omitted)
        # A version 1 line named each partner once; rows of a version 2 line are kept as given.
        if partner.name and (version > 1 or partner.name not in {p.name for p in found}):
            found.append(partner)
    return tuple(found)


def sources(errors, value, *, version: int) -> tuple[SourceRecord, ...]:
    """Sources as addresses (any version) or with a title and date of access (version 2)."""
    found: list[SourceRecord] = []
    for position, item in enumerate(fields.items(errors, value, "sources")):
        path = f"sources[{position}]"
        if isinstance(item, dict) and _objects_allowed(errors, item, path, version=version):
            data = fields.mapping(errors, item, path, SOURCE_KEYS)
            source = SourceRecord(
                url=fields.web_url(errors, data.get("url"), f"{path}.url", required=True),
                title=fields.text(
                    errors, data.get("title"), f"{path}.title", max_length=MAX_NAME_LENGTH
                ),
                accessed=fields.day(errors, data.get("accessed"), f"{path}.accessed"),
            )
        elif isinstance(item, dict):
            continue
        else:
            url = fields.web_url(errors, item, path, required=True)
            source = SourceRecord(url=url, title="", accessed=None, complete=version > 1)
        if source.url and (version > 1 or source.url not in {s.url for s in found}):
            found.append(source)
    return tuple(found)


def _objects_allowed(errors, item: dict, path: str, *, version: int) -> bool:
    if version > 1:
        return True
    errors.add(
        path,
        "wrong_type",
        _('must be a string, not an object (%(value)s); objects here need "format": 2')
        % {"value": shown(item)},
    )
    return False
