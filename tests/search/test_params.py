"""Reading the search parameters of shared/specs/search-api.md from a query string.

What a user notices: a bookmarked or hand-edited URL always gives a search (unknown values are
dropped, never an error), the links the page builds keep the search, and only a page number
that is not one is refused.
"""

from django.http import QueryDict
from django.utils import translation

import pytest

from search.engines.base import MAX_QUERY_LENGTH
from search.params import MAX_PAGE, BadParameter, parse_search_params, parse_suggest_params

pytestmark = pytest.mark.django_db


def parse(query: str = "", **kwargs):
    return parse_search_params(QueryDict(query), **kwargs)


# -- q -----------------------------------------------------------------------------------------


def test_q_is_cut_to_500_characters():
    params = parse("q=" + "a" * 100_000)
    assert len(params.q) == MAX_QUERY_LENGTH == 500
    assert params.search_request().text == params.q


def test_control_characters_in_q_are_read_as_spaces():
    assert parse("q=green%00roofs%07").q == "green roofs "


def test_q_keeps_every_other_character_as_typed():
    text = 'ciudad "verde NEAR(a b) * : ^ [x] 🌳 مدينة'
    assert parse().q == ""
    query = QueryDict(mutable=True)
    query["q"] = text
    assert parse_search_params(query).q == text


def test_a_repeated_single_parameter_takes_its_first_value():
    params = parse("q=first&q=second&sort=date&sort=relevance&page=2&page=x&lang=es&lang=fr")
    assert (params.q, params.sort, params.page, params.lang) == ("first", "date", 2, "es")


# -- filters -----------------------------------------------------------------------------------


def test_known_filter_values_are_kept_in_order_and_unknown_ones_ignored():
    params = parse(
        "type=casestudy&type=podcast&type=city"
        "&cluster=water-resources&cluster=no-such-cluster"
        "&programme=iurc&programme=<script>"
        "&region=europe&region=atlantis"
        "&size=large&size=huge"
        "&country=dk&country=ZZ&country=DNK&country=208"
        "&sdg=11&sdg=03&sdg=0&sdg=18&sdg=%D9%A3&sdg=3.0&sdg=-1"
        "&tag=anything&status=ongoing&unknown=1"
    )
    assert params.filters == {
        "type": ("casestudy", "city"),
        "cluster": ("water-resources",),
        "programme": ("iurc",),
        "region": ("europe",),
        "size": ("large",),
        "country": ("DK",),
        "sdg": ("11", "3"),
    }


def test_a_filter_with_only_unknown_values_does_not_filter():
    params = parse("cluster=nope&type=&sdg=99")
    assert params.filters == {}
    assert not params.is_filtered


def test_repeated_values_are_counted_once_and_capped():
    params = parse("&".join(["type=city"] * 500 + ["type=course"]))
    assert params.filters["type"] == ("city",)  # the 501st value is past the cap
    params = parse("&".join(f"sdg={n % 17 + 1}" for n in range(40)))
    assert len(params.filters["sdg"]) == 17


def test_filters_reach_the_engine_with_the_language():
    request = parse("q=roofs&type=casestudy&lang=es&sort=date&page=3").search_request()
    assert request.filters == {"type": ("casestudy",), "language": ("es",)}
    assert (request.text, request.sort, request.page) == ("roofs", "date", 3)
    assert not request.query.is_empty


# -- lang ----------------------------------------------------------------------------------------


def test_lang_defaults_to_what_the_site_shows_in_the_language_of_the_request():
    assert parse("q=x").search_request().filters == {"shown": ("en",)}
    with translation.override("es"):
        assert parse("q=x").scope == "es"
    with translation.override("pt"):
        assert parse("q=x").search_request().filters == {"shown": ("pt",)}
    assert parse("q=x", default_language="fr").search_request().filters == {"shown": ("fr",)}


def test_lang_chooses_one_language_or_all_and_unknown_lang_is_the_default():
    assert parse("lang=all").search_request().filters == {}
    assert parse("lang=ALL").language_choice == "all"
    assert parse("lang=FR").search_request().filters == {"language": ("fr",)}
    for hostile in ("de", "../../x", "es,fr", "fr\x00", "%00", "e" * 5000, "shown"):
        params = parse(f"lang={hostile}", default_language="es")
        assert params.language_choice == ""
        assert params.search_request().filters == {"shown": ("es",)}


def test_another_lang_for_the_same_search_starts_on_its_first_page():
    params = parse("q=x&type=city&page=3")
    assert params.search_request(lang="es").filters == {"type": ("city",), "language": ("es",)}
    assert params.search_request(lang="es").page == 1
    assert params.search_request().page == 3


# -- sort and page -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"), [("", "relevance"), ("date", "date"), ("x", "relevance")]
)
def test_sort_is_relevance_unless_date(value, expected):
    assert parse(f"sort={value}").sort == expected


@pytest.mark.parametrize(
    ("value", "expected"), [("", 1), ("1", 1), ("2", 2), ("007", 7), (str(MAX_PAGE), MAX_PAGE)]
)
def test_page_numbers(value, expected):
    assert parse(f"page={value}").page == expected


@pytest.mark.parametrize(
    "value",
    ["0", "-1", "abc", "1.5", "1e3", "%D9%A3", "%2B2", str(MAX_PAGE + 1), "9" * 40, "%00", "2 3"],
)
def test_a_page_that_is_not_a_page_number_is_refused_with_a_clear_message(value):
    with pytest.raises(BadParameter) as raised:
        parse(f"page={value}")
    assert raised.value.code == "invalid_page"
    assert "whole number from 1 to" in raised.value.message


# -- links back to the search --------------------------------------------------------------------


def test_the_query_string_keeps_the_search_and_starts_again_at_page_one():
    params = parse("q=green+roofs&type=city&cluster=water-resources&lang=es&sort=date&page=4")
    assert params.query_string() == (
        "q=green+roofs&type=city&cluster=water-resources&lang=es&sort=date"
    )
    assert params.query_string(page=2).endswith("&page=2")
    assert params.query_string(q="other").startswith("q=other&")
    assert params.query_string(filters={}) == "q=green+roofs&lang=es&sort=date"


def test_defaults_are_left_out_of_links():
    assert parse("sort=relevance&page=1").query_string() == ""


def test_removing_one_filter_value_keeps_the_others():
    params = parse("q=x&type=city&type=course&sdg=11")
    assert params.without("type", "city") == "q=x&type=course&sdg=11"
    assert params.without("sdg", "11") == "q=x&type=city&type=course"


def test_chips_name_each_chosen_filter_with_a_link_without_it():
    chips = parse("q=x&type=city&cluster=water-resources").chips()
    assert [(chip["facet"], chip["label"]) for chip in chips] == [
        ("Content type", "City"),
        ("Thematic cluster", "Water resources"),
    ]
    assert chips[1]["remove_url"] == "?q=x&type=city"


# -- facets --------------------------------------------------------------------------------------


def test_facets_list_the_values_found_and_those_chosen_with_their_counts():
    params = parse("type=lesson&cluster=water-resources")
    facets = {
        facet.name: facet
        for facet in params.facets(
            {
                "type": {"casestudy": 4, "course": 1, "podcast": 9},
                "cluster": {"circular-economy": 2},
                "country": {"DK": 3, "AR": 1, "??": 5},
                "sdg": {"11": 2},
                "language": {"en": 3, "es": 2},
            }
        )
    }
    assert [(o.value, o.count, o.selected) for o in facets["type"].options] == [
        ("course", 1, False),
        ("lesson", 0, True),  # chosen, nothing found: still shown, so it can be unticked
        ("casestudy", 4, False),
    ]
    assert [(o.value, o.selected) for o in facets["cluster"].options] == [
        ("circular-economy", False),
        ("water-resources", True),
    ]
    assert [o.label for o in facets["country"].options] == ["Argentina", "Denmark"]
    assert [o.label for o in facets["sdg"].options] == ["11. Sustainable cities and communities"]
    # No language chosen: the default scope.
    assert [(o.value, o.selected) for o in facets["language"].options] == [
        ("en", False),
        ("es", False),
    ]
    assert facets["region"].options == facets["programme"].options == facets["size"].options == []


def test_facet_labels_are_in_the_interface_language():
    with translation.override("es"):
        params = parse("cluster=water-resources&region=europe")
        facets = {
            facet.name: facet
            for facet in params.facets(
                {"cluster": {"water-resources": 1}, "region": {"europe": 1}, "country": {"DK": 1}}
            )
        }
        assert facets["cluster"].label == "Grupo temático"
        assert facets["cluster"].options[0].label == "Recursos hídricos"
        assert facets["region"].options[0].label == "Europa"
        assert facets["country"].options[0].label == "Dinamarca"


# -- suggestions ---------------------------------------------------------------------------------


def test_suggest_parameters_keep_a_trailing_space_and_follow_lang():
    assert parse_suggest_params(QueryDict("q=green+")) == ("green ", None, "en")
    assert parse_suggest_params(QueryDict("q=gre&lang=all")) == ("gre", None, None)
    assert parse_suggest_params(QueryDict("q=gre&lang=pt")) == ("gre", "pt", None)
    assert parse_suggest_params(QueryDict("q=gre&lang=xx")) == ("gre", None, "en")
    with translation.override("fr"):
        assert parse_suggest_params(QueryDict("q=" + "x" * 9000))[2] == "fr"
    assert len(parse_suggest_params(QueryDict("q=" + "x" * 9000))[0]) == 500
