"""Fixed vocabularies from shared/specs/taxonomy.md: world regions and city size bands."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class WorldRegion(models.TextChoices):
    NORTH_AMERICA = "north-america", _("North America")
    LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean", _("Latin America and the Caribbean")
    EUROPE = "europe", _("Europe")
    OTHER = "other", _("Other regions")


class SizeBand(models.TextChoices):
    SMALL = "small", _("Small (under 250,000)")
    MEDIUM = "medium", _("Medium (250,000 to 1,000,000)")
    LARGE = "large", _("Large (over 1,000,000)")


SMALL_CITY_LIMIT = 250_000
LARGE_CITY_LIMIT = 1_000_000


def size_band_for(population: int | None) -> str:
    """The size band slug for a population, or "" when the population is unknown."""
    if population is None:
        return ""
    if population < SMALL_CITY_LIMIT:
        return SizeBand.SMALL
    if population <= LARGE_CITY_LIMIT:
        return SizeBand.MEDIUM
    return SizeBand.LARGE


def size_band_q(band: str, field: str = "population") -> Q:
    """A filter matching cities of one size band, so the band needs no stored column."""
    if band == SizeBand.SMALL:
        return Q(**{f"{field}__lt": SMALL_CITY_LIMIT})
    if band == SizeBand.MEDIUM:
        return Q(**{f"{field}__gte": SMALL_CITY_LIMIT, f"{field}__lte": LARGE_CITY_LIMIT})
    if band == SizeBand.LARGE:
        return Q(**{f"{field}__gt": LARGE_CITY_LIMIT})
    return Q(pk__in=[])


_NORTH_AMERICA = {"US", "CA", "GL", "PM", "BM"}
_LATIN_AMERICA_CARIBBEAN = set(
    "AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GT GY HN HT JM KN KY "
    "LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI".split()
)
_EUROPE = set(
    "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI "
    "LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK".split()
)


def region_for_country(country_code: str) -> str:
    """The world region of an ISO 3166-1 alpha-2 country code."""
    code = (country_code or "").upper()
    if code in _NORTH_AMERICA:
        return WorldRegion.NORTH_AMERICA
    if code in _LATIN_AMERICA_CARIBBEAN:
        return WorldRegion.LATIN_AMERICA_CARIBBEAN
    if code in _EUROPE:
        return WorldRegion.EUROPE
    return WorldRegion.OTHER
