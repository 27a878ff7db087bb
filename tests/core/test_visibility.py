"""The one rule for "public": live, no view restriction, every ancestor live and public."""

from wagtail.models import PageViewRestriction

import pytest

from academy.models import CityPage
from core.visibility import hidden_q, is_visible, visible

pytestmark = pytest.mark.django_db


def _titles(queryset):
    return sorted(queryset.values_list("title", flat=True))


@pytest.fixture
def cities(make_city):
    return {name: make_city(name) for name in ("Rosario", "Cali", "Renca")}


def test_live_pages_under_a_live_public_tree_are_visible(cities):
    assert _titles(visible(CityPage.objects.all())) == ["Cali", "Renca", "Rosario"]
    assert all(is_visible(city) for city in cities.values())


def test_a_draft_is_hidden(cities):
    cities["Cali"].unpublish()
    assert _titles(visible(CityPage.objects.all())) == ["Renca", "Rosario"]
    assert not is_visible(CityPage.objects.get(title="Cali"))


def test_a_live_page_under_an_unpublished_parent_is_hidden(cities, city_index):
    city_index.unpublish()
    assert CityPage.objects.live().count() == 3  # Wagtail still calls them live
    assert _titles(visible(CityPage.objects.all())) == []
    assert not is_visible(CityPage.objects.get(title="Rosario"))


@pytest.mark.parametrize("restriction", ["password", "login"])
def test_a_restriction_on_the_page_or_an_ancestor_hides_it(cities, city_index, restriction):
    PageViewRestriction.objects.create(
        page=cities["Renca"], restriction_type=restriction, password="secret"
    )
    assert _titles(visible(CityPage.objects.all())) == ["Cali", "Rosario"]
    PageViewRestriction.objects.create(
        page=city_index, restriction_type=restriction, password="secret"
    )
    assert _titles(visible(CityPage.objects.all())) == []
    assert not is_visible(CityPage.objects.get(title="Cali"))


def test_the_rule_is_built_once_and_reused(cities, django_assert_num_queries):
    with django_assert_num_queries(2):
        hidden = hidden_q()
    with django_assert_num_queries(1):
        assert len(visible(CityPage.objects.all(), hidden)) == 3
