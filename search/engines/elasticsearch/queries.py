"""The bodies of search and suggestion requests, and what their answers mean."""

import datetime
import html
from collections.abc import Iterable
from typing import Any

from elasticsearch.dsl import A, Q, Search

from ...query import parse_query
from ...text import folded_words, is_stopword
from ..base import (
    COUNTED,
    LANGUAGES,
    MAX_QUERY_LENGTH,
    MAX_SUGGESTIONS,
    SCOPE,
    AnyOf,
    ParsedQuery,
    Phrase,
    SearchHit,
    SearchRequest,
    Term,
)
from .mapping import _clean

# Relative weight of each searched field: a word in the title counts most, then one of the
# keywords (tags, city and cluster names), the summary and the body.
FIELD_BOOSTS = {"title": 3, "keywords": 2.5, "summary": 2, "body": 1}
# Request parameter / facet name -> keyword field holding its values. "tag" and "city" are
# filters without a facet on the page.
FILTER_FIELDS = {
    "type": "type",
    "cluster": "clusters",
    "region": "region",
    "country": "country",
    "programme": "programmes",
    "size": "size",
    "sdg": "sdgs",
    "language": "language",
    SCOPE: "shown",
    "tag": "tags",
    "city": "city",
}
# The language and the default scope are one parameter (``lang``): either facet is counted
# without either filter, so each says what choosing another value would find.
LANGUAGE_GROUP = frozenset({"language", SCOPE})
INTEGER_FILTERS = frozenset({"sdg"})
# Every read leaves out the tombstones of deletions made during a rebuild.
NOT_DELETED = Q("term", deleted=True)
# Enough buckets for every country; other facets have far fewer values.
FACET_SIZE = 250
# Elasticsearch refuses from + size beyond index.max_result_window (10,000 by default).
MAX_RESULT_WINDOW = 10_000
# A hostile query of hundreds of words (or OR-ed alternatives) would exceed the cluster's
# clause limit and be refused; words past these counts are dropped instead.
MAX_MUST_WORDS = 32
MAX_EXCLUDED_WORDS = 16
SNIPPET_CHARS = 200
HIGHLIGHT_TAGS = ("<mark>", "</mark>")


def searched_languages(request: SearchRequest) -> tuple[str, ...]:
    """The languages whose fields are searched: the ``lang`` filter, or all of them (in the
    default scope too: a document fills only its own language's fields, so each is matched in
    its own language's analysis whatever the languages searched)."""
    chosen = tuple(lang for lang in request.filters.get("language", ()) if lang in LANGUAGES)
    return chosen or LANGUAGES


def text_fields(languages: Iterable[str]) -> list[str]:
    return [
        f"{field}_{language}^{boost}"
        for language in languages
        for field, boost in FIELD_BOOSTS.items()
    ]


def _clause_query(clause: Term | Phrase | AnyOf, fields: list[str], *, required: bool) -> Q:
    """One clause of the user's query, matched in any of ``fields``.

    A required word the analyzer turns into nothing (a lone "—") constrains nothing, rather
    than making the whole query match nothing; an excluded one excludes nothing.
    """
    zero_terms = "all" if required else "none"
    if isinstance(clause, AnyOf):
        return Q(
            "bool",
            should=[_clause_query(option, fields, required=required) for option in clause.options],
            minimum_should_match=1,
        )
    if isinstance(clause, Phrase):
        return Q(
            "multi_match",
            query=_clean(" ".join(clause.words)),
            fields=fields,
            type="phrase",
            zero_terms_query=zero_terms,
        )
    if clause.prefix:
        return Q(
            "multi_match",
            query=_clean(clause.text),
            fields=fields,
            type="bool_prefix",
            operator="and",
        )
    return Q(
        "multi_match",
        query=_clean(clause.text),
        fields=fields,
        type="best_fields",
        operator="and",
        tie_breaker=0.3,
        zero_terms_query=zero_terms,
    )


def meaningful(clauses: tuple, languages: Iterable[str]) -> tuple:
    """``clauses`` without plain stop words ("the", "de"), unless nothing else would remain.

    Required everywhere, a stop word would only narrow the results to texts that happen to use
    it, and slow the query down; alone, it is what the user asked for.
    """
    kept = tuple(
        clause
        for clause in clauses
        if not (
            isinstance(clause, Term) and not clause.prefix and is_stopword(clause.text, languages)
        )
    )
    return kept or clauses


def within_budget(clauses: Iterable, budget: int) -> list:
    """The first ``clauses`` holding at most ``budget`` words and phrases (OR groups cut)."""
    kept = []
    for clause in clauses:
        size = len(clause.options) if isinstance(clause, AnyOf) else 1
        if size > budget:
            if isinstance(clause, AnyOf) and budget:
                kept.append(AnyOf(clause.options[:budget]))
            break
        kept.append(clause)
        budget -= size
    return kept


def text_query(query: ParsedQuery, languages: Iterable[str]) -> Q:
    """The user's words: every ``must`` clause required, every exclusion ruled out."""
    fields = text_fields(languages)
    clauses = within_budget(meaningful(query.must, languages), MAX_MUST_WORDS)
    must = [_clause_query(c, fields, required=True) for c in clauses]
    must_not = [
        _clause_query(c, fields, required=False)
        for c in within_budget(query.exclude, MAX_EXCLUDED_WORDS)
    ]
    if not must and not must_not:
        return Q("match_all")
    return Q("bool", must=must or [Q("match_all")], must_not=must_not)


def _filter_values(name: str, values: Iterable[str]) -> list:
    """The values of filter ``name`` that can match; others are ignored, as the API says."""
    if name in INTEGER_FILTERS:
        digits = (str(value) for value in values)
        return [int(value) for value in digits if value.isascii() and value.isdigit()]
    if name in LANGUAGE_GROUP:
        return [value for value in values if value in LANGUAGES]
    return [str(value) for value in values if str(value)]


def filter_queries(request: SearchRequest, *, exclude: Iterable[str] = ()) -> list[Q]:
    """A ``terms`` query per active filter (values ORed, filters ANDed), but ``exclude``."""
    return [
        Q("terms", **{FILTER_FIELDS[name]: _filter_values(name, request.filters[name])})
        for name in sorted(active_filters(request) - set(exclude))
    ]


def own_filters(name: str) -> frozenset[str]:
    """The filters a facet is counted without: its own, or the language group's."""
    return LANGUAGE_GROUP if name in LANGUAGE_GROUP else frozenset({name})


def active_filters(request: SearchRequest) -> set[str]:
    """The filters that narrow the results (after dropping values that cannot match)."""
    return {name for name in FILTER_FIELDS if _filter_values(name, request.filters.get(name, ()))}


def facet_aggregations(request: SearchRequest) -> dict:
    """One aggregation per facet, each counted with every filter except its own.

    A facet whose own filters are not active is a plain ``terms`` aggregation over the hits
    (they already carry every other filter). One whose filter is active is a ``global``
    aggregation wrapping a ``filter`` aggregation (the text query and the other filters)
    wrapping the ``terms``; for the language and scope facets the text query then spans every
    language, so the counts say how many results each choice would give.
    """
    active = active_filters(request)
    aggs = {}
    for name in COUNTED:
        terms = A("terms", field=FILTER_FIELDS[name], size=FACET_SIZE)
        if not own_filters(name) & active:
            aggs[name] = terms
            continue
        languages = LANGUAGES if name in LANGUAGE_GROUP else searched_languages(request)
        scope = Q(
            "bool",
            must=[text_query(request.query, languages)],
            filter=filter_queries(request, exclude=own_filters(name)),
            must_not=[NOT_DELETED],
        )
        aggs[name] = A("global", aggs={"scoped": A("filter", scope, aggs={"values": terms})})
    return aggs


def sort_order(sort: str) -> list:
    """Relevance, or newest first; the key breaks ties so pages never overlap."""
    newest = {"date": {"order": "desc", "missing": "_last"}}
    tiebreak = {"key": {"order": "asc"}}
    if sort == "date":
        return [newest, {"_score": {"order": "desc"}}, tiebreak]
    return [{"_score": {"order": "desc"}}, newest, tiebreak]


def highlight_options(languages: Iterable[str]) -> dict:
    """Highlight summary and body; ``html`` escapes the text, leaving only our <mark> tags."""
    fields = {}
    for language in languages:
        for field in ("summary", "body"):
            fields[f"{field}_{language}"] = {
                "fragment_size": SNIPPET_CHARS,
                "number_of_fragments": 1,
            }
    return {
        "pre_tags": [HIGHLIGHT_TAGS[0]],
        "post_tags": [HIGHLIGHT_TAGS[1]],
        "encoder": "html",
        "fields": fields,
    }


def page_window(page: int, page_size: int) -> tuple[int, int]:
    """``from`` and ``size`` for ``page``; past the cluster's result window, no hits at all."""
    page_size = max(1, page_size)
    start = (max(1, page) - 1) * page_size
    if start + page_size > MAX_RESULT_WINDOW:
        return 0, 0
    return start, page_size


HIT_SOURCE = ["key", "title", "url", "type", "language", "excerpt", "city", "country", "clusters"]


def search_body(request: SearchRequest) -> dict:
    """The whole search request: query, filters, facets, highlights, sort and page."""
    languages = searched_languages(request)
    start, size = page_window(request.page, request.page_size)
    query = Q(
        "bool",
        must=[text_query(request.query, languages)],
        filter=filter_queries(request),
        must_not=[NOT_DELETED],
    )
    search = Search().query(query).sort(*sort_order(request.sort))
    search = search.source(includes=[*HIT_SOURCE, "date"])
    search = search.extra(from_=start, size=size, track_total_hits=True)
    for name, agg in facet_aggregations(request).items():
        search.aggs[name] = agg
    body = search.to_dict()
    if request.query.must:
        body["highlight"] = highlight_options(languages)
        spelling = _clean(request.text)[:MAX_QUERY_LENGTH].strip()
        if spelling:
            body["suggest"] = spelling_suggester(spelling, languages)
            if SCOPE in active_filters(request):
                body["aggs"][SCOPE_LANGUAGES] = scope_languages(request).to_dict()
    return body


SCOPE_LANGUAGES = "scope_languages"


def scope_languages(request: SearchRequest) -> A:
    """The languages of the documents in the default scope (whatever the words): those a
    respelling may come from."""
    scope = Q(
        "bool",
        filter=[Q("terms", shown=_filter_values(SCOPE, request.filters[SCOPE]))],
        must_not=[NOT_DELETED],
    )
    terms = A("terms", field="language", size=len(LANGUAGES))
    return A("global", aggs={"scoped": A("filter", scope, aggs={"values": terms})})


def spelling_suggester(text: str, languages: Iterable[str]) -> dict:
    """Words of ``text`` that no document contains, with the closest ones that documents in
    each of ``languages`` do ("spelling": every language, "spelling_<lang>": one)."""

    def term(field: str) -> dict:
        return {"term": {"field": field, "suggest_mode": "missing", "size": 1}}

    return {
        "text": text,
        "spelling": term("spell"),
        **{f"spelling_{language}": term(f"spell_{language}") for language in languages},
    }


SUGGEST_FIELDS = ["title", "title._2gram", "title._3gram"]


def _title_clause(clause: Term | Phrase | AnyOf) -> Q:
    """A clause completed in the title: a word is the start of a title word, a phrase exact."""
    if isinstance(clause, AnyOf):
        return Q("bool", should=[_title_clause(o) for o in clause.options], minimum_should_match=1)
    if isinstance(clause, Phrase):
        return Q("match_phrase", title=" ".join(clause.words))
    return Q("match_bool_prefix", title={"query": clause.text, "operator": "and"})


def suggest_body(text: str, language: str | None, shown: str | None = None) -> dict | None:
    """Up to 8 titles in which every word typed starts a word, of documents in ``language``
    or in the default scope of UI language ``shown``; ``None`` if nothing was typed.

    The text is read with the search query language (as the embedded engine reads it), and
    titles holding the words side by side, as typed, rank first (the shingle sub-fields).
    """
    query = parse_query(text, suggest=True)
    if not query.must:
        return None
    words = " ".join(
        " ".join(clause.words) if isinstance(clause, Phrase) else clause.text
        for clause in query.must
        if not isinstance(clause, AnyOf)
    )
    ranking = [Q("multi_match", query=words, type="bool_prefix", fields=SUGGEST_FIELDS)]
    filters = []
    if language in LANGUAGES:
        filters = [Q("term", language=language)]
    elif shown in LANGUAGES:
        filters = [Q("term", shown=shown)]
    combined = Q(
        "bool",
        must=[_title_clause(clause) for clause in query.must],
        must_not=[*(_title_clause(clause) for clause in query.exclude), NOT_DELETED],
        should=ranking if words else [],
        filter=filters,
    )
    search = Search().query(combined).source(includes=["title", "url", "type"])
    return search.extra(size=MAX_SUGGESTIONS).to_dict()


# ---------------------------------------------------------------------------------------------
# Reading answers.


def _date(value: Any) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def hit_snippet(hit: dict) -> str:
    """The highlighted summary, else the highlighted body, else the escaped excerpt."""
    fragments = hit.get("highlight", {})
    for field in ("summary", "body"):
        for name, texts in fragments.items():
            if name.startswith(f"{field}_") and texts:
                return texts[0]
    return html.escape(hit.get("_source", {}).get("excerpt", ""))


def search_hit(hit: dict) -> SearchHit:
    source = hit.get("_source", {})
    return SearchHit(
        key=source.get("key", hit.get("_id", "")),
        title=source.get("title", ""),
        url=source.get("url", ""),
        type=source.get("type", ""),
        language=source.get("language", ""),
        snippet=hit_snippet(hit),
        city=source.get("city", ""),
        country=source.get("country", ""),
        clusters=tuple(source.get("clusters", ())),
        date=_date(source.get("date")),
        score=hit.get("_score") or 0.0,
    )


def facet_counts(aggregations: dict) -> dict[str, dict[str, int]]:
    """Facet name -> {value: count} from either shape :func:`facet_aggregations` builds."""
    facets = {}
    for name in COUNTED:
        agg = aggregations.get(name, {})
        if "scoped" in agg:
            agg = agg["scoped"]["values"]
        facets[name] = {
            str(bucket["key"]): bucket["doc_count"] for bucket in agg.get("buckets", ())
        }
    return facets


def spelling_languages(request: SearchRequest, aggregations: dict) -> tuple[str, ...]:
    """The languages a respelling may come from: those searched (in the default scope, those
    of the documents in it)."""
    if SCOPE not in active_filters(request):
        return searched_languages(request)
    buckets = aggregations.get(SCOPE_LANGUAGES, {}).get("scoped", {}).get("values", {})
    present = {bucket["key"] for bucket in buckets.get("buckets", ())}
    return tuple(language for language in LANGUAGES if language in present)


def respelling(text: str, suggest: dict, query: ParsedQuery, languages: Iterable[str]) -> str:
    """``text`` with each required word that no document holds, in any language, replaced by
    its closest word in the documents of ``languages``.

    Like the embedded engine, only plain required words are respelled: phrases are quoted on
    purpose, and excluded words need no correcting.
    """
    required = {folded_words(clause.text) for clause in query.must if isinstance(clause, Term)}
    languages = tuple(languages)
    corrected, end = [], 0
    for entry in suggest.get("spelling", ()):
        if not entry.get("options") or entry.get("text") not in required:
            continue  # a word known in some language, or close to none
        better = _closest(suggest, entry["offset"], languages)
        if not better:
            continue
        offset, length = entry["offset"], entry["length"]
        corrected.append(text[end:offset])
        corrected.append(better)
        end = offset + length
    if not corrected:
        return ""
    corrected.append(text[end:])
    return "".join(corrected).strip()


def _closest(suggest: dict, offset: int, languages: tuple[str, ...]) -> str:
    """The best respelling of the word at ``offset`` among the languages' suggestions."""
    options = [
        option
        for language in languages
        for entry in suggest.get(f"spelling_{language}", ())
        if entry.get("offset") == offset
        for option in entry.get("options", ())
    ]
    if not options:
        return ""
    return max(options, key=lambda option: (option.get("score", 0), option.get("freq", 0)))["text"]
