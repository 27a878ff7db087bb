"""Cluster hubs (/clusters/<slug>/) and city profiles list their case studies and best
practices, in the page's language, with links to the filtered library."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from academy.models import ClusterIndexPage
from casestudies.listings import SHORT_LIST

WATER, MOBILITY = "water-resources", "sustainable-mobility"


@pytest.fixture
def cluster_index(home):
    index = ClusterIndexPage(title="Thematic clusters", slug="clusters")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def places(make_city):
    return {
        "rosario": make_city("Rosario", country="AR"),
        "lyon": make_city("Lyon", country="FR", lat=45.75, lon=4.85),
    }


@pytest.fixture
def content(places, make_case_study, make_best_practice):
    rosario, lyon = places["rosario"], places["lyon"]
    parks = make_case_study(
        "Cloudburst parks", city=rosario, clusters=[WATER], status="ongoing", start_year=2019
    )
    buses = make_case_study("Bus lanes", city=rosario, clusters=[MOBILITY], sdgs=[11])
    markets = make_case_study("Water markets", city=lyon, clusters=[WATER])
    make_case_study("Draft sewer plan", city=rosario, clusters=[WATER], live=False)
    retention = make_best_practice(
        "Retention parks", clusters=[WATER], case_studies=[parks], adopted_by=[(lyon, 2022, "")]
    )
    bus_data = make_best_practice(
        "Open bus data",
        clusters=[MOBILITY],
        case_studies=[buses],
        adopted_by=[(rosario, 2020, "Started with two lines")],
    )
    make_best_practice(
        "Draft practice", clusters=[WATER], adopted_by=[(rosario, 2019, "")], live=False
    )
    return {
        "parks": parks,
        "buses": buses,
        "markets": markets,
        "retention": retention,
        "bus_data": bus_data,
    }


def card_titles(html, kind):
    pattern = (
        rf'<article class="card card--library card--{kind}">\s*'
        r'<h\d class="card__title">\s*<a href="[^"]+">([^<]+)</a>'
    )
    return [unescape(title) for title in re.findall(pattern, html)]


def link_to(html, path):
    """The query of the link to ``path`` on the page, as a dict."""
    match = re.search(rf'href="({re.escape(path)}\?[^"]*)"', html)
    assert match, f"no link to {path}"
    return parse_qs(urlsplit(unescape(match.group(1))).query)


# Cluster hub --------------------------------------------------------------------------------


def test_hub_lists_its_clusters_case_studies_and_practices(client, cluster_index, content):
    response = client.get(f"/clusters/{WATER}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert sorted(card_titles(html, "case-study")) == ["Cloudburst parks", "Water markets"]
    assert card_titles(html, "best-practice") == ["Retention parks"]
    assert "Draft sewer plan" not in html
    assert "Draft practice" not in html
    assert "Bus lanes" not in html
    assert link_to(html, "/case-studies/") == {"cluster": [WATER]}
    assert link_to(html, "/best-practices/") == {"cluster": [WATER]}
    assert "See all 2 case studies in the library" in html
    assert "See 1 best practice in the library" in html


def test_hub_link_opens_the_same_case_studies_in_the_library(client, cluster_index, content):
    html = client.get(f"/clusters/{WATER}/").content.decode()
    query = link_to(html, "/case-studies/")
    listing = client.get("/case-studies/", query)
    assert sorted(p.title for p in listing.context["case_studies"]) == [
        "Cloudburst parks",
        "Water markets",
    ]


def test_hub_shows_a_few_cards_and_counts_them_all(client, cluster_index, places, make_case_study):
    for number in range(SHORT_LIST + 2):
        make_case_study(f"Water case {number}", city=places["lyon"], clusters=[WATER])
    html = client.get(f"/clusters/{WATER}/").content.decode()
    assert len(card_titles(html, "case-study")) == SHORT_LIST
    assert f"See all {SHORT_LIST + 2} case studies in the library" in html


def test_hub_without_library_pages_still_renders(client, cluster_index, make_city):
    make_city("Rosario", clusters=[WATER])
    response = client.get(f"/clusters/{WATER}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "No case study on this theme has been published yet." in html
    assert "No best practice on this theme has been published yet." in html
    assert "/case-studies/?" not in html


def test_spanish_hub_lists_spanish_pages_and_links_the_spanish_library(
    client, cluster_index, content, translate
):
    translate(cluster_index, "es", title="Grupos temáticos")
    translate(content["parks"], "es", title="Parques para tormentas")
    translate(content["retention"], "es", title="Parques de retención")
    html = client.get(f"/es/clusters/{WATER}/").content.decode()
    assert card_titles(html, "case-study") == ["Parques para tormentas"]
    assert card_titles(html, "best-practice") == ["Parques de retención"]
    assert link_to(html, "/es/case-studies/") == {"cluster": [WATER]}
    assert "Water markets" not in html


def test_private_case_studies_stay_off_the_hub(client, cluster_index, content):
    PageViewRestriction.objects.create(
        page=content["markets"], restriction_type=PageViewRestriction.LOGIN
    )
    html = client.get(f"/clusters/{WATER}/").content.decode()
    assert card_titles(html, "case-study") == ["Cloudburst parks"]


# City profile -------------------------------------------------------------------------------


def test_city_lists_its_case_studies_and_adopted_practices_with_the_year(client, content):
    html = client.get("/cities/rosario/").content.decode()
    assert sorted(card_titles(html, "case-study")) == ["Bus lanes", "Cloudburst parks"]
    # Retention parks is shown in a Rosario case study but adopted by Lyon only.
    assert card_titles(html, "best-practice") == ["Open bus data"]
    assert "Adopted in 2020" in html
    assert "Started with two lines" in html
    assert "Draft sewer plan" not in html
    assert "Draft practice" not in html
    assert link_to(html, "/case-studies/") == {"city": ["rosario"]}
    assert link_to(html, "/best-practices/") == {"city": ["rosario"]}


def test_city_lists_a_practice_it_adopted_from_a_case_study_elsewhere(client, content):
    html = client.get("/cities/lyon/").content.decode()
    assert card_titles(html, "case-study") == ["Water markets"]
    assert card_titles(html, "best-practice") == ["Retention parks"]
    assert "Adopted in 2022" in html


def test_city_with_nothing_in_the_library(client, content, make_city):
    make_city("Quito", country="EC")
    html = client.get("/cities/quito/").content.decode()
    assert "No case study from Quito has been published yet." in html
    assert "Quito has not reported adopting a best practice yet." in html


def test_spanish_city_page_finds_case_studies_of_any_translation_of_the_city(
    client, content, places, translate
):
    translate(places["rosario"], "es", title="Rosario de Santa Fe")
    parks = translate(content["parks"], "es", title="Parques para tormentas")
    bus_data = translate(content["bus_data"], "es", title="Datos abiertos de autobuses")
    # The Spanish copies still point at the English Rosario.
    assert parks.city_id == places["rosario"].pk
    assert bus_data.adoptions.get().city_id == places["rosario"].pk
    html = client.get("/es/cities/rosario/").content.decode()
    assert card_titles(html, "case-study") == ["Parques para tormentas"]
    assert "Rosario de Santa Fe" in html
    assert card_titles(html, "best-practice") == ["Datos abiertos de autobuses"]
    assert "Bus lanes" not in html


def test_hostile_titles_are_escaped_on_the_city_page(client, places, make_case_study):
    make_case_study(
        "<script>alert(1)</script>", slug="xss", city=places["rosario"], summary="<b>bold</b>"
    )
    html = client.get("/cities/rosario/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


# Query budgets ------------------------------------------------------------------------------


def queries(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def test_hub_and_city_cost_the_same_with_more_library_pages(
    client, cluster_index, content, places, make_case_study, make_best_practice
):
    hub, city = f"/clusters/{WATER}/", "/cities/rosario/"
    before = queries(client, hub), queries(client, city)
    for number in range(SHORT_LIST + 3):
        case = make_case_study(
            f"More {number}", city=places["rosario"], clusters=[WATER], sdgs=[6, 11]
        )
        make_best_practice(
            f"Practice {number}",
            clusters=[WATER],
            sdgs=[6],
            case_studies=[case],
            adopted_by=[(places["rosario"], 2021, ""), (places["lyon"], 2022, "")],
        )
    after = queries(client, hub), queries(client, city)
    assert after == before
