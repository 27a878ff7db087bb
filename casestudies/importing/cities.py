"""Matching the city of a line to the city directory, or adding it there.

A line's city is matched to an existing city by its GeoNames id, else by its name (ignoring
case and accents) in its country, else as the nearest city of its country within 25 km of its
coordinates; only then is a city added. A city and its translations are one city: the case
study links to the version in the line's language where there is one, and the file's values are
compared with the default-language version, the one the export writes. The directory is never
changed by a line: a value in the file that differs from the stored city is reported, and the
stored value kept.
"""

import math
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from wagtail.coreutils import cautious_slugify, find_available_slug
from wagtail.log_actions import log
from wagtail.models import Locale

from academy.models import CityIndexPage, CityPage
from casestudies.exporting import CITY_FIELDS
from casestudies.selectors import EARTH_RADIUS_KM, haversine_km
from core.localization import pick_version

from .errors import ImportRefused, shown
from .moderation import SaveMode, finish
from .records import CityRecord

MATCH_KM = 25.0
BY_GEONAMES_ID, BY_NAME, BY_DISTANCE = "geonames_id", "name", "distance"


@dataclass(frozen=True)
class CityMatch:
    city: CityPage  # the version the case study links to
    stored: CityPage  # the default-language version: the values the directory keeps
    how: str  # BY_GEONAMES_ID, BY_NAME or BY_DISTANCE
    titles: frozenset[str]  # the city's name in each of its languages
    distance_km: float | None = None


def city_for(record: CityRecord, *, locale: Locale, mode: SaveMode, notes) -> CityPage:
    """The directory's city for ``record``, added if the directory has none; what differs
    between the file and the stored city goes into ``notes``."""
    match = matching_city(record, locale=locale)
    if match is not None:
        note = match_note(match, record)
        if note:
            notes.append(note)
        return match.city
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


def matching_city(record: CityRecord, *, locale: Locale) -> CityMatch | None:
    """The existing city ``record`` names, found as the module docstring says, or None."""
    distance = None
    found, how = _by_geonames_id(record), BY_GEONAMES_ID
    if found is None:
        found, how = _by_name(record), BY_NAME
    if found is None:
        found, distance = _nearby(record)
        how = BY_DISTANCE
    if found is None:
        return None
    versions = list(
        CityPage.objects.filter(translation_key=found.translation_key).only(*CITY_FIELDS)
    )
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    return CityMatch(
        city=pick_version(versions, language_code=locale.language_code, codes=codes),
        stored=pick_version(versions, language_code=settings.LANGUAGE_CODE, codes=codes),
        how=how,
        titles=frozenset(version.title for version in versions),
        distance_km=distance,
    )


def _by_geonames_id(record: CityRecord) -> CityPage | None:
    if record.geonames_id is None:
        return None
    found = CityPage.objects.filter(geonames_id=record.geonames_id).order_by("pk")
    return found.only("translation_key").first()


def comparable(name: str) -> str:
    """A name as it is compared: "  MÉRIDA " is "merida"."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def _by_name(record: CityRecord) -> CityPage | None:
    wanted = comparable(record.name)
    for city in (
        CityPage.objects.filter(country=record.country)
        .order_by("pk")
        .only("title", "translation_key")
    ):
        if comparable(city.title) == wanted:
            return city
    return None


def _nearby(record: CityRecord) -> tuple[CityPage | None, float | None]:
    """The nearest city of the record's country within :data:`MATCH_KM`, and how far it is."""
    if record.lat is None or record.lon is None:
        return None, None
    # A box around the point first, so only a few cities are measured.
    lat_margin = math.degrees(MATCH_KM / EARTH_RADIUS_KM)
    cities = CityPage.objects.filter(
        country=record.country,
        latitude__range=(record.lat - Decimal(lat_margin), record.lat + Decimal(lat_margin)),
    ).only("latitude", "longitude", "translation_key")
    scale = math.cos(math.radians(float(record.lat)))
    if scale > 0.05 and abs(record.lon) + Decimal(lat_margin / scale) < 180:
        margin = Decimal(lat_margin / scale)
        cities = cities.filter(longitude__range=(record.lon - margin, record.lon + margin))
    measured = [
        (haversine_km(record.lat, record.lon, city.latitude, city.longitude), city.pk, city)
        for city in cities
    ]
    within = [item for item in measured if item[0] <= MATCH_KM]
    if not within:
        return None, None
    distance, _pk, city = min(within, key=lambda item: item[:2])
    return city, distance


# What the file says that the directory does not ----------------------------------------------


def match_note(match: CityMatch, record: CityRecord) -> str:
    """``city: matched New York City (US) 8.4 km away; population in the file ...``, or ""
    when the file names the city as stored and says nothing that differs."""
    stored = match.stored
    named = {"city": stored.title, "country": stored.country.code}
    differences = _differences(match, record)
    if match.how == BY_DISTANCE:
        intro = _("matched %(city)s (%(country)s) %(distance)s km away") % {
            **named,
            "distance": _km(match.distance_km),
        }
    elif record.name in match.titles and not differences:
        return ""
    elif match.how == BY_GEONAMES_ID and record.name not in match.titles:
        intro = _("matched %(city)s (%(country)s) by its GeoNames id") % named
    elif record.name not in match.titles:
        intro = _("matched %(city)s (%(country)s), ignoring case and accents") % named
    else:
        intro = _("matched %(city)s (%(country)s)") % named
    return "city: " + "; ".join([intro, *differences])


def _differences(match: CityMatch, record: CityRecord) -> list[str]:
    stored = match.stored
    found = []
    if record.country != stored.country.code:
        found.append(_differs(_("country"), record.country, stored.country.code))
    for label, given, kept, grouped in (
        (_("population"), record.population, stored.population, True),
        (_("GeoNames id"), record.geonames_id, stored.geonames_id, False),
    ):
        if given is not None and given != kept:
            found.append(_differs(label, _number(given, grouped), _number(kept, grouped)))
    moved = record.lat is not None and (record.lat, record.lon) != (
        stored.latitude,
        stored.longitude,
    )
    if moved and match.how != BY_DISTANCE:
        distance = haversine_km(record.lat, record.lon, stored.latitude, stored.longitude)
        found.append(
            _(
                "the coordinates in the file are %(distance)s km from the stored ones, kept the "
                "stored ones"
            )
            % {"distance": _km(distance)}
        )
    return found


def _differs(label: str, given, kept) -> str:
    if kept is None:
        return _(
            "%(field)s in the file is %(given)s but the stored city has none, left it empty"
        ) % {
            "field": label,
            "given": given,
        }
    return _(
        "%(field)s in the file %(given)s differs from the stored %(kept)s, kept the stored value"
    ) % {
        "field": label,
        "given": given,
        "kept": kept,
    }


def _number(value, grouped: bool):
    if value is None:
        return None
    return number_format(value, force_grouping=True) if grouped else str(value)


def _km(distance: float) -> str:
    return number_format(round(distance, 1), decimal_pos=1)


# Adding a city --------------------------------------------------------------------------------


def _create_city(record: CityRecord, *, mode: SaveMode) -> CityPage:
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
        geonames_id=record.geonames_id,
        population=record.population,
        population_source="",
        latitude=record.lat,
        longitude=record.lon,
        live=False,
    )
    directory.add_child(instance=city)
    log(instance=city, action="wagtail.create", user=mode.user)
    finish(city, city.save_revision(user=mode.user, log_action=True), mode=mode)
    return city
