"""The Elasticsearch engine without a server: its mapping, the requests it sends, and failure.

The behaviour against a real cluster is the shared contract suite (tests/search/contract/,
run when ELASTICSEARCH_URL is set). Here we check what the engine *asks* Elasticsearch for,
which decides that behaviour, and that an unreachable or broken cluster becomes
SearchUnavailable rather than a transport error (a 500 for the user).
"""

import datetime
import json
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from search.engines import elasticsearch as es
from search.engines.base import (
    COUNTED,
    FACETS,
    LANGUAGES,
    MAX_SUGGESTIONS,
    AnyOf,
    ParsedQuery,
    Phrase,
    SearchDocument,
    SearchRequest,
    SearchUnavailable,
    Term,
)

ALIAS = "academy-documents"


def request(*must, exclude=(), filters=None, **options):
    return SearchRequest(
        query=ParsedQuery(must=tuple(must), exclude=tuple(exclude)),
        filters=filters or {},
        **options,
    )


def document(**changes):
    fields = {
        "key": "page:7",
        "page_id": 7,
        "type": "casestudy",
        "language": "es",
        "title": "Techos verdes en Rosario",
        "url": "/es/case-studies/techos-verdes/",
        "summary": "Cubiertas vegetales para reducir el calor.",
        "body": "Texto largo sobre techos.",
        "date": datetime.date(2024, 5, 1),
        "clusters": ("nature-based-solutions",),
        "programmes": ("cities-forward",),
        "country": "AR",
        "region": "latin-america-caribbean",
        "sdgs": (11, 13),
    }
    return SearchDocument(**{**fields, **changes})


def must_clauses(body):
    """The clauses of the user's words inside the search body's query."""
    return body["query"]["bool"]["must"][0]["bool"]["must"]


def walk(node):
    """Every dict inside a request body, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


# ---------------------------------------------------------------------------------------------
# Mapping and analysis


def test_each_language_text_is_analysed_with_its_own_language_stemmer():
    properties = es.index_mapping()["properties"]
    analyzers = es.index_settings()["analysis"]["analyzer"]
    filters = es.index_settings()["analysis"]["filter"]
    # Snowball, as the embedded engine stems ("porter2" is Snowball English here).
    stemmers = {"en": "porter2", "es": "spanish", "fr": "french", "pt": "portuguese"}
    for language in LANGUAGES:
        for field in ("title", "summary", "body"):
            mapped = properties[f"{field}_{language}"]
            assert mapped["type"] == "text"
            chain = analyzers[mapped["analyzer"]]["filter"]
            stemmer = filters[chain[-1]]
            assert (stemmer["type"], stemmer["language"]) == ("stemmer", stemmers[language])


def test_every_language_analyzer_folds_case_and_accents_before_stemming():
    """So "energia" and "ENERGÍA" reach the stemmer as the same token as "energía"."""
    analysis = es.index_settings()["analysis"]
    properties = es.index_mapping()["properties"]
    for language in LANGUAGES:
        chain = analysis["analyzer"][properties[f"body_{language}"]["analyzer"]]["filter"]
        assert chain.index("lowercase") < chain.index("asciifolding") < len(chain) - 1
        # Stop words stay in the index, so a phrase such as "plan de acción" matches exactly.
        assert not [
            name for name in chain if analysis["filter"].get(name, {}).get("type") == "stop"
        ]


def test_plurals_are_made_singular_before_stemming_as_the_embedded_engine_does():
    """Same rules as search/text.py, so both engines match "ciudades" with "ciudad"."""
    from search import text

    mirrored = {
        language: [(rule.pattern, replacement) for rule, replacement in rules]
        for language, rules in text.PLURAL_RULES.items()
    }
    assert mirrored == es.PLURAL_RULES
    analysis = es.index_settings()["analysis"]

    def singular(word, language):
        chain = analysis["analyzer"][f"academy_{es.ANALYZER_NAMES[language]}"]["filter"]
        for name in chain:
            rule = analysis["filter"].get(name, {})
            if rule.get("type") == "pattern_replace":  # Java reads these patterns as Python
                word = re.sub(rule["pattern"], rule["replacement"], word)
        return word

    assert singular("ciudades", "es") == "ciudad"
    assert singular("informacoes", "pt") == singular("informacao", "pt") == "informacao"
    assert singular("espanhois", "pt") == "espanhol"
    assert singular("developpees", "fr") == "developpe"
    assert singular("roofs", "en") == "roofs"


def test_french_removes_elisions_and_english_possessives():
    analysis = es.index_settings()["analysis"]
    french = analysis["analyzer"]["academy_french"]["filter"]
    english = analysis["analyzer"]["academy_english"]["filter"]
    assert analysis["filter"][french[0]]["type"] == "elision"
    assert "l" in analysis["filter"][french[0]]["articles"]
    assert analysis["filter"][english[0]]["language"] == "possessive_english"


def test_every_analyzer_and_filter_the_mapping_names_is_defined():
    """A name missing from the analysis settings makes index creation fail on the server."""
    analysis = es.index_settings()["analysis"]
    builtin = {"lowercase", "asciifolding"}
    for name, mapped in es.index_mapping()["properties"].items():
        if "analyzer" in mapped:
            assert mapped["analyzer"] in analysis["analyzer"], name
    for definition in analysis["analyzer"].values():
        assert definition["tokenizer"] == "standard"
        for token_filter in definition["filter"]:
            assert token_filter in builtin or token_filter in analysis["filter"]


def test_facets_are_keyword_fields_and_sdgs_integers():
    properties = es.index_mapping()["properties"]
    facets = ("type", "language", "clusters", "tags", "programmes", "country", "region", "size")
    for field in (*facets, "city"):
        assert properties[field]["type"] == "keyword"
        # An overlong value is left out of the facet rather than refusing the document.
        assert properties[field]["ignore_above"] == es.FACET_VALUE_MAX
    assert properties["sdgs"] == {"type": "integer"}
    assert properties["date"] == {"type": "date"}
    for name in FACETS:
        assert es.FILTER_FIELDS[name] in properties


def test_title_completes_as_you_type_without_stemming():
    title = es.index_mapping()["properties"]["title"]
    assert title["type"] == "search_as_you_type"
    chain = es.index_settings()["analysis"]["analyzer"][title["analyzer"]]["filter"]
    assert chain == ["lowercase", "asciifolding"]


def test_mapping_is_strict_and_holds_every_field_a_document_stores():
    """With dynamic: strict a field the mapping lacks would be refused at indexing time."""
    mapping = es.index_mapping()
    assert mapping["dynamic"] == "strict"
    # status() compares this with the live index's to say when a rebuild is due.
    assert mapping["_meta"] == {"academy_mapping": es.MAPPING_VERSION}
    full = document(tags=("roofs",), city="Rosario", size="large")
    for language in LANGUAGES:
        stored = es.document_source(document(language=language))
        assert set(stored) <= set(mapping["properties"])
    assert set(es.document_source(full)) <= set(mapping["properties"])


def test_index_has_one_shard_and_replicas_that_fit_a_one_node_cluster():
    settings = es.index_settings()
    assert settings["number_of_shards"] == 1
    assert settings["auto_expand_replicas"] == "0-1"


# ---------------------------------------------------------------------------------------------
# What a document becomes


def test_a_document_fills_only_its_own_language_fields():
    stored = es.document_source(document(language="fr", title="Toits verts", keywords="BRT"))
    assert stored["title_fr"] == "Toits verts"
    assert stored["keywords_fr"] == "BRT"
    assert stored["summary_fr"] and stored["body_fr"]
    assert not [name for name in stored if name.endswith(("_en", "_es", "_pt"))]
    assert stored["language"] == "fr"
    assert stored["sdgs"] == [11, 13]
    assert stored["clusters"] == ["nature-based-solutions"]


def test_empty_facet_values_are_not_stored_so_they_are_never_counted():
    stored = es.document_source(document(city="", country="", size="", tags=()))
    for name in ("city", "country", "size", "tags"):
        assert name not in stored


def test_stored_text_can_always_be_sent_as_json():
    stored = es.document_source(document(title="Roofs\x00", body="a \ud800 b\x07c"))
    assert stored["title"] == "Roofs "
    assert stored["body_es"] == "a   b c"
    json.dumps(stored, ensure_ascii=False, default=str).encode("utf-8")


def test_excerpt_is_a_short_start_of_the_summary_or_the_body():
    long_body = "palabra " * 200
    stored = es.document_source(document(summary="", body=long_body))
    assert len(stored["excerpt"]) <= es.EXCERPT_CHARS + 2
    assert stored["excerpt"].startswith("palabra palabra")
    assert es.document_source(document())["excerpt"] == "Cubiertas vegetales para reducir el calor."


# ---------------------------------------------------------------------------------------------
# Query bodies


def test_plain_words_are_each_required_in_any_boosted_field():
    body = es.search_body(request(Term("green"), Term("roofs"), filters={"language": ("en",)}))
    first, second = must_clauses(body)
    assert first["multi_match"]["query"] == "green"
    assert second["multi_match"]["query"] == "roofs"
    assert first["multi_match"]["operator"] == "and"
    assert first["multi_match"]["fields"] == [
        "title_en^3",
        "keywords_en^2.5",
        "summary_en^2",
        "body_en^1",
    ]
    # A word the analyzer turns into nothing must not make the whole query match nothing.
    assert first["multi_match"]["zero_terms_query"] == "all"


def test_stop_words_are_dropped_from_queries_unless_nothing_else_is_left():
    body = es.search_body(request(Term("the"), Term("roofs"), Phrase(("the", "city"))))
    queries = [clause["multi_match"]["query"] for clause in must_clauses(body)]
    assert queries == ["roofs", "the city"]
    alone = es.search_body(request(Term("the")))
    assert [c["multi_match"]["query"] for c in must_clauses(alone)] == ["the"]
    # Stop words are those of the languages searched: "de" is a word in English.
    english = es.search_body(request(Term("de"), Term("roofs"), filters={"language": ("en",)}))
    assert [c["multi_match"]["query"] for c in must_clauses(english)] == ["de", "roofs"]


def test_a_phrase_is_matched_as_a_phrase():
    body = es.search_body(request(Phrase(("green", "roofs"))))
    (clause,) = must_clauses(body)
    assert clause["multi_match"]["type"] == "phrase"
    assert clause["multi_match"]["query"] == "green roofs"


def test_excluded_words_and_phrases_go_in_must_not():
    body = es.search_body(request(Term("roofs"), exclude=(Term("paris"), Phrase(("new", "york")))))
    must_not = body["query"]["bool"]["must"][0]["bool"]["must_not"]
    assert [c["multi_match"]["query"] for c in must_not] == ["paris", "new york"]
    assert must_not[1]["multi_match"]["type"] == "phrase"
    # An excluded word that analyses to nothing excludes nothing rather than everything.
    assert must_not[0]["multi_match"]["zero_terms_query"] == "none"


def test_an_or_group_needs_one_of_its_options():
    body = es.search_body(request(AnyOf((Term("water"), Phrase(("green", "roofs"))))))
    (clause,) = must_clauses(body)
    group = clause["bool"]
    assert group["minimum_should_match"] == 1
    assert [o["multi_match"]["query"] for o in group["should"]] == ["water", "green roofs"]


def test_an_empty_query_lists_everything_the_filters_allow():
    body = es.search_body(request(filters={"type": ("course",)}))
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert body["query"]["bool"]["filter"] == [{"terms": {"type": ["course"]}}]
    assert "highlight" not in body
    assert "suggest" not in body


def test_only_exclusions_list_everything_but_the_excluded():
    body = es.search_body(request(exclude=(Term("paris"),)))
    words = body["query"]["bool"]["must"][0]["bool"]
    assert words["must"] == [{"match_all": {}}]
    assert words["must_not"][0]["multi_match"]["query"] == "paris"


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("type", ("course", "lesson"), {"type": ["course", "lesson"]}),
        ("cluster", ("water-resources",), {"clusters": ["water-resources"]}),
        ("programme", ("iurc",), {"programmes": ["iurc"]}),
        ("region", ("europe",), {"region": ["europe"]}),
        ("country", ("AR", "US"), {"country": ["AR", "US"]}),
        ("size", ("large",), {"size": ["large"]}),
        ("sdg", ("3", "11"), {"sdgs": [3, 11]}),
        ("language", ("pt",), {"language": ["pt"]}),
    ],
)
def test_each_filter_is_a_terms_filter_on_its_field(name, values, expected):
    body = es.search_body(request(Term("plan"), filters={name: values}))
    assert body["query"]["bool"]["filter"] == [{"terms": expected}]


def test_filters_are_anded_and_values_that_cannot_match_are_ignored():
    filters = {
        "type": ("course",),
        "sdg": ("3", "abc", "²", "-1"),
        "language": ("xx",),
        "colour": ("red",),
        "region": (),
    }
    body = es.search_body(request(Term("plan"), filters=filters))
    assert body["query"]["bool"]["filter"] == [
        {"terms": {"sdgs": [3]}},
        {"terms": {"type": ["course"]}},
    ]
    # An unknown language is no language filter: every language is searched.
    fields = must_clauses(body)[0]["multi_match"]["fields"]
    assert {field.split("_")[1].split("^")[0] for field in fields} == set(LANGUAGES)


def test_one_language_searches_its_fields_and_all_searches_every_language():
    spanish = es.search_body(request(Term("techo"), filters={"language": ("es",)}))
    every = es.search_body(request(Term("techo")))
    assert must_clauses(spanish)[0]["multi_match"]["fields"] == [
        "title_es^3",
        "keywords_es^2.5",
        "summary_es^2",
        "body_es^1",
    ]
    fields = must_clauses(every)[0]["multi_match"]["fields"]
    assert len(fields) == 16
    for language in LANGUAGES:
        assert f"title_{language}^3" in fields
        assert f"keywords_{language}^2.5" in fields
        assert f"body_{language}^1" in fields


def test_a_facet_is_counted_with_every_filter_but_its_own():
    filters = {"type": ("course",), "cluster": ("water-resources",)}
    body = es.search_body(request(Term("plan"), filters=filters))
    aggs = body["aggs"]
    type_scope = aggs["type"]["aggs"]["scoped"]
    assert "global" in aggs["type"]
    assert type_scope["filter"]["bool"]["filter"] == [{"terms": {"clusters": ["water-resources"]}}]
    assert type_scope["aggs"]["values"]["terms"]["field"] == "type"
    cluster_scope = aggs["cluster"]["aggs"]["scoped"]
    assert cluster_scope["filter"]["bool"]["filter"] == [{"terms": {"type": ["course"]}}]
    # The user's words still apply inside the facet's scope.
    words = cluster_scope["filter"]["bool"]["must"][0]["bool"]["must"]
    assert words[0]["multi_match"]["query"] == "plan"


def test_facets_without_an_active_filter_count_the_hits_directly():
    body = es.search_body(request(Term("plan"), filters={"type": ("course",)}))
    for name in COUNTED:
        if name != "type":
            assert body["aggs"][name] == {
                "terms": {"field": es.FILTER_FIELDS[name], "size": es.FACET_SIZE}
            }
    assert set(body["aggs"]) == set(COUNTED)


def test_the_language_facet_counts_every_language_when_one_is_chosen():
    body = es.search_body(request(Term("plan"), filters={"language": ("es",), "sdg": ("6",)}))
    scope = body["aggs"]["language"]["aggs"]["scoped"]["filter"]["bool"]
    assert scope["filter"] == [{"terms": {"sdgs": [6]}}]
    fields = scope["must"][0]["bool"]["must"][0]["multi_match"]["fields"]
    assert len(fields) == 16
    # ...while the other facets count the chosen language only.
    sdg_scope = body["aggs"]["sdg"]["aggs"]["scoped"]["filter"]["bool"]
    assert sdg_scope["filter"] == [{"terms": {"language": ["es"]}}]
    assert sdg_scope["must"][0]["bool"]["must"][0]["multi_match"]["fields"][0] == "title_es^3"


def test_snippets_are_highlighted_with_mark_and_everything_else_escaped():
    body = es.search_body(request(Term("roofs"), filters={"language": ("en",)}))
    highlight = body["highlight"]
    assert highlight["pre_tags"] == ["<mark>"]
    assert highlight["post_tags"] == ["</mark>"]
    assert highlight["encoder"] == "html"
    assert set(highlight["fields"]) == {"summary_en", "body_en"}
    assert highlight["fields"]["body_en"]["number_of_fragments"] == 1


def test_pages_hold_twenty_results():
    first = es.search_body(request(Term("plan")))
    third = es.search_body(request(Term("plan"), page=3))
    assert (first["from"], first["size"]) == (0, 20)
    assert (third["from"], third["size"]) == (40, 20)
    assert third["track_total_hits"] is True


def test_a_page_beyond_the_result_window_asks_for_no_hits_instead_of_failing():
    body = es.search_body(request(Term("plan"), page=10_000))
    assert (body["from"], body["size"]) == (0, 0)
    assert "aggs" in body  # the count and the facets still come back


def test_results_sort_by_relevance_or_newest_first_with_a_stable_tiebreak():
    relevance = es.search_body(request(Term("plan")))["sort"]
    by_date = es.search_body(request(Term("plan"), sort="date"))["sort"]
    assert list(relevance[0]) == ["_score"]
    assert by_date[0] == {"date": {"order": "desc", "missing": "_last"}}
    assert relevance[-1] == by_date[-1] == {"key": {"order": "asc"}}
    assert es.search_body(request(Term("plan"), sort="nonsense"))["sort"] == relevance


def test_hits_carry_only_what_a_result_shows():
    includes = es.search_body(request(Term("plan")))["_source"]["includes"]
    assert not [name for name in includes if name.startswith("body")]
    assert {"title", "url", "type", "language", "excerpt", "date"} <= set(includes)


def test_hostile_text_reaches_elasticsearch_as_plain_words():
    body = es.search_body(
        request(Term("ro\x00of"), Phrase(("a*", "NEAR", "b:^")), text="green \ud800 roofs\x00")
    )
    first, second = must_clauses(body)
    # Control characters separate words; a lone surrogate would make the request invalid JSON.
    assert first["multi_match"]["query"] == "ro of"
    assert body["suggest"]["text"] == "green   roofs"
    json.dumps(body, ensure_ascii=False).encode("utf-8")  # as the client sends it
    # match queries analyse text; no query-string syntax is ever interpreted.
    assert second["multi_match"]["query"] == "a* NEAR b:^"
    assert not [node for node in walk(body) if "query_string" in node]
    json.dumps(body)


def test_a_query_of_hundreds_of_words_stays_within_the_clause_limit():
    words = [Term(f"w{i}") for i in range(400)]
    body = es.search_body(request(*words, exclude=[Term(f"x{i}") for i in range(100)]))
    inner = body["query"]["bool"]["must"][0]["bool"]
    assert len(inner["must"]) == es.MAX_MUST_WORDS
    assert len(inner["must_not"]) == es.MAX_EXCLUDED_WORDS


def test_hundreds_of_alternatives_are_cut_to_the_same_budget():
    group = AnyOf(tuple(Term(f"w{i}") for i in range(300)))
    body = es.search_body(request(Term("roofs"), group, Term("never")))
    first, second = must_clauses(body)
    assert first["multi_match"]["query"] == "roofs"
    assert len(second["bool"]["should"]) == es.MAX_MUST_WORDS - 1


def test_a_query_with_words_asks_for_spelling_from_the_index_vocabulary():
    body = es.search_body(request(Term("grene"), text="grene"))
    assert body["suggest"]["text"] == "grene"
    assert body["suggest"]["spelling"]["term"]["field"] == "spell"
    assert body["suggest"]["spelling"]["term"]["suggest_mode"] == "missing"


def test_suggestions_are_titles_in_which_every_typed_word_starts_a_word():
    body = es.suggest_body("gre ro", "en")
    query = body["query"]["bool"]
    assert query["must"] == [
        {"match_bool_prefix": {"title": {"query": "gre", "operator": "and"}}},
        {"match_bool_prefix": {"title": {"query": "ro", "operator": "and"}}},
    ]
    # Titles with the words side by side, as typed, rank first.
    assert query["should"] == [
        {
            "multi_match": {
                "query": "gre ro",
                "type": "bool_prefix",
                "fields": ["title", "title._2gram", "title._3gram"],
            }
        }
    ]
    assert query["filter"] == [{"term": {"language": "en"}}]
    assert body["size"] == MAX_SUGGESTIONS
    assert body["_source"]["includes"] == ["title", "url", "type"]


def test_suggestions_read_phrases_alternatives_and_exclusions():
    query = es.suggest_body('"green roofs" water OR rain -paris', None)["query"]["bool"]
    phrase, group = query["must"]
    assert phrase == {"match_phrase": {"title": "green roofs"}}
    assert group["bool"]["minimum_should_match"] == 1
    assert len(group["bool"]["should"]) == 2
    assert query["must_not"] == [
        {"match_bool_prefix": {"title": {"query": "paris", "operator": "and"}}},
        {"term": {"deleted": True}},  # a deletion's tombstone is never suggested
    ]


def test_suggestions_without_a_known_language_cover_every_language():
    for language in (None, "xx"):
        assert "filter" not in es.suggest_body("gre", language)["query"]["bool"]


def test_nothing_typed_asks_for_no_suggestions():
    for text in ("", "   ", '"', "-", "***", "\x00"):
        assert es.suggest_body(text, "en") is None


# ---------------------------------------------------------------------------------------------
# Reading answers


def test_a_hit_uses_the_highlighted_summary_first_then_the_body():
    hit = {
        "_id": "page:7",
        "_score": 2.5,
        "_source": {
            "key": "page:7",
            "title": "T",
            "url": "/t/",
            "type": "city",
            "language": "en",
            "excerpt": "plain",
            "date": "2024-05-01",
            "clusters": ["water-resources"],
        },
        "highlight": {"body_en": ["a <mark>roof</mark> body"], "summary_en": ["<mark>roof</mark>"]},
    }
    result = es.search_hit(hit)
    assert result.snippet == "<mark>roof</mark>"
    assert result.date == datetime.date(2024, 5, 1)
    assert result.clusters == ("water-resources",)
    assert result.score == 2.5
    del hit["highlight"]["summary_en"]
    assert es.search_hit(hit).snippet == "a <mark>roof</mark> body"


def test_without_highlights_the_snippet_is_the_escaped_excerpt():
    hit = {"_id": "page:1", "_score": None, "_source": {"excerpt": "<script>x</script> & co"}}
    result = es.search_hit(hit)
    assert result.snippet == "&lt;script&gt;x&lt;/script&gt; &amp; co"
    assert result.score == 0.0
    assert result.date is None


def test_facet_counts_read_both_aggregation_shapes():
    aggregations = {
        "type": {
            "doc_count": 9,
            "scoped": {
                "doc_count": 5,
                "values": {
                    "buckets": [
                        {"key": "casestudy", "doc_count": 4},
                        {"key": "course", "doc_count": 1},
                    ]
                },
            },
        },
        "sdg": {"buckets": [{"key": 11, "doc_count": 3}]},
    }
    facets = es.facet_counts(aggregations)
    assert facets["type"] == {"casestudy": 4, "course": 1}
    assert facets["sdg"] == {"11": 3}
    assert facets["region"] == {}
    assert set(facets) == set(COUNTED)


def test_respelling_replaces_unknown_required_words_and_keeps_the_rest():
    text = 'Grene roofs "pariss" -lodon'
    query = ParsedQuery(
        must=(Term("Grene"), Term("roofs"), Term("pariss")),
        exclude=(Term("lodon"),),
    )
    entries = [
        {"text": "grene", "offset": 0, "length": 5, "options": [{"text": "green"}]},
        {"text": "roofs", "offset": 6, "length": 5, "options": []},
        {"text": "pariss", "offset": 13, "length": 6, "options": [{"text": "paris"}]},
        {"text": "lodon", "offset": 22, "length": 5, "options": [{"text": "london"}]},
    ]
    suggest = {"spelling": entries, "spelling_en": entries}
    assert es.respelling(text, suggest, query, ["en"]) == 'green roofs "paris" -lodon'


def test_no_respelling_when_every_word_is_known():
    entries = [{"text": "roofs", "offset": 0, "length": 5, "options": []}]
    suggest = {"spelling": entries, "spelling_en": entries}
    assert es.respelling("roofs", suggest, ParsedQuery(must=(Term("roofs"),)), ["en"]) == ""


def test_a_respelling_is_the_best_word_of_the_languages_searched():
    def entry(*options):
        return [{"text": "parqes", "offset": 0, "length": 6, "options": list(options)}]

    parks = {"text": "parks", "score": 0.6, "freq": 3}
    parques = {"text": "parques", "score": 0.83, "freq": 1}
    suggest = {
        "spelling": entry(parques),
        "spelling_en": entry(parks),
        "spelling_es": entry(parques),
    }
    query = ParsedQuery(must=(Term("parqes"),))
    assert es.respelling("parqes", suggest, query, ["en"]) == "parks"
    assert es.respelling("parqes", suggest, query, ["es"]) == "parques"
    assert es.respelling("parqes", suggest, query, ["en", "es"]) == "parques"
    assert es.respelling("parqes", suggest, query, []) == ""


def test_a_word_known_in_any_language_is_not_respelled():
    # "missing" mode: a word some document holds gets no options in the "spell" vocabulary.
    suggest = {
        "spelling": [{"text": "vivienda", "offset": 0, "length": 8, "options": []}],
        "spelling_en": [
            {"text": "vivienda", "offset": 0, "length": 8, "options": [{"text": "vivendi"}]}
        ],
    }
    assert es.respelling("vivienda", suggest, ParsedQuery(must=(Term("vivienda"),)), ["en"]) == ""


def test_the_default_scope_filters_and_is_counted_with_the_language():
    scoped = request(Term("plan"), filters={"shown": ("fr",), "sdg": ("6",)}, text="plan")
    body = es.search_body(scoped)
    filters = body["query"]["bool"]["filter"]
    assert {"terms": {"shown": ["fr"]}} in filters
    # Every language's fields are searched: a document fills only its own.
    fields = must_clauses(body)[0]["multi_match"]["fields"]
    assert {field.split("_")[1].split("^")[0] for field in fields} == set(LANGUAGES)
    for name in ("language", "shown"):
        scope = body["aggs"][name]["aggs"]["scoped"]["filter"]["bool"]
        assert scope["filter"] == [{"terms": {"sdgs": [6]}}]  # neither language nor scope
    sdg_scope = body["aggs"]["sdg"]["aggs"]["scoped"]["filter"]["bool"]
    assert sdg_scope["filter"] == [{"terms": {"shown": ["fr"]}}]
    # What a respelling may come from: every language's vocabulary, and the scope's languages.
    assert set(body["suggest"]) == {"text", "spelling", *(f"spelling_{lang}" for lang in LANGUAGES)}
    languages = body["aggs"]["scope_languages"]["aggs"]["scoped"]["filter"]["bool"]
    assert languages["filter"] == [{"terms": {"shown": ["fr"]}}]


def test_the_scope_languages_are_read_from_their_aggregation():
    in_scope = {
        "scope_languages": {"scoped": {"values": {"buckets": [{"key": "en"}, {"key": "fr"}]}}}
    }
    scoped = request(Term("plan"), filters={"shown": ("fr",)})
    assert es.spelling_languages(scoped, in_scope) == ("en", "fr")
    assert es.spelling_languages(request(Term("plan"), filters={"language": ("es",)}), {}) == (
        "es",
    )
    assert es.spelling_languages(request(Term("plan")), {}) == LANGUAGES


def test_suggestions_in_a_language_or_in_a_scope():
    def filters(body):
        return body["query"]["bool"].get("filter", [])

    assert filters(es.suggest_body("gre", "es")) == [{"term": {"language": "es"}}]
    assert filters(es.suggest_body("gre", None, "fr")) == [{"term": {"shown": "fr"}}]
    assert filters(es.suggest_body("gre", None, None)) == []
    assert filters(es.suggest_body("gre", None, "../x")) == []


# ---------------------------------------------------------------------------------------------
# Rebuild: a new index, then one atomic alias swap


def test_the_alias_swap_is_one_request_adding_the_new_and_removing_the_old():
    old = ["academy-documents-20240101000000000000"]
    actions = es.alias_swap_actions(ALIAS, "academy-documents-20250101000000000000", old)
    assert actions == [
        {"add": {"index": "academy-documents-20250101000000000000", "alias": ALIAS}},
        {"remove": {"index": "academy-documents-20240101000000000000", "alias": ALIAS}},
    ]
    first = es.alias_swap_actions(ALIAS, "academy-documents-20250101000000000000", [])
    assert first == [{"add": {"index": "academy-documents-20250101000000000000", "alias": ALIAS}}]


def test_new_index_names_sort_by_age_and_are_recognised_as_generations():
    earlier = es.new_index_name(
        ALIAS, datetime.datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)
    )
    later = es.new_index_name(ALIAS, datetime.datetime(2024, 1, 2, 3, 4, 5, 7, tzinfo=datetime.UTC))
    assert earlier == "academy-documents-20240102030405000006"
    assert earlier < later
    assert es.is_generation(ALIAS, earlier)
    assert not es.is_generation(ALIAS, "academy-documents-documents-20240102030405000006")
    assert not es.is_generation(ALIAS, ALIAS)
    assert es.alias_name("Academy") == ALIAS


def test_updates_go_to_the_live_index_and_to_one_being_rebuilt():
    indices = {
        "academy-documents-20240101000000000000": {"aliases": {}},  # left by a failed rebuild
        "academy-documents-20240201000000000000": {"aliases": {ALIAS: {}}},
        "academy-documents-20240301000000000000": {"aliases": {}},  # being filled
        "academy-documents-documents-20240401000000000000": {"aliases": {}},  # another prefix
    }
    assert es.write_targets(ALIAS, indices) == [
        "academy-documents-20240201000000000000",
        "academy-documents-20240301000000000000",
    ]


def test_updates_without_a_live_index_say_a_rebuild_is_needed():
    with pytest.raises(SearchUnavailable, match="rebuild"):
        es.write_targets(ALIAS, {"academy-documents-20240301000000000000": {"aliases": {}}})
    with pytest.raises(SearchUnavailable):
        es.write_targets(ALIAS, {})


def test_after_a_swap_older_generations_are_dropped_and_newer_ones_kept():
    existing = [
        "academy-documents-20240101000000000000",
        "academy-documents-20240201000000000000",
        "academy-documents-20240301000000000000",  # the new one
        "academy-documents-20240401000000000000",  # a rebuild started later
        "academy-documents-documents-20240101000000000000",
        "unrelated",
    ]
    assert es.stale_indices(ALIAS, "academy-documents-20240301000000000000", existing) == [
        "academy-documents-20240101000000000000",
        "academy-documents-20240201000000000000",
    ]


def test_a_killed_rebuilds_index_is_recognised_as_unfinished():
    indices = {
        "academy-documents-20240101000000000000": {"aliases": {}},  # older: stale, not unfinished
        "academy-documents-20240201000000000000": {"aliases": {ALIAS: {}}},
        "academy-documents-20240301000000000000": {"aliases": {}},  # a killed rebuild's
        "academy-documents-lock": {"aliases": {}},
    }
    assert es.unfinished_indices(ALIAS, indices) == ["academy-documents-20240301000000000000"]
    # Before any rebuild finished, every generation is unfinished.
    first = {"academy-documents-20240301000000000000": {"aliases": {}}}
    assert es.unfinished_indices(ALIAS, first) == ["academy-documents-20240301000000000000"]
    assert not es.is_generation(ALIAS, es.lock_index(ALIAS))


def test_a_deletion_during_a_rebuild_is_a_tombstone_that_every_read_leaves_out():
    assert es.tombstone("page:7") == {"key": "page:7", "deleted": True}
    assert es.index_mapping()["properties"]["deleted"] == {"type": "boolean"}
    deleted = {"term": {"deleted": True}}
    body = es.search_body(request(Term("plan"), filters={"type": ("course",), "shown": ("fr",)}))
    assert body["query"]["bool"]["must_not"] == [deleted]
    for name in ("type", "language", "shown"):
        assert body["aggs"][name]["aggs"]["scoped"]["filter"]["bool"]["must_not"] == [deleted]
    assert deleted in es.suggest_body("pla", None, "fr")["query"]["bool"]["must_not"]


def test_a_lock_is_stale_once_its_process_is_gone_or_its_heartbeat_old():
    now = 1_000_000.0
    holder = {"pid": 4242, "host": "web-1", "heartbeat": now - 5}
    alive, dead = (lambda pid: True), (lambda pid: False)
    assert not es.lock_is_stale(holder, now=now, host="web-1", alive=alive)
    assert es.lock_is_stale(holder, now=now, host="web-1", alive=dead)  # killed on this host
    # On another host its process cannot be seen: only the heartbeat tells.
    assert not es.lock_is_stale(holder, now=now, host="web-2", alive=dead)
    late = {**holder, "heartbeat": now - es.LOCK_STALE_AFTER - 1}
    assert es.lock_is_stale(late, now=now, host="web-2", alive=alive)
    for broken in ({}, {"heartbeat": "yesterday"}, {"heartbeat": None, "pid": 1}):
        assert es.lock_is_stale(broken, now=now, host="web-1", alive=alive)


def test_a_refused_rebuild_says_who_runs_and_how_to_wait():
    message = es.refusal({"pid": 4242, "host": "web-1", "started": "2026-12-06T10:00:00+00:00"})
    assert "process 4242 on web-1, since 2026-12-06T10:00:00+00:00" in message
    assert "--wait" in message
    assert "running." in es.refusal({})


# ---------------------------------------------------------------------------------------------
# An unreachable or broken cluster is SearchUnavailable, never a transport error

# Port 9 (discard) has no listener here: connections are refused at once.
REFUSED = "http://127.0.0.1:9"


def engine_calls(engine):
    return {
        "search": lambda: engine.search(request(Term("roofs"))),
        "empty search": lambda: engine.search(request()),
        "suggest": lambda: engine.suggest("gre", language="en"),
        "index": lambda: engine.index([document()]),
        "delete": lambda: engine.delete(["page:7"]),
        "status": lambda: engine.status(),
        "rebuild": lambda: engine.rebuild([document()]),
        "drop": lambda: engine.drop(),
    }


@pytest.mark.parametrize("call", list(engine_calls(None)))
def test_a_refused_connection_is_search_unavailable(call):
    engine = es.ElasticsearchEngine(REFUSED)
    with pytest.raises(SearchUnavailable, match="cannot be reached"):
        engine_calls(engine)[call]()


@pytest.mark.parametrize("url", ["", "not a url", "ftp://user:secret@host"])
def test_a_bad_url_is_search_unavailable_without_repeating_it(url):
    engine = es.ElasticsearchEngine(url)
    with pytest.raises(SearchUnavailable, match="ELASTICSEARCH_URL") as raised:
        engine.search(request(Term("roofs")))
    assert "secret" not in str(raised.value)


def test_nothing_to_write_or_suggest_needs_the_cluster():
    engine = es.ElasticsearchEngine(REFUSED)
    assert engine.index([]) == 0
    assert engine.delete([]) is None
    assert engine.suggest("  \x00 ", language="en") == []


@pytest.fixture
def silent_server():
    """A socket that accepts connections and never answers: a hung cluster."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


def test_a_timeout_is_search_unavailable(silent_server):
    engine = es.ElasticsearchEngine(silent_server, timeout=0.3)
    started = time.monotonic()
    with pytest.raises(SearchUnavailable):
        engine.search(request(Term("roofs")))
    assert time.monotonic() - started < 5


class MissingIndexHandler(BaseHTTPRequestHandler):
    """Answers every request as Elasticsearch does when the index or alias does not exist."""

    def _missing(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = json.dumps(
            {
                "error": {"type": "index_not_found_exception", "reason": "no such index"},
                "status": 404,
            }
        ).encode()
        self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _missing

    def log_message(self, *args):
        pass


@pytest.fixture
def missing_index_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), MissingIndexHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("call", ["search", "suggest", "status", "index", "delete"])
def test_a_missing_index_is_search_unavailable_asking_for_a_rebuild(missing_index_server, call):
    engine = es.ElasticsearchEngine(missing_index_server)
    with pytest.raises(SearchUnavailable, match="rebuild"):
        engine_calls(engine)[call]()
