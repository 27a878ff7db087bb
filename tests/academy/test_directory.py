"""Directory listings: /cities/, /clusters/ and /pairings/ filter, count, survive bad input."""

import re
from html import unescape
from urllib.parse import parse_qs, urlencode

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from academy.models import ClusterIndexPage, PairingIndexPage
from academy.selectors import CITIES_PER_PAGE

CF, EUCG, IURC = "cities-forward", "eu-cities-gateway", "iurc"
WATER, NATURE, CIRCULAR = "water-resources", "nature-based-solutions", "circular-economy"

# name, country, population, lat, lon, programmes, clusters
CITIES = [
    ("Rosario", "AR", 948_312, -32.95, -60.64, [CF], [WATER, NATURE]),
    ("Chattanooga", "US", 181_099, 35.05, -85.31, [CF], ["sustainable-mobility"]),
    ("Lyon", "FR", 522_969, 45.75, 4.85, [EUCG], [CIRCULAR, NATURE]),
    ("Dubuque", "US", 59_667, 42.50, -90.66, [CF, EUCG], ["digital-innovation"]),
    ("Manaus", "BR", 1_802_014, -3.10, -60.03, [CF], [WATER]),
    ("Osaka", "JP", 2_592_413, 34.69, 135.50, [IURC], []),
    ("Freeport", "BS", None, 26.53, -78.70, [CF], []),
]
ALL = sorted(name for name, *_rest in CITIES)


@pytest.fixture
def directory(make_city):
    for name, country, population, lat, lon, programmes, clusters in CITIES:
        make_city(
            name,
            country=country,
            population=population,
            lat=lat,
            lon=lon,
            programmes=programmes,
            clusters=clusters,
        )
    return "/cities/"


def listed(response):
    """Titles of the city cards on the page, in order (and as many cards in the HTML)."""
    assert response.status_code == 200
    titles = [city.title for city in response.context["cities"]]
    assert response.content.decode().count('class="card card--city"') == len(titles)
    return titles


def map_dots(response):
    return response.content.decode().count('class="city-dot"')


def facet(response, name):
    """{value: count} of one facet's options as offered to the user."""
    (found,) = [f for f in response.context["listing"].facets if f.name == name]
    return {option.value: option.count for option in found.options}


def get(client, path, params=None):
    query = urlencode(params or {}, doseq=True)
    return client.get(f"{path}?{query}" if query else path)


# Filters ------------------------------------------------------------------------------------


def test_unfiltered_directory_lists_every_live_city(client, directory):
    response = client.get(directory)
    assert listed(response) == ALL
    assert response.context["total_count"] == len(ALL)
    html = response.content.decode()
    for name in ALL:
        assert name in html


def test_draft_city_is_not_listed_or_counted(client, directory, make_city):
    draft = make_city("Hoboken", country="US", lat=40.74, lon=-74.03)
    draft.unpublish()
    response = client.get(directory)
    assert "Hoboken" not in listed(response)
    assert facet(response, "country")["US"] == 2
    assert "Hoboken" not in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"region": "latin-america-caribbean"}, ["Freeport", "Manaus", "Rosario"]),
        (
            {"region": ["latin-america-caribbean", "europe"]},
            ["Freeport", "Lyon", "Manaus", "Rosario"],
        ),
        ({"country": "US"}, ["Chattanooga", "Dubuque"]),
        ({"country": ["US", "JP"]}, ["Chattanooga", "Dubuque", "Osaka"]),
        ({"programme": "eu-cities-gateway"}, ["Dubuque", "Lyon"]),
        ({"programme": "iurc"}, ["Osaka"]),
        ({"cluster": "water-resources"}, ["Manaus", "Rosario"]),
        ({"cluster": ["water-resources", "circular-economy"]}, ["Lyon", "Manaus", "Rosario"]),
        ({"size": "small"}, ["Chattanooga", "Dubuque"]),
        ({"size": "medium"}, ["Lyon", "Rosario"]),
        ({"size": "large"}, ["Manaus", "Osaka"]),
        ({"size": ["small", "large"]}, ["Chattanooga", "Dubuque", "Manaus", "Osaka"]),
        # AND across facets
        ({"region": "north-america", "programme": "eu-cities-gateway"}, ["Dubuque"]),
        ({"programme": "cities-forward", "size": "medium"}, ["Rosario"]),
        ({"region": "europe", "cluster": "water-resources"}, []),
        (
            {"region": ["europe", "latin-america-caribbean"], "cluster": "nature-based-solutions"},
            ["Lyon", "Rosario"],
        ),
    ],
)
def test_filters(client, directory, params, expected):
    response = get(client, directory, params)
    assert listed(response) == expected
    assert response.context["total_count"] == len(expected)


def test_city_in_two_selected_values_is_listed_once(client, directory):
    """OR within a facet over a many-to-many field must not repeat a city."""
    response = get(client, directory, {"cluster": ["water-resources", "nature-based-solutions"]})
    assert listed(response) == ["Lyon", "Manaus", "Rosario"]
    assert response.context["total_count"] == 3
    assert map_dots(response) == 3

    response = get(client, directory, {"programme": ["cities-forward", "eu-cities-gateway"]})
    names = listed(response)
    assert names == ["Chattanooga", "Dubuque", "Freeport", "Lyon", "Manaus", "Rosario"]
    assert response.context["total_count"] == 6


def test_size_facet_counts_a_city_once_across_two_programmes(client, directory):
    response = get(client, directory, {"programme": ["cities-forward", "eu-cities-gateway"]})
    # small: Chattanooga, Dubuque (Dubuque is in both programmes and is still one city)
    assert facet(response, "size") == {"small": 2, "medium": 2, "large": 1}


def test_size_band_boundaries_in_the_filter(client, make_city):
    for population in (249_999, 250_000, 1_000_000, 1_000_001):
        make_city(f"Pop {population}", population=population)
    make_city("Pop unknown", population=None)
    assert listed(get(client, "/cities/", {"size": "small"})) == ["Pop 249999"]
    assert listed(get(client, "/cities/", {"size": "medium"})) == ["Pop 1000000", "Pop 250000"]
    assert listed(get(client, "/cities/", {"size": "large"})) == ["Pop 1000001"]


def test_facet_counts_ignore_their_own_filter_and_apply_the_others(client, directory):
    response = get(client, directory, {"region": "europe"})
    assert listed(response) == ["Lyon"]
    # Other regions stay offered with their full counts, so the user can widen the choice.
    assert facet(response, "region") == {
        "north-america": 2,
        "latin-america-caribbean": 3,
        "europe": 1,
        "other": 1,
    }
    # Other facets count only European cities.
    assert facet(response, "programme") == {"eu-cities-gateway": 1}
    assert facet(response, "country") == {"FR": 1}
    assert facet(response, "size") == {"medium": 1}


def test_selected_options_are_marked_and_shown_as_removable_chips(client, directory):
    response = get(client, directory, {"region": "europe", "size": "medium"})
    listing = response.context["listing"]
    selected = {(f.name, o.value) for f in listing.facets for o in f.options if o.selected}
    assert selected == {("region", "europe"), ("size", "medium")}
    remove_urls = sorted(chip["remove_url"] for chip in listing.chips)
    assert remove_urls == ["?region=europe", "?size=medium"]


def test_filters_survive_pagination(client, make_city):
    for number in range(2 * CITIES_PER_PAGE + 12):
        make_city(f"City {number:02d}", country="US" if number % 2 else "MX")
    first = get(client, "/cities/", {"country": "US"})
    assert first.context["total_count"] == CITIES_PER_PAGE + 6
    next_links = re.findall(r'<a href="([^"]*)" rel="next"', first.content.decode())
    assert len(next_links) == 1
    next_query = parse_qs(unescape(next_links[0]).lstrip("?"))
    assert next_query == {"country": ["US"], "page": ["2"]}
    second = get(client, "/cities/", next_query)
    names = listed(second)
    assert len(names) == 6
    assert all(int(name[-2:]) % 2 for name in names)


def test_pages_split_the_listing_but_the_map_shows_every_filtered_city(client, make_city):
    for number in range(CITIES_PER_PAGE + 6):
        make_city(f"City {number:02d}")
    first = client.get("/cities/")
    second = get(client, "/cities/", {"page": "2"})
    assert len(listed(first)) == CITIES_PER_PAGE
    assert len(listed(second)) == 6
    assert set(listed(first)).isdisjoint(listed(second))
    assert len(first.context["map"]["points"]) == CITIES_PER_PAGE + 6
    assert map_dots(first) == map_dots(second) == CITIES_PER_PAGE + 6


def test_map_has_one_dot_per_filtered_city(client, directory):
    response = get(client, directory, {"region": "north-america"})
    assert map_dots(response) == 2
    points = response.context["map"]["points"]
    assert sorted(point["city"].title for point in points) == ["Chattanooga", "Dubuque"]
    for point in points:
        assert 0 <= point["x"] <= 1000
        assert 0 <= point["y"] <= 500


def test_map_places_cities_by_their_coordinates(client, directory):
    response = get(client, directory, {"country": "JP"})
    (osaka,) = response.context["map"]["points"]
    assert osaka["x"] == pytest.approx((135.50 + 180) / 360 * 1000, abs=0.1)
    assert osaka["y"] == pytest.approx((90 - 34.69) / 180 * 500, abs=0.1)


# Hostile and malformed input ----------------------------------------------------------------

IGNORED = [
    {"region": "mars"},
    {"region": "EUROPE"},
    {"region": ""},
    {"size": ""},
    {"size": "huge"},
    {"country": "ZZ"},
    {"country": "us"},
    {"country": "ÄÖ"},
    {"cluster": "\x00"},
    {"cluster": "water-resources\x00"},
    {"programme": "' OR 1=1 --"},
    {"programme": "<script>alert(1)</script>"},
    {"region[]": "europe"},
    {"page": "abc"},
    {"page": "-1"},
    {"page": "0"},
    {"page": "1e9"},
    {"page": "\x00"},
    {"region": "x" * 10_000},
    {"country": "€" * 2_000},
    {"unknown": "value"},
]


@pytest.mark.parametrize("params", IGNORED, ids=lambda p: repr(p)[:40])
def test_unknown_and_malformed_values_are_ignored(client, directory, params):
    response = get(client, directory, params)
    assert response.status_code == 200
    assert listed(response) == ALL
    assert not response.context["listing"].is_filtered
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_page_beyond_the_end_shows_the_last_page(client, directory):
    response = get(client, directory, {"page": "99999"})
    assert listed(response) == ALL


def test_valid_and_unknown_values_together_keep_the_valid_one(client, directory):
    response = get(client, directory, {"region": ["mars", "europe", "europe"]})
    assert listed(response) == ["Lyon"]


def test_thousand_repeated_unknown_values(client, directory):
    response = get(client, directory, {"region": [f"mars-{n}" for n in range(1000)]})
    assert listed(response) == ALL


def test_thousand_repeated_valid_values(client, directory):
    response = get(client, directory, {"region": ["europe"] * 1000, "size": ["large"] * 1000})
    assert response.status_code == 200
    assert listed(response) == []
    response = get(client, directory, {"country": ["FR"] * 1000})
    assert listed(response) == ["Lyon"]


def test_query_string_bytes_that_are_not_utf8(client, directory):
    response = client.get(directory, QUERY_STRING="region=%ff%fe&page=%c3%28")
    assert response.status_code == 200
    assert listed(response) == ALL


def test_directory_post_is_not_an_error(client, directory):
    response = client.post(directory, {"region": "europe"})
    assert response.status_code in (200, 405)


# Query budget -------------------------------------------------------------------------------


QUERY_BUDGET = 40


def _queries_for(client, path):
    client.get(path)  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    assert len(captured) <= QUERY_BUDGET, f"{path}: {len(captured)} queries"
    return len(captured)


def test_directory_costs_the_same_for_5_and_50_cities(
    client, make_city, django_assert_max_num_queries
):
    clusters = ["water-resources", "circular-economy"]
    for number in range(5):
        make_city(f"A{number:02d}", programmes=["cities-forward"], clusters=clusters)
    with django_assert_max_num_queries(QUERY_BUDGET):
        client.get("/cities/")
    with_5 = _queries_for(client, "/cities/")
    for number in range(45):
        country = ["US", "MX", "FR", "BR"][number % 4]
        make_city(f"B{number:02d}", country=country, programmes=["iurc"], clusters=clusters)
    with_50 = _queries_for(client, "/cities/")
    assert with_50 == with_5
    filtered = "/cities/?region=europe&programme=iurc&size=medium&page=2"
    with django_assert_max_num_queries(with_5 + 2):
        client.get(filtered)


# /clusters/ ---------------------------------------------------------------------------------


@pytest.fixture
def cluster_index(home):
    return home.add_child(instance=ClusterIndexPage(title="Thematic clusters", slug="clusters"))


def test_cluster_overview_lists_every_cluster_with_counts(client, directory, cluster_index):
    response = client.get("/clusters/")
    assert response.status_code == 200
    counts = {row["cluster"].slug: row["city_count"] for row in response.context["clusters"]}
    assert len(counts) == 7
    assert counts["water-resources"] == 2
    assert counts["nature-based-solutions"] == 2
    assert counts["affordable-housing"] == 0
    assert "Water resources" in response.content.decode()


def test_cluster_hub_lists_its_cities_and_pairings(
    client, directory, cluster_index, make_pairing, cluster
):
    from academy.models import CityPage

    rosario, manaus = CityPage.objects.filter(title__in=["Rosario", "Manaus"]).order_by("title")
    make_pairing(
        "iurc", rosario, manaus, name="River cities", clusters=[cluster("water-resources")]
    )
    response = client.get("/clusters/water-resources/")
    assert response.status_code == 200
    assert [c.title for c in response.context["cluster_cities"]] == ["Manaus", "Rosario"]
    assert [p["title"] for p in response.context["cluster_pairings"]] == ["River cities"]
    assert len(response.context["map"]["points"]) == 2
    html = response.content.decode()
    assert "River cities" in html
    assert "Lyon" not in html.split("<main", 1)[-1]


@pytest.mark.parametrize(
    "path",
    [
        "/clusters/mars/",
        "/clusters/WATER-RESOURCES/",
        "/clusters/%00/",
        "/clusters/water-resources/extra/",
        "/clusters/" + "x" * 5000 + "/",
        "/clusters/%E2%82%AC/",
    ],
)
def test_unknown_cluster_is_404(client, cluster_index, path):
    response = client.get(path)
    assert response.status_code == 404


def test_cluster_hub_query_budget(client, cluster_index, make_city, make_pairing, cluster):
    cities = [
        make_city(f"C{n:02d}", clusters=["water-resources"], programmes=["iurc"]) for n in range(4)
    ]
    make_pairing("iurc", cities[0], cities[1], clusters=[cluster("water-resources")])
    with_few = _queries_for(client, "/clusters/water-resources/")
    more = [
        make_city(f"D{n:02d}", clusters=["water-resources"], programmes=["iurc"]) for n in range(20)
    ]
    for first, second in zip(more[::2], more[1::2], strict=True):
        make_pairing("iurc", first, second, clusters=[cluster("water-resources")])
    assert _queries_for(client, "/clusters/water-resources/") == with_few


# /pairings/ ---------------------------------------------------------------------------------


@pytest.fixture
def pairings(home, make_city, make_pairing, cluster):
    home.add_child(instance=PairingIndexPage(title="Pairings", slug="pairings"))
    rosario = make_city("Rosario")
    chattanooga = make_city("Chattanooga", country="US")
    lyon = make_city("Lyon", country="FR")
    dubuque = make_city("Dubuque", country="US")
    make_pairing(
        "cities-forward",
        rosario,
        chattanooga,
        name="Rosario – Chattanooga",
        clusters=[cluster("water-resources")],
    )
    make_pairing(
        "eu-cities-gateway",
        lyon,
        chattanooga,
        dubuque,
        name="Lyon network",
        clusters=[cluster("circular-economy"), cluster("water-resources")],
        status="planned",
    )
    make_pairing("iurc", lyon, rosario, name="Lyon – Rosario", status="completed")
    return "/pairings/"


def pairing_titles(response):
    assert response.status_code == 200
    return [item["title"] for group in response.context["groups"] for item in group["pairings"]]


def test_pairings_grouped_by_programme(client, pairings):
    response = client.get(pairings)
    groups = response.context["groups"]
    assert [group["programme"].slug for group in groups] == [
        "cities-forward",
        "eu-cities-gateway",
        "iurc",
    ]
    assert pairing_titles(response) == ["Rosario – Chattanooga", "Lyon network", "Lyon – Rosario"]
    html = response.content.decode()
    for title in ("Rosario – Chattanooga", "Lyon network", "Lyon – Rosario"):
        assert title in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"programme": "iurc"}, ["Lyon – Rosario"]),
        ({"programme": ["iurc", "cities-forward"]}, ["Rosario – Chattanooga", "Lyon – Rosario"]),
        ({"cluster": "water-resources"}, ["Rosario – Chattanooga", "Lyon network"]),
        (
            {"cluster": ["water-resources", "circular-economy"]},
            ["Rosario – Chattanooga", "Lyon network"],
        ),
        ({"status": "planned"}, ["Lyon network"]),
        ({"status": "completed", "programme": "cities-forward"}, []),
        ({"programme": "mars"}, ["Rosario – Chattanooga", "Lyon network", "Lyon – Rosario"]),
        (
            {"status": "\x00", "page": "abc"},
            ["Rosario – Chattanooga", "Lyon network", "Lyon – Rosario"],
        ),
        ({"cluster": "y" * 10_000}, ["Rosario – Chattanooga", "Lyon network", "Lyon – Rosario"]),
    ],
)
def test_pairing_filters(client, pairings, params, expected):
    response = get(client, pairings, params)
    assert pairing_titles(response) == expected
    assert response.context["total_count"] == len(expected)


def test_pairing_facet_counts_ignore_their_own_filter(client, pairings):
    response = get(client, pairings, {"programme": "iurc"})
    assert facet(response, "programme") == {
        "cities-forward": 1,
        "eu-cities-gateway": 1,
        "iurc": 1,
    }
    assert facet(response, "status") == {"completed": 1}


def test_pairing_without_a_name_is_titled_by_its_cities(client, pairings, make_city, make_pairing):
    make_pairing("iurc", make_city("Bologna", country="IT"), make_city("Austin", country="US"))
    titles = pairing_titles(get(client, pairings, {"programme": "iurc"}))
    assert "Bologna – Austin" in titles


def test_pairing_directory_query_budget(client, pairings, make_city, make_pairing, cluster):
    with_3 = _queries_for(client, pairings)
    for number in range(15):
        make_pairing(
            "iurc",
            make_city(f"E{number:02d}", country="IT"),
            make_city(f"F{number:02d}", country="US"),
            clusters=[cluster("water-resources")],
        )
    assert _queries_for(client, pairings) == with_3
