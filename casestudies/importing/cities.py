"""Matching the city of a line to the city directory, or adding it there."""

import unicodedata

from django.utils.translation import gettext as _

from wagtail.coreutils import cautious_slugify, find_available_slug
from wagtail.log_actions import log
from wagtail.models import Locale

from academy.models import CityIndexPage, CityPage

from .errors import ImportRefused, shown
from .moderation import SaveMode, finish
from .records import CityRecord


def city_for(record: CityRecord, *, locale: Locale, mode: SaveMode, notes) -> CityPage:
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
