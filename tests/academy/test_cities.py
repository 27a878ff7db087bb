"""City facts: region from the country, size band from the population, valid coordinates."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from academy.models import CityPage
from academy.taxonomy import SizeBand, WorldRegion, region_for_country, size_band_for
from tests.admin_forms import admin_form_data


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("AR", WorldRegion.LATIN_AMERICA_CARIBBEAN),
        ("JM", WorldRegion.LATIN_AMERICA_CARIBBEAN),
        ("US", WorldRegion.NORTH_AMERICA),
        ("CA", WorldRegion.NORTH_AMERICA),
        ("DE", WorldRegion.EUROPE),
        ("PL", WorldRegion.EUROPE),
        ("JP", WorldRegion.OTHER),
    ],
)
def test_region_is_derived_from_the_country_when_blank(make_city, country, region):
    city = make_city("Somewhere", country=country, region="")
    city.refresh_from_db()
    assert city.region == region


def test_region_set_by_an_editor_is_kept(make_city):
    # Greenland is in North America by default; an editor may decide otherwise.
    city = make_city("Nuuk", country="GL", region=WorldRegion.EUROPE)
    city.refresh_from_db()
    assert city.region == WorldRegion.EUROPE


def test_region_lookup_ignores_case_and_blank():
    assert region_for_country("ar") == WorldRegion.LATIN_AMERICA_CARIBBEAN
    assert region_for_country("") == WorldRegion.OTHER


def test_full_clean_fills_in_the_region(city_index):
    city = CityPage(title="Lyon", slug="lyon", country="FR", latitude=Decimal("45.75"), longitude=4)
    city.full_clean(exclude=["path", "depth", "url_path", "draft_title", "translation_key"])
    assert city.region == WorldRegion.EUROPE


@pytest.mark.parametrize(
    ("population", "band"),
    [
        (0, SizeBand.SMALL),
        (249_999, SizeBand.SMALL),
        (250_000, SizeBand.MEDIUM),
        (1_000_000, SizeBand.MEDIUM),
        (1_000_001, SizeBand.LARGE),
        (None, ""),
    ],
)
def test_size_band_boundaries(population, band):
    assert size_band_for(population) == band
    assert CityPage(population=population).size_band == band


def test_size_band_label_is_shown_for_known_population_only():
    assert CityPage(population=1_000_001).get_size_band_display() == "Large (over 1,000,000)"
    assert CityPage(population=None).get_size_band_display() == ""


def _city(**overrides):
    fields = {
        "title": "Rosario",
        "slug": "rosario",
        "country": "AR",
        "latitude": Decimal("-32.9468"),
        "longitude": Decimal("-60.6393"),
    }
    return CityPage(**{**fields, **overrides})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("latitude", Decimal(91)),
        ("latitude", Decimal(-91)),
        ("longitude", Decimal(181)),
        ("longitude", Decimal(-181)),
    ],
)
def test_coordinates_out_of_range_are_refused(db, field, value):
    with pytest.raises(ValidationError) as error:
        _city(**{field: value}).full_clean()
    assert field in error.value.message_dict


@pytest.mark.parametrize(
    ("latitude", "longitude"), [(90, 180), (-90, -180), (0, 0), ("-54.80191", "-68.30295")]
)
def test_coordinates_at_the_limits_are_accepted(city_index, latitude, longitude):
    city = _city(latitude=Decimal(str(latitude)), longitude=Decimal(str(longitude)))
    city_index.add_child(instance=city)
    city.refresh_from_db()
    assert city.latitude == Decimal(str(latitude))


def test_saving_a_city_with_an_impossible_latitude_fails(city_index):
    with pytest.raises(ValidationError):
        city_index.add_child(instance=_city(latitude=Decimal(91)))
    assert not CityPage.objects.exists()


# In the Wagtail admin ------------------------------------------------------------------------


@pytest.fixture
def city_form(admin_client, city_index):
    """POST data of the admin's "add city" form, filled in with a valid city."""
    url = reverse("wagtailadmin_pages:add", args=("academy", "citypage", city_index.pk))
    data = admin_form_data(admin_client.get(url))
    data.update(
        title="Rosario",
        slug="rosario",
        country="AR",
        population="948312",
        latitude="-32.9468",
        longitude="-60.6393",
    )
    return url, data


def test_admin_creates_a_valid_city_with_its_derived_region(admin_client, city_form):
    url, data = city_form
    response = admin_client.post(url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302, response.content.decode()[:2000]
    city = CityPage.objects.get(slug="rosario")
    assert city.live
    assert city.region == WorldRegion.LATIN_AMERICA_CARIBBEAN


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("latitude", "91", "Ensure this value is less than or equal to 90."),
        ("longitude", "-181", "Ensure this value is greater than or equal to -180."),
        ("latitude", "north", "Enter a number."),
        ("country", "ZZ", "Select a valid choice."),
        ("population", "-5", "Ensure this value is greater than or equal to 0."),
        ("population", "9" * 30, "Ensure this value is less than or equal to"),
        ("region", "mars", "Select a valid choice."),
        ("image", "999999", "Select a valid choice."),
        ("image", "not-an-id", "Select a valid choice."),
    ],
)
def test_admin_refuses_a_city_with_bad_facts(admin_client, city_form, field, value, message):
    url, data = city_form
    response = admin_client.post(url, {**data, field: value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CityPage.objects.exists()
