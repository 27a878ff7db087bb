"""The /search/ page, through the Django test client, on the real SQLite FTS5 engine.

Each test gets an index file of its own and fills it with SearchDocuments (what the pages
produce), then reads the page as a visitor would: the form, the results, facets, chips,
pages, help when nothing is found, and what happens when the index cannot be used.
"""

import datetime
import logging
from urllib.parse import parse_qs, urlsplit

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from search.engines.base import LANGUAGES, SearchDocument
from search.views import clean_snippet

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    '"green roofs',
    'green "roofs',
    '"',
    "green NEAR roofs",
    "NEAR(green roofs, 3)",
    "green*",
    "*",
    "title:green",
    ":",
    "^green",
    "(green OR",
    ")",
    "[roofs]",
    "{roofs}",
    "green\x00roofs",
    "\x00",
    "🌳🏙️ green",
    "مدينة خضراء",
    "\u202egreen\u202c",
    "OR",
    "AND OR NOT -",
    "- - -",
    "\\",
    "'; DROP TABLE docs; --",
    "%_",
    "g" * 100_000,
    "green " * 5_000,
]


def doc(number, title, *, language="en", **fields):
    fields.setdefault("type", "casestudy")
    fields.setdefault("url", f"/case-studies/{number}/")
    return SearchDocument(
        key=f"page:{number}", page_id=number, language=language, title=title, **fields
    )


def green_roofs():
    return doc(
        1,
        "Green roofs in Copenhagen",
        summary="Sedum roofs keep rain water out of the sewers.",
        body="Copenhagen made green roofs compulsory on new flat roofs.",
        city="Copenhagen",
        country="DK",
        region="europe",
        size="medium",
        clusters=("nature-based-solutions", "water-resources"),
        programmes=("eu-cities-gateway",),
        sdgs=(11, 13),
        date=datetime.date(2024, 5, 1),
    )


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def titles(response) -> list[str]:
    """The titles of the results (not of those offered in another language)."""
    found = soup(response).select("#results > .search-results .search-result__title")
    return [h.get_text(strip=True) for h in found]


def elsewhere_titles(response) -> list[str]:
    """The titles of the results offered in another language, when the search found none."""
    found = soup(response).select(".search-elsewhere .search-result__title")
    return [h.get_text(strip=True) for h in found]


def search(client, path="/search/", **params):
    return client.get(path, params)


# -- the page and its form ----------------------------------------------------------------------


def test_the_page_finds_a_document_and_shows_what_a_result_needs(client, engine):
    engine.index([green_roofs(), doc(2, "Bus lanes in Curitiba", body="Buses only.")])
    response = search(client, q="sedum")
    assert response.status_code == 200
    page = soup(response)
    results = page.select(".search-result")
    assert len(results) == 1
    result = results[0]
    assert result.select_one(".search-result__badge").get_text(strip=True) == "Case study"
    link = result.select_one(".search-result__title a")
    assert (link.get_text(), link["href"]) == ("Green roofs in Copenhagen", "/case-studies/1/")
    assert [m.get_text() for m in result.select(".search-result__snippet mark")] == ["Sedum"]
    assert (
        result.select_one(".search-result__place")
        .get_text(" ", strip=True)
        .endswith("Copenhagen, Denmark")
    )
    assert "Water resources" in result.select_one(".search-result__clusters").get_text()
    assert result.select_one("time")["datetime"] == "2024-05-01"
    assert page.select_one("#results-heading").get_text(" ", strip=True) == "1 result for “sedum”"


def test_the_title_says_what_was_searched(client, engine):
    response = search(client, q="green roofs", page="1")
    assert soup(response).title.get_text().startswith("Search results for “green roofs”")
    assert soup(search(client)).title.get_text().startswith("Search")


def test_the_page_is_never_indexed(client, engine):
    response = search(client, q="roofs")
    assert response["X-Robots-Tag"] == "noindex"
    assert soup(response).find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_the_page_works_without_javascript_a_get_form_with_labelled_controls(client, engine):
    engine.index([green_roofs(), doc(2, "Green streets", type="lesson", url="/l/2/")])
    page = soup(search(client, q="green"))
    form = page.select_one("form.search-form")
    assert form["method"] == "get"
    assert form["action"] == "/search/"
    controls = form.select("input:not([type=hidden]), select")
    assert {c["name"] for c in controls} >= {"q", "sort", "lang", "type", "cluster", "sdg"}
    for control in controls:
        assert form.select_one(f'label[for="{control["id"]}"]'), control
    assert form.select_one("button[type=submit]")
    # No ARIA combobox in the HTML: search.js adds it, so without it the field is plain.
    assert not page.select("[role=combobox]")


def submit(client, form, **changes):
    """Submit a GET form as a browser without JavaScript would, with some fields changed:
    ``changes`` maps a field name to values to tick (checkbox/radio) or set (text, select)."""
    data: dict[str, list[str]] = {}
    for control in form.select("input, select"):
        name = control.get("name")
        if not name:
            continue
        if control.name == "select":
            chosen = control.select_one("option[selected]") or control.select_one("option")
            value = chosen["value"]
        elif control.get("type") in ("checkbox", "radio"):
            ticked = control.has_attr("checked")
            if name in changes and control.get("type") == "radio":
                ticked = control["value"] in changes[name]
            elif name in changes:
                ticked = ticked or control["value"] in changes[name]
            if not ticked:
                continue
            value = control["value"]
        else:
            value = control.get("value", "")
        data.setdefault(name, []).append(value)
    for name, values in changes.items():
        if name in ("q", "sort"):
            data[name] = list(values)
    return client.get(form["action"], data)


def test_ticking_a_facet_and_submitting_the_form_filters_the_results(client, engine):
    engine.index(
        [
            green_roofs(),
            doc(2, "Green streets course", type="course", url="/courses/2/"),
            doc(3, "Green bonds", type="casestudy", country="AR", region="latin-america-caribbean"),
        ]
    )
    form = soup(search(client, q="green")).select_one("form.search-form")
    response = submit(client, form, type=["course"])
    assert titles(response) == ["Green streets course"]
    form = soup(response).select_one("form.search-form")
    assert form.select_one("#filter-type-course").has_attr("checked")
    response = submit(client, form, q=["bonds"])
    assert titles(response) == []  # the query changed, the course filter stayed
    response = submit(
        client, soup(search(client, q="green")).select_one("form.search-form"), sort=["date"]
    )
    assert response.status_code == 200
    assert soup(response).select_one("#search-sort option[selected]")["value"] == "date"


# -- facets and chips -----------------------------------------------------------------------------


def test_facets_show_counts_of_every_filter_but_their_own(client, engine):
    engine.index(
        [
            green_roofs(),
            doc(2, "Green lessons", type="lesson", url="/l/2/", clusters=("water-resources",)),
            doc(3, "Green course", type="course", url="/c/3/", sdgs=(13,)),
            doc(4, "Green practice", type="bestpractice", url="/b/4/", country="US", size="large"),
            doc(5, "Green city", type="city", url="/cities/5/", programmes=("iurc",)),
        ]
    )
    page = soup(search(client, q="green", type="lesson"))

    def option(facet, value):
        box = page.select_one(f"#filter-{facet}-{value}")
        label = page.select_one(f'label[for="filter-{facet}-{value}"]')
        return box.has_attr("checked"), label.get_text(" ", strip=True)

    # The type facet counts as if no type were chosen, so the choice can be widened.
    assert option("type", "lesson") == (True, "Lesson (1)")
    assert option("type", "casestudy") == (False, "Case study (1)")
    assert option("type", "course") == (False, "Course (1)")
    # Other facets count the lessons only.
    assert option("cluster", "water-resources") == (False, "Water resources (1)")
    assert not page.select("#filter-cluster-nature-based-solutions")
    assert not page.select("#filter-country-us")
    legends = [legend.get_text(strip=True) for legend in page.select(".filters__facet legend")]
    assert legends == ["Language of the content", "Content type", "Thematic cluster"]


def test_every_facet_with_options_is_shown_with_translated_labels(client, engine):
    engine.index([green_roofs()])
    page = soup(search(client, path="/es/search/", q="green", lang="en"))
    legends = [legend.get_text(strip=True) for legend in page.select(".filters__facet legend")]
    assert len(legends) == 8  # the language choice and the seven filters
    labels = [label.get_text(" ", strip=True) for label in page.select(".filters__option label")]
    for expected in ("Recursos hídricos (1)", "Europa (1)", "Dinamarca (1)"):
        assert expected in labels
    programme = page.select_one('label[for="filter-programme-eu-cities-gateway"]')
    assert "Pasarela de Ciudades de la UE" in programme.get_text()


def test_chosen_filters_show_as_chips_each_removing_itself(client, engine):
    engine.index(
        [
            green_roofs(),
            doc(2, "Green water course", type="course", url="/c/2/", clusters=("water-resources",)),
        ]
    )
    response = search(
        client, q="green", type="casestudy", cluster="water-resources", sort="date", page="1"
    )
    chips = soup(response).select(".active-filters a.chip")
    assert [chip.select_one("[aria-hidden]").get_text(" ", strip=True) for chip in chips] == [
        "Content type: Case study",
        "Thematic cluster: Water resources",
    ]
    removed = parse_qs(urlsplit(chips[0]["href"]).query)
    assert removed == {"q": ["green"], "cluster": ["water-resources"], "sort": ["date"]}
    response = client.get("/search/" + chips[0]["href"])
    assert sorted(titles(response)) == ["Green roofs in Copenhagen", "Green water course"]
    assert len(soup(response).select(".active-filters a.chip")) == 1


# -- sorting and pages -----------------------------------------------------------------------------


def test_results_sort_by_relevance_or_by_date(client, engine):
    engine.index(
        [
            doc(1, "Roofs, roofs, roofs", summary="Roofs.", date=datetime.date(2019, 1, 1)),
            doc(2, "A city plan", body="It mentions roofs once.", date=datetime.date(2025, 1, 1)),
            doc(3, "Old roofs survey", body="roofs", date=None),
        ]
    )
    assert titles(search(client, q="roofs"))[0] == "Roofs, roofs, roofs"
    assert titles(search(client, q="roofs", sort="date")) == [
        "A city plan",
        "Roofs, roofs, roofs",
        "Old roofs survey",
    ]


def test_twenty_results_a_page_and_page_links_keep_every_parameter(client, engine):
    engine.index(
        [
            doc(n, f"Green report {n}", date=datetime.date(2020, 1, 1) + datetime.timedelta(n))
            for n in range(1, 46)
        ]
    )
    first = soup(search(client, q="green", type="casestudy", lang="en", sort="date"))
    assert len(first.select(".search-result")) == 20
    assert first.select_one("ol.search-results")["start"] == "1"
    next_link = first.select_one(".pagination a[rel=next]")["href"]
    assert parse_qs(urlsplit(next_link).query) == {
        "q": ["green"],
        "type": ["casestudy"],
        "lang": ["en"],
        "sort": ["date"],
        "page": ["2"],
    }
    third = soup(client.get("/search/" + next_link.replace("page=2", "page=3")))
    assert len(third.select(".search-result")) == 5
    assert third.select_one("ol.search-results")["start"] == "41"
    assert third.select_one(".search-result__title").get_text(strip=True) == "Green report 5"
    assert "Page 3 of 3" in third.select_one(".pagination__summary").get_text()


def test_a_page_past_the_last_says_so_and_links_to_the_first(client, engine):
    engine.index([green_roofs()])
    response = search(client, q="green", page="7")
    assert response.status_code == 200
    page = soup(response)
    assert "There is no page 7 of these results." in page.select_one("#results").get_text()
    assert page.select_one("#results a.btn")["href"] == "?q=green"


@pytest.mark.parametrize("value", ["0", "-3", "two", "1.5", "10001", "9" * 30, "%00"])
def test_a_malformed_page_is_a_400_with_a_clear_message_in_the_site_layout(client, engine, value):
    response = client.get(f"/search/?q=green&page={value}")
    assert response.status_code == 400
    page = soup(response)
    assert "whole number from 1 to 10000" in page.select_one(".search-error__message").get_text()
    assert page.select_one("header.site-header") and page.select_one("footer.site-footer")
    assert page.select_one("#search-q")["value"] == "green"
    assert response["X-Robots-Tag"] == "noindex"


# -- no results ---------------------------------------------------------------------------------


def test_no_results_offers_the_index_spelling_and_tips(client, engine):
    engine.index([green_roofs()])
    page = soup(search(client, q="copenhagn", type="casestudy"))
    help_box = page.select_one(".search-help")
    spelling = help_box.select_one(".search-help__spelling a")
    assert spelling.get_text() == "copenhagen"
    assert parse_qs(urlsplit(spelling["href"]).query) == {
        "q": ["copenhagen"],
        "type": ["casestudy"],
    }
    tips = [li.get_text(" ", strip=True) for li in help_box.select(".search-help__tips li")]
    assert any(tip.startswith("Remove the filters") for tip in tips)
    assert any("fewer words" in tip for tip in tips)
    remove = help_box.select_one(".search-help__tips a")
    assert remove["href"] == "?q=copenhagn"


# -- languages: what the site shows, one language, all --------------------------------------------

# Rosario's plan in English and Spanish; a heat plan and a water plan only in English (every
# visitor is shown them); Renca's plan only in Spanish (every visitor is shown it too).
LIBRARY = [
    doc(1, "Rosario green plan", url="/c/1/", shown_in=("en", "fr", "pt")),
    doc(2, "Plan verde de Rosario", language="es", url="/es/c/1/"),
    doc(3, "Heat plan for Hoboken", url="/c/3/", shown_in=("en", "es", "fr", "pt")),
    doc(4, "Water plan for Lyon", url="/c/4/", shown_in=("en", "es", "fr", "pt")),
    doc(5, "Plan de vivienda de Renca", language="es", url="/es/c/5/", shown_in=LANGUAGES),
]


def test_by_default_a_search_finds_what_the_site_shows_in_the_language_of_the_address(
    client, engine
):
    engine.index(LIBRARY)
    assert sorted(titles(search(client, path="/fr/search/", q="water"))) == ["Water plan for Lyon"]
    assert sorted(titles(search(client, path="/pt/search/", q="plan"))) == [
        "Heat plan for Hoboken",
        "Plan de vivienda de Renca",
        "Rosario green plan",
        "Water plan for Lyon",
    ]
    assert sorted(titles(search(client, path="/es/search/", q="rosario"))) == [
        "Plan verde de Rosario"
    ]
    assert titles(search(client, q="rosario")) == ["Rosario green plan"]
    page = soup(search(client, path="/es/search/", q="rosario"))
    assert page.select_one("#search-lang-shown").has_attr("checked")
    assert page.select_one("form.search-form")["action"] == "/es/search/"


def test_results_in_another_language_than_the_page_say_so(client, engine):
    engine.index(LIBRARY)
    page = soup(search(client, path="/fr/search/", q="plan"))
    by_title = {
        result.select_one(".search-result__title").get_text(strip=True): result
        for result in page.select(".search-result")
    }
    water = by_title["Water plan for Lyon"]
    assert water.select_one(".search-result__title")["lang"] == "en"
    badge = water.select_one(".search-result__language").get_text(strip=True)
    assert badge.endswith("Anglais")
    assert by_title["Plan de vivienda de Renca"].select_one(".search-result__title")["lang"] == "es"
    spanish = soup(search(client, path="/es/search/", q="renca"))
    assert not spanish.select(".search-result__language")  # in the page's own language


def test_the_language_choice_offers_the_sites_scope_one_language_each_other_and_all(client, engine):
    engine.index(LIBRARY)
    page = soup(search(client, q="plan"))
    options = [
        (radio["value"], page.select_one(f'label[for="{radio["id"]}"]').get_text(" ", strip=True))
        for radio in page.select(".search-languages input[name=lang]")
    ]
    assert options == [
        ("", "What this site shows in English (4)"),
        ("en", "Only in English (3)"),
        ("es", "Spanish (2)"),
        ("fr", "French (0)"),
        ("pt", "Portuguese (0)"),
        ("all", "All languages (5)"),
    ]
    assert page.select_one(".search-languages input[value='']").has_attr("checked")
    only = soup(search(client, q="plan", lang="es"))
    assert only.select_one(".search-languages input[value=es]").has_attr("checked")
    assert "What this site shows in English (4)" in only.select_one(".search-languages").text
    assert sorted(titles(search(client, q="plan", lang="es"))) == [
        "Plan de vivienda de Renca",
        "Plan verde de Rosario",
    ]
    assert len(titles(search(client, path="/es/search/", q="plan", lang="all"))) == 5


def test_the_language_choice_submits_without_javascript(client, engine):
    engine.index(LIBRARY)
    form = soup(search(client, q="rosario")).select_one("form.search-form")
    assert titles(submit(client, form, lang=["es"])) == ["Plan verde de Rosario"]
    assert sorted(titles(submit(client, form, lang=["all"]))) == [
        "Plan verde de Rosario",
        "Rosario green plan",
    ]
    assert titles(submit(client, form, lang=[""])) == ["Rosario green plan"]


def test_words_found_only_in_another_language_offer_those_results_not_a_respelling(client, engine):
    engine.index(
        [
            doc(1, "Rosario green plan", url="/c/1/", shown_in=("en", "fr", "pt")),
            doc(2, "Plan verde de Rosario", language="es", url="/es/c/1/", body="Vivienda."),
            doc(3, "Vivendi waste contract", url="/c/3/", shown_in=LANGUAGES),
        ]
    )
    response = search(client, q="vivienda")
    page = soup(response)
    assert titles(response) == []
    assert not page.select(".search-help__spelling")  # not "did you mean vivendi"
    heading = page.select_one("#search-elsewhere-heading").get_text(strip=True)
    assert heading == "Results in Spanish"
    assert elsewhere_titles(response) == ["Plan verde de Rosario"]
    result = page.select_one(".search-elsewhere .search-result")
    assert result.select_one(".search-result__title")["lang"] == "es"
    assert result.select_one(".search-result__language").get_text(strip=True).endswith("Spanish")
    link = page.select_one(".search-help__tips a[hreflang=es]")
    assert link.get_text(" ", strip=True) == "See the 1 result in Spanish"
    assert titles(client.get("/search/" + link["href"])) == ["Plan verde de Rosario"]


def test_did_you_mean_offers_only_words_of_the_languages_searched(client, engine):
    engine.index([doc(1, "Urban parks", url="/c/1/"), doc(2, "Parques urbanos", language="es")])
    assert soup(search(client, q="parqes")).select_one(".search-help__spelling a").text == "parks"
    spanish = soup(search(client, path="/es/search/", q="parqes"))
    assert spanish.select_one(".search-help__spelling a").text == "parques"


def test_an_empty_search_lists_everything_newest_first(client, engine):
    engine.index(
        [
            doc(1, "Older", date=datetime.date(2020, 1, 1)),
            doc(2, "Newer", date=datetime.date(2024, 1, 1), type="lesson", url="/l/2/"),
        ]
    )
    assert titles(search(client)) == ["Newer", "Older"]
    assert titles(search(client, type="lesson")) == ["Newer"]


# -- hostile input ------------------------------------------------------------------------------


def inert(html: str) -> bool:
    return "<script" not in html and "onerror" not in html.replace("onerror=alert", "")


def test_markup_in_documents_is_shown_as_text(client, engine):
    engine.index(
        [
            doc(
                1,
                "<b>Roofs</b> <script>alert('title')</script>",
                summary="Roofs <script>alert('x')</script> and <img src=x onerror=alert(1)>",
                body="More roofs <iframe src=javascript:alert(2)></iframe>",
                city="<i>Town</i>",
                url="javascript:alert(3)",
            )
        ]
    )
    response = search(client, q="roofs")
    page = soup(response)
    result = page.select_one(".search-result")
    assert not result.select("script, img, iframe, b, i")
    assert result.select(".search-result__snippet mark")
    assert (
        "<script>alert('title')</script>" in result.select_one(".search-result__title").get_text()
    )
    assert not result.select_one(".search-result__title a")  # no javascript: link
    assert "javascript:" not in str(result.select("[href]"))
    assert "<i>Town</i>" in result.select_one(".search-result__place").get_text()


def test_snippets_keep_only_plain_mark_tags():
    assert (
        clean_snippet(
            'a <mark onclick="x()">b</mark> <script>c()</script> <img src=x onerror=d()> &lt;e&gt;'
        )
        == "a <mark>b</mark>   &lt;e&gt;"
    )


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_hostile_queries_get_a_page_never_an_error(client, engine, q):
    engine.index([green_roofs()])
    response = search(client, q=q)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("#results-heading")
    assert len(page.select_one("#search-q")["value"]) <= 500
    assert "\x00" not in response.content.decode()


def test_hostile_parameters_get_a_page_never_an_error(client, engine):
    engine.index([green_roofs()])
    hostile = (
        "q=green&type=<script>&type[]=city&cluster=../../etc&country=ZZZ&country=%00"
        "&sdg=999&sdg=-1&sdg=1e1&lang=../../x&lang[]=es&sort=1;DROP&region=%F0%9F%8C%B3"
        "&size=%D8%A7&programme=%27%22&q[]=x&page[]=2&tag=x&" + "&".join(["type=city"] * 2000)
    )
    response = client.get("/search/?" + hostile)
    assert response.status_code == 200
    assert titles(response) == []  # type=city is a filter of its own, which nothing matches
    response = client.get("/search/?q=green&cluster=../../etc&sdg=999")
    assert titles(response) == ["Green roofs in Copenhagen"]  # unknown values are ignored


def test_only_get_and_head(client, engine):
    assert client.post("/search/", {"q": "x"}).status_code == 405
    assert client.head("/search/?q=x").status_code == 200


# -- the index unavailable ---------------------------------------------------------------------


def broken_index(kind, tmp_path):
    if kind == "missing":
        return tmp_path / "never-built.sqlite3"
    if kind == "under-a-file":
        (tmp_path / "a-file").write_text("not a directory")
        return tmp_path / "a-file" / "search.sqlite3"
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00\xffnot a database\x13" * 512)
    return junk


@pytest.mark.parametrize("kind", ["missing", "under-a-file", "junk"])
def test_an_unavailable_index_is_a_503_page_in_the_site_layout(
    client, settings, tmp_path, caplog, kind
):
    path = broken_index(kind, tmp_path)
    settings.ACADEMY_SEARCH_INDEX_PATH = str(path)
    with caplog.at_level(logging.WARNING):
        response = search(client, q="green")
    assert response.status_code == 503
    page = soup(response)
    assert page.select_one("h1").get_text(strip=True) == "Search is unavailable"
    assert "try again in a few minutes" in page.select_one(".search-error__message").get_text()
    assert page.select_one("header.site-header") and page.select_one("footer.site-footer")
    assert str(path) not in response.content.decode()  # the operator's details are logged
    assert "search_index" not in response.content.decode()
    assert any(str(path) in record.getMessage() for record in caplog.records)
    assert response["X-Robots-Tag"] == "noindex"
    # The rest of the site keeps working.
    assert client.get("/").status_code == 200


def test_the_503_page_is_translated(client, settings, tmp_path):
    settings.ACADEMY_SEARCH_INDEX_PATH = str(broken_index("missing", tmp_path))
    response = search(client, path="/es/search/", q="verde")
    assert response.status_code == 503
    assert soup(response).html["lang"] == "es"


# -- the header's search form ------------------------------------------------------------------


def test_every_page_has_a_labelled_search_form_in_the_header(client, engine, home):
    page = soup(client.get("/"))
    form = page.select_one("header form.site-search")
    assert form["method"] == "get" and form["action"] == reverse("search")
    field = form.select_one("input[name=q]")
    assert form.select_one(f'label[for="{field["id"]}"]').get_text(strip=True)
    spanish = soup(client.get("/es/search/"))
    assert spanish.select_one("header form.site-search")["action"] == "/es/search/"


# -- cost ---------------------------------------------------------------------------------------


def test_the_page_costs_a_few_queries_whatever_it_finds(
    client, engine, django_assert_max_num_queries
):
    """The vocabularies (clusters, programmes) and the site's chrome; nothing per result."""
    engine.index(
        [
            doc(
                n,
                f"Green report {n}",
                clusters=("water-resources", "circular-economy"),
                programmes=("iurc",),
                country=("DK", "AR", "US")[n % 3],
                sdgs=(n % 17 + 1,),
            )
            for n in range(1, 61)
        ]
        + [doc(99, "Unique sedum study", clusters=("water-resources",), programmes=("iurc",))]
    )
    search(client, q="green")  # warm the site's caches (site root, settings)
    with django_assert_max_num_queries(8) as one:
        response = search(client, q="sedum", cluster="water-resources", programme="iurc")
    assert len(titles(response)) == 1
    with django_assert_max_num_queries(len(one)):
        response = search(client, q="green", cluster="water-resources", programme="iurc")
    assert len(titles(response)) == 20
