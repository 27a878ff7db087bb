"""What every search engine does, whichever answers: one suite, run against each engine.

The ``engine`` fixture (conftest.py) yields a fresh, empty engine; a test indexes
SearchDocuments, searches the way the page and the API will (a parsed ``q``, validated
filters), and asserts what a user would see. Privacy (only live, public pages) is the
indexing layer's job and is tested with real pages.
"""

import datetime
import json
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from search.engines.base import (
    COUNTED,
    MAX_SUGGESTIONS,
    PAGE_SIZE,
    RebuildRunning,
    SearchDocument,
    SearchRequest,
)
from search.query import parse_query

ROOT = Path(__file__).resolve().parents[3]


def doc(key, title, *, body="", language="en", **fields):
    """A document with just what a test cares about; the rest filled in plainly."""
    number = int(re.sub(r"\D", "", key) or 0)
    fields.setdefault("type", "casestudy")
    fields.setdefault("url", f"/pages/{key}/")
    return SearchDocument(
        key=f"page:{key}", page_id=number, language=language, title=title, body=body, **fields
    )


def search(engine, q="", *, sort="relevance", page=1, **filters):
    """Search as the page does: ``q`` parsed, filter values as tuples."""
    request = SearchRequest(
        query=parse_query(q),
        text=q,
        filters={name: tuple(values) for name, values in filters.items()},
        sort=sort,
        page=page,
    )
    return engine.search(request)


def keys(response):
    return {hit.key.removeprefix("page:") for hit in response.results}


def ordered(response):
    return [hit.key.removeprefix("page:") for hit in response.results]


# -- matching ---------------------------------------------------------------------------------


def test_a_word_finds_the_documents_holding_it(engine):
    engine.index(
        [
            doc("1", "Green roofs in Copenhagen", body="Roofs planted with sedum."),
            doc("2", "Bus rapid transit in Curitiba", body="Dedicated lanes for buses."),
        ]
    )
    assert keys(search(engine, "sedum")) == {"1"}
    assert keys(search(engine, "curitiba")) == {"2"}
    assert search(engine, "sedum").count == 1


def test_a_word_in_the_summary_is_found(engine):
    engine.index([doc("1", "Copenhagen", summary="A city of cyclists.")])
    assert keys(search(engine, "cyclists")) == {"1"}


def test_every_word_is_required(engine):
    engine.index(
        [
            doc("1", "Green roofs", body="Sedum on the roofs of Copenhagen."),
            doc("2", "Green streets", body="Trees along the streets of Copenhagen."),
            doc("3", "Blue roofs", body="Water kept on roofs in Rotterdam."),
        ]
    )
    assert keys(search(engine, "green roofs")) == {"1"}
    assert keys(search(engine, "copenhagen green")) == {"1", "2"}
    assert keys(search(engine, "green rotterdam")) == set()


def test_a_word_nowhere_finds_nothing(engine):
    engine.index([doc("1", "Green roofs")])
    response = search(engine, "zeppelin")
    assert response.count == 0
    assert response.results == []


def test_a_title_match_ranks_above_a_body_match(engine):
    engine.index(
        [
            doc("1", "Urban planning", body="A note on stormwater and drains in passing."),
            doc("2", "Stormwater management", body="How cities plan for heavy rain."),
        ]
    )
    assert ordered(search(engine, "stormwater")) == ["2", "1"]


@pytest.mark.parametrize(
    ("language", "written", "typed"),
    [
        ("en", "Parks for every neighbourhood", "park"),
        ("en", "A park for every neighbourhood", "parks"),
        ("es", "Ciudades verdes", "ciudad"),
        ("es", "Una ciudad verde", "ciudades"),
        ("fr", "Des villes durables", "ville"),
        ("fr", "Une ville durable", "villes"),
        ("pt", "Cidades sustentáveis", "cidade"),
        ("pt", "Uma cidade sustentável", "cidades"),
    ],
)
def test_words_are_stemmed_in_their_language(engine, language, written, typed):
    engine.index([doc("1", written, language=language)])
    assert keys(search(engine, typed, language=[language])) == {"1"}
    assert keys(search(engine, typed)) == {"1"}  # lang=all


@pytest.mark.parametrize(
    ("language", "written", "typed"),
    [
        ("es", "Energía renovable", "energia"),
        ("es", "Energia renovable", "ENERGÍA"),
        ("pt", "Informação pública", "informacao"),
        ("fr", "Réseau de chaleur", "reseau"),
        ("fr", "Reseau de chaleur", "Réseau"),
        ("en", "CAFÉ culture", "cafe"),
    ],
)
def test_accents_and_case_are_folded(engine, language, written, typed):
    engine.index([doc("1", written, language=language)])
    assert keys(search(engine, typed, language=[language])) == {"1"}


def test_a_phrase_matches_the_words_in_order(engine):
    engine.index(
        [
            doc("1", "Green roofs", body="The city built green roofs on schools."),
            doc("2", "Roofs", body="Its roofs are painted green."),
        ]
    )
    assert keys(search(engine, '"green roofs"')) == {"1"}
    assert keys(search(engine, "green roofs")) == {"1", "2"}
    assert keys(search(engine, '"painted green" roofs')) == {"2"}


def test_a_minus_excludes_a_word(engine):
    engine.index(
        [
            doc("1", "Green roofs in Copenhagen"),
            doc("2", "Green roofs in Rotterdam"),
        ]
    )
    assert keys(search(engine, "roofs -copenhagen")) == {"2"}
    assert keys(search(engine, "roofs -ROTTERDAM")) == {"1"}


def test_a_minus_excludes_a_phrase(engine):
    engine.index(
        [
            doc("1", "Car parks turned into gardens"),
            doc("2", "Gardens where cars once parked, a park"),
        ]
    )
    assert keys(search(engine, 'gardens -"car parks"')) == {"2"}


def test_only_exclusions_list_everything_else(engine):
    engine.index([doc("1", "Green roofs"), doc("2", "Blue roofs"), doc("3", "Bus lanes")])
    assert keys(search(engine, "-green")) == {"2", "3"}


def test_or_widens_between_words(engine):
    engine.index(
        [
            doc("1", "Parks in Rosario"),
            doc("2", "Parks in Hoboken"),
            doc("3", "Parks in Lyon"),
            doc("4", "Libraries in Rosario"),
        ]
    )
    assert keys(search(engine, "rosario OR hoboken")) == {"1", "2", "4"}
    assert keys(search(engine, "rosario OR hoboken parks")) == {"1", "2"}
    assert keys(search(engine, '"parks in lyon" OR libraries')) == {"3", "4"}


def test_stopwords_do_not_narrow_the_results(engine):
    engine.index([doc("1", "Green roofs"), doc("2", "The roofs of the city")])
    assert keys(search(engine, "the roofs")) == {"1", "2"}


def test_words_that_are_stopwords_in_some_language_list_every_result_counted(engine):
    engine.index(
        [
            doc("1", "De facto parks"),
            doc("2", "The parks of the city"),
            doc("3", "Parques de la ciudad", language="es"),
        ]
    )
    for q in ("the de", "de la", "the", "de"):
        response = search(engine, q)
        assert response.count == len(response.results), q


# -- keywords: tags, city and cluster names ---------------------------------------------------


def test_a_tag_finds_the_documents_tagged_with_it(engine):
    engine.index(
        [
            doc("1", "Rapid buses for Curitiba", keywords="BRT\nCuritiba\nSustainable mobility"),
            doc("2", "Carriles exclusivos", language="es", keywords="BRT\nCiudad de México"),
            doc("3", "Bike lanes", body="Cycle tracks along the river."),
        ]
    )
    assert keys(search(engine, "BRT")) == {"1", "2"}
    assert keys(search(engine, "brt", language=["es"])) == {"2"}


def test_a_city_or_cluster_name_finds_the_documents_about_it(engine):
    engine.index(
        [
            doc("1", "Cloudburst plan", keywords="stormwater\nCopenhagen\nWater resources"),
            doc("2", "Plan de lluvias", language="es", keywords="Nueva York\nRecursos hídricos"),
            doc("3", "Green roofs", body="Sedum on the roofs."),
        ]
    )
    assert keys(search(engine, "copenhagen")) == {"1"}
    assert keys(search(engine, '"nueva york"')) == {"2"}
    assert keys(search(engine, '"water resources"')) == {"1"}
    assert keys(search(engine, "recurso hidrico", language=["es"])) == {"2"}  # stemmed, folded


def test_a_title_match_ranks_above_a_keyword_match_above_a_body_match(engine):
    engine.index(
        [
            doc("1", "Bus lanes in Bogotá", body="Bogotá widened its avenues for BRT buses."),
            doc("2", "Bus lanes in Curitiba", keywords="BRT\nCuritiba"),
            doc("3", "BRT in Lagos", keywords="Lagos"),
        ]
    )
    assert ordered(search(engine, "brt")) == ["3", "2", "1"]


# -- filters and facets -----------------------------------------------------------------------

FILTERED = [
    doc(
        "1",
        "Rain gardens",
        type="casestudy",
        clusters=("water-resources", "nature-based-solutions"),
        programmes=("iuc",),
        region="europe",
        country="DK",
        size="large",
        sdgs=(6, 11),
        city="Copenhagen",
        language="en",
    ),
    doc(
        "2",
        "Rain gardens course",
        type="course",
        clusters=("water-resources",),
        programmes=("iurc",),
        region="latin-america-caribbean",
        country="AR",
        size="medium",
        sdgs=(6,),
        city="Rosario",
        language="en",
    ),
    doc(
        "3",
        "Jardines de lluvia",
        type="lesson",
        clusters=("nature-based-solutions",),
        programmes=("iurc",),
        region="latin-america-caribbean",
        country="AR",
        size="medium",
        sdgs=(13,),
        city="Rosario",
        language="es",
    ),
    doc(
        "4",
        "Rain gardens in Hoboken",
        type="city",
        region="north-america",
        country="US",
        size="small",
        city="Hoboken",
        language="en",
    ),
]


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("type", ["course"], {"2"}),
        ("type", ["course", "city"], {"2", "4"}),
        ("cluster", ["water-resources"], {"1", "2"}),
        ("cluster", ["water-resources", "nature-based-solutions"], {"1", "2", "3"}),
        ("programme", ["iurc"], {"2", "3"}),
        ("region", ["latin-america-caribbean"], {"2", "3"}),
        ("country", ["DK", "US"], {"1", "4"}),
        ("size", ["medium"], {"2", "3"}),
        ("sdg", ["6"], {"1", "2"}),
        ("sdg", ["13", "11"], {"1", "3"}),
        ("language", ["es"], {"3"}),
        ("language", ["en"], {"1", "2", "4"}),
    ],
)
def test_each_filter_keeps_the_documents_with_one_of_its_values(engine, name, values, expected):
    engine.index(FILTERED)
    assert keys(search(engine, **{name: values})) == expected
    assert search(engine, **{name: values}).count == len(expected)


def test_without_lang_every_language_is_searched(engine):
    engine.index(
        [
            doc("1", "Rosario parks", language="en"),
            doc("2", "Parques de Rosario", language="es"),
            doc("3", "Parcs de Rosario", language="fr"),
        ]
    )
    assert keys(search(engine, "rosario")) == {"1", "2", "3"}
    assert keys(search(engine, "rosario", language=["es"])) == {"2"}
    assert keys(search(engine, "rosario", language=["es", "fr"])) == {"2", "3"}


def test_the_language_facet_counts_each_language_as_choosing_it_would_find(engine):
    engine.index(
        [
            doc("1", "Green roofs in Hamburg", language="en"),
            doc("2", "Techos verdes en Rosario", language="es"),
            doc("3", "Más techos verdes", language="es"),
        ]
    )
    in_english = search(engine, "techos", language=["en"])
    assert in_english.count == 0
    # The user is told the Spanish pages exist, and choosing Spanish finds exactly those.
    assert in_english.facets["language"] == {"es": 2}
    assert keys(search(engine, "techos", language=["es"])) == {"2", "3"}


# -- the default scope: what a visitor of a language is shown --------------------------------

# Rosario's plan in English and French (the French visitor is shown the French one); a
# heatwave plan only in English (shown to every visitor); a Spanish original never translated
# (shown to every visitor, as no English version exists).
SHOWN = [
    doc("1", "Rosario water plan", language="en", shown_in=("en", "es", "pt")),
    doc("2", "Plan de l'eau de Rosario", language="fr", shown_in=("fr",)),
    doc("3", "Heatwave water plan", language="en", shown_in=("en", "es", "fr", "pt")),
    doc("4", "Plan de agua de Renca", language="es", shown_in=("en", "es", "fr", "pt")),
]


def test_the_default_scope_finds_what_a_visitor_of_the_language_is_shown(engine):
    engine.index(SHOWN)
    assert keys(search(engine, shown=["fr"])) == {"2", "3", "4"}
    assert keys(search(engine, shown=["en"])) == {"1", "3", "4"}
    # Each document is matched in its own language's analysis.
    assert keys(search(engine, "water", shown=["fr"])) == {"3"}
    assert keys(search(engine, "eau", shown=["fr"])) == {"2"}
    assert keys(search(engine, "agua", shown=["pt"])) == {"4"}
    assert keys(search(engine, "plan", shown=["fr"])) == {"2", "3", "4"}


def test_a_document_is_always_shown_in_its_own_language(engine):
    engine.index([doc("1", "Plano de águas", language="pt"), doc("2", "Water plan")])
    assert keys(search(engine, "plano", shown=["pt"])) == {"1"}
    assert keys(search(engine, shown=["pt"])) == {"1"}
    assert keys(search(engine, shown=["fr"])) == set()


def test_the_scope_and_language_facets_say_what_each_choice_would_find(engine):
    engine.index(SHOWN)
    response = search(engine, "plan", shown=["fr"], type=["casestudy"])
    assert response.count == 3
    # Counted without the scope (it is the `lang` parameter, as the language is)...
    assert response.facets["language"] == {"en": 2, "es": 1, "fr": 1}
    assert response.facets["shown"] == {"en": 3, "es": 3, "fr": 3, "pt": 3}
    # ...and the other facets within it.
    assert response.facets["type"] == {"casestudy": 3}
    in_spanish = search(engine, "plan", language=["es"])
    assert in_spanish.facets["shown"] == {"en": 3, "es": 3, "fr": 3, "pt": 3}
    assert keys(in_spanish) == {"4"}


def test_suggestions_in_the_default_scope(engine):
    engine.index(SHOWN)
    assert {s.title for s in engine.suggest("plan", shown="fr")} == {
        "Plan de l'eau de Rosario",
        "Heatwave water plan",
        "Plan de agua de Renca",
    }
    assert {s.title for s in engine.suggest("ros", shown="en")} == {"Rosario water plan"}
    assert {s.title for s in engine.suggest("ros", shown="fr")} == {"Plan de l'eau de Rosario"}
    assert len(engine.suggest("plan")) == 4


def test_different_filters_all_apply(engine):
    engine.index(FILTERED)
    assert keys(search(engine, cluster=["water-resources"], country=["AR"])) == {"2"}
    assert keys(search(engine, "gardens", type=["course", "casestudy"], sdg=["11"])) == {"1"}
    assert keys(search(engine, region=["europe"], country=["AR"])) == set()


def test_a_value_no_document_has_finds_nothing(engine):
    engine.index(FILTERED)
    assert search(engine, cluster=["no-such-cluster"]).count == 0


def test_facets_count_the_matching_documents(engine):
    engine.index(FILTERED)
    facets = search(engine, "rain").facets
    assert set(facets) == set(COUNTED)
    assert facets["type"] == {"casestudy": 1, "course": 1, "city": 1}
    assert facets["cluster"] == {"water-resources": 2, "nature-based-solutions": 1}
    assert facets["programme"] == {"iuc": 1, "iurc": 1}
    assert facets["region"] == {"europe": 1, "latin-america-caribbean": 1, "north-america": 1}
    assert facets["country"] == {"DK": 1, "AR": 1, "US": 1}
    assert facets["size"] == {"large": 1, "medium": 1, "small": 1}
    assert facets["sdg"] == {"6": 2, "11": 1}
    assert facets["language"] == {"en": 3}


def test_a_facet_is_counted_without_its_own_filter(engine):
    engine.index(FILTERED)
    response = search(engine, cluster=["water-resources"])
    assert keys(response) == {"1", "2"}
    # Other clusters stay visible with their counts, so the choice can be widened...
    assert response.facets["cluster"] == {"water-resources": 2, "nature-based-solutions": 2}
    # ...while every other facet counts only what the cluster filter kept.
    assert response.facets["type"] == {"casestudy": 1, "course": 1}
    assert response.facets["language"] == {"en": 2}


def test_facet_counts_with_several_filters_and_words(engine):
    engine.index(FILTERED)
    response = search(engine, "gardens OR jardines", country=["AR"], type=["lesson"])
    assert keys(response) == {"3"}
    assert response.facets["type"] == {"course": 1, "lesson": 1}  # country applied, not type
    assert response.facets["country"] == {"AR": 1}  # type applied, not country
    assert response.facets["cluster"] == {"nature-based-solutions": 1}


def test_an_empty_query_lists_everything_with_all_facets(engine):
    engine.index(FILTERED)
    response = search(engine)
    assert response.count == 4
    assert response.facets["type"] == {"casestudy": 1, "course": 1, "lesson": 1, "city": 1}
    assert response.facets["language"] == {"en": 3, "es": 1}


# -- pages and order --------------------------------------------------------------------------


def test_results_come_twenty_a_page(engine):
    engine.index([doc(str(i), f"Bike lanes {i}") for i in range(1, 46)])
    pages = [search(engine, "bike", page=n) for n in (1, 2, 3, 4)]
    assert [len(p.results) for p in pages] == [PAGE_SIZE, PAGE_SIZE, 5, 0]
    assert all(p.count == 45 for p in pages)
    assert [p.page for p in pages] == [1, 2, 3, 4]
    seen = [key for p in pages for key in ordered(p)]
    assert sorted(seen, key=int) == [str(i) for i in range(1, 46)]


def test_sort_by_date_puts_the_newest_first_and_undated_last(engine):
    engine.index(
        [
            doc("1", "Bike lanes", date=datetime.date(2021, 3, 1)),
            doc("2", "Bike lanes and bike parking, bike sharing"),
            doc("3", "Bike lanes", date=datetime.date(2024, 5, 1)),
            doc("4", "Bike lanes", date=datetime.date(2022, 1, 9)),
        ]
    )
    assert ordered(search(engine, "bike", sort="date")) == ["3", "4", "1", "2"]
    assert ordered(search(engine, sort="date"))[:3] == ["3", "4", "1"]


def test_a_hit_carries_what_the_results_show(engine):
    engine.index(
        [
            doc(
                "7",
                "Rain gardens",
                language="en",
                type="casestudy",
                url="/case-studies/rain-gardens/",
                city="Copenhagen",
                country="DK",
                clusters=("water-resources",),
                date=datetime.date(2024, 5, 1),
            )
        ]
    )
    (hit,) = search(engine, "gardens").results
    assert hit.key == "page:7"
    assert (hit.title, hit.url, hit.type, hit.language) == (
        "Rain gardens",
        "/case-studies/rain-gardens/",
        "casestudy",
        "en",
    )
    assert (hit.city, hit.country, hit.clusters) == ("Copenhagen", "DK", ("water-resources",))
    assert hit.date == datetime.date(2024, 5, 1)


# -- snippets ---------------------------------------------------------------------------------


def tags(html):
    return set(re.findall(r"<[^>]*>", html))


def test_snippets_mark_the_words_found(engine):
    engine.index(
        [
            doc(
                "1",
                "Copenhagen",
                body="Since 2010 Copenhagen has required green roofs on new flat buildings.",
            )
        ]
    )
    (hit,) = search(engine, "green roofs").results
    assert re.search(r"<mark>green</mark>\s*(</mark>)?\s*(<mark>)?roofs", hit.snippet)
    assert "Copenhagen" in hit.snippet
    assert tags(hit.snippet) <= {"<mark>", "</mark>"}


def test_snippets_mark_the_form_written_in_the_document(engine):
    engine.index([doc("1", "Ciudades", language="es", body="Las ciudades verdes de Brasil.")])
    (hit,) = search(engine, "ciudad", language=["es"]).results
    assert "<mark>ciudades</mark>" in hit.snippet


def test_snippets_escape_the_document_text(engine):
    engine.index(
        [
            doc(
                "1",
                "Scripted",
                body='Green <script>alert("roofs")</script> & <b onclick="x()">roofs</b> here.',
            )
        ]
    )
    (hit,) = search(engine, "roofs").results
    assert "<mark>roofs</mark>" in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "&amp;" in hit.snippet
    assert tags(hit.snippet) <= {"<mark>", "</mark>"}


def test_a_long_body_gives_a_short_snippet_around_the_match(engine):
    body = " ".join(["filler"] * 300 + ["stormwater", "tunnels"] + ["filler"] * 300)
    engine.index([doc("1", "Tunnels", body=body)])
    (hit,) = search(engine, "stormwater").results
    assert "<mark>stormwater</mark>" in hit.snippet
    assert len(hit.snippet) < 600


def test_without_words_the_snippet_is_the_start_of_the_text(engine):
    engine.index([doc("1", "Rain gardens", summary="Gardens that <drink> the rain.")])
    (hit,) = search(engine).results
    assert "Gardens that &lt;drink&gt; the rain" in hit.snippet
    assert "<mark>" not in hit.snippet


# -- suggestions ------------------------------------------------------------------------------


def test_suggestions_complete_the_words_typed(engine):
    engine.index(
        [
            doc("1", "Green roofs in Copenhagen", type="casestudy"),
            doc("2", "Greenways for cyclists", type="course"),
            doc("3", "Grey water reuse"),
            doc("4", "Bus lanes"),
        ]
    )
    titles = {s.title for s in engine.suggest("gree", language=None)}
    assert titles == {"Green roofs in Copenhagen", "Greenways for cyclists"}
    (only,) = engine.suggest("green ro", language=None)
    assert (only.title, only.url, only.type) == (
        "Green roofs in Copenhagen",
        "/pages/1/",
        "casestudy",
    )


def test_suggestions_fold_accents_and_case(engine):
    engine.index([doc("1", "Energía para todos", language="es")])
    assert [s.title for s in engine.suggest("ENERG", language=None)] == ["Energía para todos"]


def test_at_most_eight_suggestions(engine):
    engine.index([doc(str(i), f"Green corridor {i}") for i in range(1, 13)])
    assert len(engine.suggest("green", language=None)) == MAX_SUGGESTIONS


def test_suggestions_in_one_language(engine):
    engine.index(
        [doc("1", "Ciudades verdes", language="es"), doc("2", "Ciudades del sur", language="pt")]
    )
    assert [s.title for s in engine.suggest("ciu", language="es")] == ["Ciudades verdes"]
    assert len(engine.suggest("ciu", language=None)) == 2


def test_nothing_typed_suggests_nothing(engine):
    engine.index([doc("1", "Green roofs")])
    assert engine.suggest("", language=None) == []
    assert engine.suggest("  ", language=None) == []


# -- keeping the index current ----------------------------------------------------------------


def test_deleting_a_document_removes_it(engine):
    engine.index([doc("1", "Green roofs"), doc("2", "Green streets")])
    engine.delete(["page:1", "page:404"])  # an unknown key is no error
    response = search(engine, "green")
    assert keys(response) == {"2"}
    assert response.facets["type"] == {"casestudy": 1}
    assert engine.suggest("green r", language=None) == []


def test_indexing_a_key_again_replaces_the_document(engine):
    engine.index([doc("1", "Green roofs", type="casestudy", clusters=("nature",))])
    engine.index([doc("1", "Blue roofs", type="course", clusters=("water",))])
    assert keys(search(engine, "green")) == set()
    response = search(engine, "blue")
    assert keys(response) == {"1"}
    assert response.count == 1
    assert response.facets["type"] == {"course": 1}
    assert response.facets["cluster"] == {"water": 1}


def test_rebuild_replaces_everything(engine):
    engine.index([doc("1", "Green roofs"), doc("2", "Green streets")])
    written = engine.rebuild([doc("3", "Green corridors"), doc("4", "Blue roofs")])
    assert written == 2
    assert keys(search(engine, "green")) == {"3"}
    assert search(engine).count == 2


def test_rebuild_reports_progress(engine):
    seen = []
    engine.rebuild([doc(str(i), f"Park {i}") for i in range(1, 4)], progress=seen.append)
    assert seen and seen[-1] == 3


# -- one rebuild at a time --------------------------------------------------------------------


class BlockedRebuild:
    """A rebuild in a thread of its own that stops after its first document until released:
    it holds the index's rebuild lock, its new generation half built."""

    def __init__(self, engine, documents, **options):
        self.filling, self.release = threading.Event(), threading.Event()
        self.outcome: dict = {}

        def stream():
            yield documents[0]
            self.filling.set()
            assert self.release.wait(60)
            yield from documents[1:]

        def run():
            try:
                self.outcome["written"] = engine.rebuild(stream(), **options)
            except Exception as error:  # reported to the test by finish()
                self.outcome["error"] = error

        self.thread = threading.Thread(target=run)

    def __enter__(self):
        self.thread.start()
        assert self.filling.wait(60)
        return self

    def __exit__(self, *exc_info):
        self.release.set()
        self.thread.join(60)

    def finish(self):
        self.release.set()
        self.thread.join(60)
        assert "error" not in self.outcome, self.outcome.get("error")
        return self.outcome["written"]


def test_a_second_rebuild_is_refused_while_one_runs_and_the_first_completes(engine):
    engine.index([doc("1", "Old roofs")])
    with BlockedRebuild(engine, [doc("2", "First roofs"), doc("3", "First lanes")]) as first:
        with pytest.raises(RebuildRunning, match="Another rebuild .* is running.*--wait"):
            engine.rebuild([doc("9", "Second roofs")])
        assert keys(search(engine)) == {"1"}  # searching goes on, from the live index
        assert first.finish() == 2
    assert keys(search(engine)) == {"2", "3"}
    assert not engine.status()["rebuilding"]


def test_a_second_rebuild_may_wait_for_the_first_then_replace_it(engine):
    seen_when_starting = []

    def second_documents():
        seen_when_starting.append(keys(search(engine)))
        yield doc("9", "Second roofs")

    with BlockedRebuild(engine, [doc("2", "First roofs"), doc("3", "First lanes")]) as first:
        second = threading.Thread(target=lambda: engine.rebuild(second_documents(), wait=60))
        second.start()
        # Not timing anything: a chance for the second rebuild to start too early.
        time.sleep(0.5)
        assert seen_when_starting == []
        first.finish()
        second.join(60)
    # The second started once the first had swapped its index in, and replaced it.
    assert seen_when_starting == [{"2", "3"}]
    assert keys(search(engine)) == {"9"}


def test_writes_during_a_rebuild_are_there_after_the_swap_never_older_versions(engine):
    engine.index([doc("4", "Rain gardens"), doc("5", "Old bus lanes")])
    # What the rebuild read before the pages below changed: it writes it after they changed.
    stale = [doc("1", "Green roofs"), doc("4", "Rain gardens"), doc("5", "Old bus lanes")]
    with BlockedRebuild(engine, stale) as rebuild:
        engine.index([doc("6", "Pocket parks")])  # published meanwhile
        engine.index([doc("5", "New bus lanes")])  # edited meanwhile
        engine.delete(["page:4"])  # unpublished meanwhile
        rebuild.finish()
    assert keys(search(engine)) == {"1", "5", "6"}
    assert [hit.title for hit in search(engine, "lanes").results] == ["New bus lanes"]
    assert search(engine, "gardens").count == 0
    assert engine.status()["documents"] == 3


KILLED_REBUILD = """
import json, sys, time
from search.engines.base import SearchDocument
kind, *args = json.loads(sys.argv[1])
if kind == "sqlite_fts":
    from search.engines.sqlite_fts import SqliteFtsEngine
    engine = SqliteFtsEngine(args[0])
else:
    from search.engines.elasticsearch import ElasticsearchEngine
    engine = ElasticsearchEngine(url=args[0], index_prefix=args[1])
def documents():
    for n in range(900, 1000):
        yield SearchDocument(key=f"page:{n}", page_id=n, type="city", language="en",
                             title=f"Half built {n}", url=f"/{n}/")
        if n == 900:
            print("filling", flush=True)
            time.sleep(120)
engine.rebuild(documents())
"""


def test_a_killed_rebuild_leaves_nothing_that_blocks_the_next(engine, engine_spec):
    engine.index([doc("1", "Green roofs")])
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_REBUILD, json.dumps(engine_spec)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "filling"
        assert engine.status()["rebuilding"]
    finally:
        child.kill()
        child.wait(30)
        child.stdout.close()
    assert not engine.status()["rebuilding"]
    assert keys(search(engine)) == {"1"}
    engine.rebuild([doc("2", "Blue roofs")])  # at once: no wait
    engine.index([doc("3", "Green lanes")])
    assert keys(search(engine)) == {"2", "3"}
    assert not engine.status()["rebuilding"]
    assert search(engine, "built").count == 0


def test_status_counts_the_documents(engine):
    engine.index(FILTERED)
    status = engine.status()
    assert status["documents"] == 4
    assert status["types"] == {"casestudy": 1, "course": 1, "lesson": 1, "city": 1}
    assert status["languages"] == {"en": 3, "es": 1}


def test_a_query_finding_nothing_gets_a_respelling_from_the_index(engine):
    engine.index([doc("1", "Green roofs in Copenhagen")])
    response = search(engine, "copenhagn roofs")
    assert response.count == 0
    assert response.spelling == "copenhagen roofs"


def test_a_respelling_comes_from_the_languages_searched(engine):
    engine.index([doc("1", "Urban parks"), doc("2", "Parques urbanos", language="es")])
    assert search(engine, "parqes", language=["en"]).spelling == "parks"
    assert search(engine, "parqes", language=["es"]).spelling == "parques"
    assert search(engine, "parqes", shown=["en"]).spelling == "parks"


def test_a_word_found_in_another_language_is_not_respelled(engine):
    engine.index(
        [
            doc("1", "Vivendi waste contract", language="en", shown_in=("en", "fr", "pt")),
            doc("2", "Acceso a la casa", language="es", body="Vivienda asequible."),
        ]
    )
    english = search(engine, "vivienda", shown=["en"])
    assert english.count == 0
    assert english.spelling == ""
    assert english.facets["language"] == {"es": 1}  # what the page offers instead
    assert search(engine, "vivienda", language=["en"]).spelling == ""


# -- hostile input ----------------------------------------------------------------------------

HOSTILE = [
    '"green roofs',
    'green "',
    '"""',
    "NEAR(green roofs)",
    "NEAR/2 green",
    "green AND OR NOT roofs",
    "AND",
    "NOT green",
    "green*",
    "*",
    "title:green",
    "{title body}: green",
    "^green",
    "green^2",
    "(green OR) roofs)",
    "[green] {roofs}",
    "green\x00roofs\x00",
    "\x00",
    "🌱 green 🌱",
    "🙂",
    "حدائق الأسطح",
    "גגות ירוקים green",
    "\u202egreen\u202c roofs",
    "'; DROP TABLE docs; --",
    'green" OR "1"="1',
    "-",
    "- - -green",
    "OR OR OR",
    "green roofs " * 100,
    "x" * 100_000,
    "green " * 20_000,
    '"' + "a " * 50_000,
    "\ud800 green \udfff",
    "%s %d {0} $1 \\ \\\\",
]


@pytest.mark.parametrize("q", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_answer_without_error(engine, q):
    engine.index([doc("1", "Green roofs", body="Green roofs near the station.")])
    response = search(engine, q, language=["en"])
    assert response.count == len(response.results) <= 1
    assert isinstance(engine.suggest(q, language=None), list)


def test_engine_operators_are_searched_as_words(engine):
    engine.index(
        [
            doc("1", "Green roofs near the station"),
            doc("2", "Green roofs"),
        ]
    )
    assert keys(search(engine, "near green")) == {"1"}
    assert keys(search(engine, "NEAR green")) == {"1"}
    assert keys(search(engine, "green NOT station")) == {"1"}
