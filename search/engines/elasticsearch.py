"""The Elasticsearch engine: the documents and answers of the embedded one, from a cluster.

Chosen with ``ACADEMY_SEARCH_BACKEND=elasticsearch`` and ``ELASTICSEARCH_URL``.

Design, and why:

* **One field per language** (``title_en``, ``title_es``, ...), filled only by documents in that
  language. Each text is stemmed by its own language's rules only, stored once (not four times,
  as sub-fields would), and term statistics stay per language, so a word common in English does
  not skew Spanish ranking. Searching one language means searching its fields; ``lang=all``
  searches every language's fields, and since a document fills only its own, every clause of a
  query is matched in the document's own language.
* **Analyzers** do what the embedded engine's analysis does (search/text.py): lowercase, fold
  accents, make a few plurals singular, then the language's Snowball stemmer. Folding comes
  first, so "energia" finds "energía"; the same stemmers and rules mean both engines agree on
  what matches, and one contract suite holds for both. Stop words stay in the index (phrases
  match exactly) and are dropped from queries while another word remains, as there.
* **Filters** go in the query's ``bool.filter`` (cached, and they cut the hits before scoring).
  A facet must be counted with every filter except its own, so a facet whose filter is active
  is counted inside a ``global`` aggregation that re-applies the text query and the other
  filters; facets without an active filter are counted on the hits directly.
* **Rebuild** fills a new, timestamped index and moves the alias ``<prefix>-documents`` in one
  ``update_aliases`` call, so searches never meet an empty or half-built index. While a rebuild
  runs, :meth:`ElasticsearchEngine.index` and :meth:`~ElasticsearchEngine.delete` write to the
  live index *and* the one being built, so a page published meanwhile is not lost by the swap.

Every failure of the cluster (refused connection, timeout, missing index or alias, a rejected
request) becomes :class:`SearchUnavailable`; no transport error escapes to a view.

The functions building the mapping, the settings and the request bodies are pure, so they are
tested without a server.
"""

import datetime
import html
import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError
from elasticsearch.dsl import (
    A,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    MetaField,
    Q,
    Search,
    SearchAsYouType,
    Text,
    analyzer,
    token_filter,
)
from elasticsearch.helpers import BulkIndexError, streaming_bulk

from ..query import parse_query
from ..text import folded_words, is_stopword
from .base import (
    FACETS,
    LANGUAGES,
    MAX_QUERY_LENGTH,
    MAX_SUGGESTIONS,
    AnyOf,
    ParsedQuery,
    Phrase,
    SearchDocument,
    SearchHit,
    SearchRequest,
    SearchResponse,
    SearchUnavailable,
    Suggestion,
    Term,
)

logger = logging.getLogger(__name__)

# Control characters (tab and line breaks aside) and lone surrogates.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# Relative weight of each searched field: a word in the title counts most.
FIELD_BOOSTS = {"title": 3, "summary": 2, "body": 1}
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
    "tag": "tags",
    "city": "city",
}
INTEGER_FILTERS = frozenset({"sdg"})
# Enough buckets for every country; other facets have far fewer values.
FACET_SIZE = 250
FACET_VALUE_MAX = 256
# Elasticsearch refuses from + size beyond index.max_result_window (10,000 by default).
MAX_RESULT_WINDOW = 10_000
# A hostile query of hundreds of words (or OR-ed alternatives) would exceed the cluster's
# clause limit and be refused; words past these counts are dropped instead.
MAX_MUST_WORDS = 32
MAX_EXCLUDED_WORDS = 16
SNIPPET_CHARS = 200
EXCERPT_CHARS = 240
HIGHLIGHT_TAGS = ("<mark>", "</mark>")
INDEX_NAME_RE = r"\d{20}"  # the UTC timestamp a rebuild gives a new index
SEARCH_TIMEOUT = 5.0
REBUILD_TIMEOUT = 120.0
REBUILD_CHUNK = 500
# Bump when the mapping or the analysis changes: status() then reports that a rebuild is due.
MAPPING_VERSION = 1


# ---------------------------------------------------------------------------------------------
# Analysis: the four language analyzers and a plain folding one, all folding case and accents.


# The embedded engine's analysis (search/text.py), so both engines stem a word alike: Snowball
# stemmers ("porter2" is Snowball English in Elasticsearch), run on folded words...
SNOWBALL_STEMMERS = {"en": "porter2", "es": "spanish", "fr": "french", "pt": "portuguese"}
# ...after the plural endings Snowball handles inconsistently once accents are gone are made
# singular ("ciudades" -> "ciudad", "informacoes" -> "informacao"). Mirrors
# search.text.PLURAL_RULES (a test keeps the two equal); Java reads these patterns as Python.
PLURAL_RULES = {
    "es": [(r"(?<=\w\w[dnr])es$", "")],
    "pt": [
        (r"(?<=\w\w)(?:oes|aes|aos)$", "ao"),
        (r"(?<=\w{3})eis$", "el"),
        (r"(?<=\w{3})ais$", "al"),
        (r"(?<=\w{3})ois$", "ol"),
    ],
    "fr": [(r"(?<=\w\w)ees?$", "e")],
}
ANALYZER_NAMES = {"en": "english", "es": "spanish", "fr": "french", "pt": "portuguese"}


def _plural_filters(language: str) -> list:
    name = ANALYZER_NAMES[language]
    return [
        token_filter(
            f"academy_{name}_plural_{number}",
            "pattern_replace",
            pattern=pattern,
            replacement=replacement,
        )
        for number, (pattern, replacement) in enumerate(PLURAL_RULES.get(language, ()), 1)
    ]


def _language_analyzer(language: str, *, first=()):
    """A language analyzer: lowercase, fold accents, singular plurals, Snowball stemmer.

    Folding comes before stemming, so the stemmer sees the same token whether the user typed
    the accents or not. Stop words stay in the index (so phrases match exactly) and are
    dropped from queries instead, as the embedded engine does (see :func:`meaningful`).
    """
    name = ANALYZER_NAMES[language]
    return analyzer(
        f"academy_{name}",
        tokenizer="standard",
        filter=[
            *first,
            "lowercase",
            "asciifolding",
            *_plural_filters(language),
            token_filter(
                f"academy_{name}_stemmer", "stemmer", language=SNOWBALL_STEMMERS[language]
            ),
        ],
    )


# "John's" -> "John", as the built-in English analyzer does.
ENGLISH_POSSESSIVE = token_filter(
    "academy_english_possessive", "stemmer", language="possessive_english"
)
# Elided articles, as the built-in French analyzer removes them ("l'eau" -> "eau").
FRENCH_ELISION = token_filter(
    "academy_french_elision",
    "elision",
    articles_case=True,
    articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
)

LANGUAGE_ANALYZERS = {
    "en": _language_analyzer("en", first=[ENGLISH_POSSESSIVE]),
    "es": _language_analyzer("es"),
    "fr": _language_analyzer("fr", first=[FRENCH_ELISION]),
    "pt": _language_analyzer("pt"),
}
# No stemming: for completing titles as they are typed and for the spelling vocabulary.
FOLDING_ANALYZER = analyzer(
    "academy_folding", tokenizer="standard", filter=["lowercase", "asciifolding"]
)


# ---------------------------------------------------------------------------------------------
# The document mapping.


def _facet_field() -> Keyword:
    # A value longer than this (a runaway tag) is kept in the source but not made a facet
    # value, instead of making Elasticsearch refuse the whole document.
    return Keyword(ignore_above=FACET_VALUE_MAX)


def _title_field(language: str) -> Text:
    return Text(analyzer=LANGUAGE_ANALYZERS[language], copy_to="spell")


def _highlighted_field(language: str) -> Text:
    # Offsets in the postings let the highlighter work without re-analysing long bodies
    # (and without meeting index.highlight.max_analyzed_offset).
    return Text(analyzer=LANGUAGE_ANALYZERS[language], copy_to="spell", index_options="offsets")


class AcademyDocument(Document):
    """One indexable page as Elasticsearch stores it.

    A document fills only the ``title_<lang>``, ``summary_<lang>`` and ``body_<lang>`` fields
    of its own language (see the module docstring for why).
    """

    key = Keyword()
    page_id = Integer()
    type = _facet_field()
    language = _facet_field()
    # The title as shown, and completed as the user types (search-as-you-type shingles).
    title = SearchAsYouType(analyzer=FOLDING_ANALYZER, max_shingle_size=3)
    url = Keyword(index=False, doc_values=False)
    # A short plain-text start of the summary or body, the snippet when nothing is highlighted.
    excerpt = Keyword(index=False, doc_values=False)
    date = Date()
    clusters = _facet_field()
    tags = _facet_field()
    programmes = _facet_field()
    city = _facet_field()
    country = _facet_field()
    region = _facet_field()
    size = _facet_field()
    sdgs = Integer()
    title_en = _title_field("en")
    summary_en = _highlighted_field("en")
    body_en = _highlighted_field("en")
    title_es = _title_field("es")
    summary_es = _highlighted_field("es")
    body_es = _highlighted_field("es")
    title_fr = _title_field("fr")
    summary_fr = _highlighted_field("fr")
    body_fr = _highlighted_field("fr")
    title_pt = _title_field("pt")
    summary_pt = _highlighted_field("pt")
    body_pt = _highlighted_field("pt")
    # Every word of every text, only folded: the vocabulary spelling suggestions come from.
    spell = Text(analyzer=FOLDING_ANALYZER, index_options="docs", norms=False)

    class Index:
        # Never used as such: each engine names its indices from its prefix and the time.
        name = "academy-documents"

    class Meta:
        dynamic = MetaField("strict")


def index_settings() -> dict:
    """Settings and analysis of every index the engine creates."""
    return index_body()["settings"]


def index_mapping() -> dict:
    return index_body()["mappings"]


def index_body() -> dict:
    """The body of the create-index request: settings, analysis and mappings."""
    index = Index("academy-documents")  # the name is given at creation; the body is shared
    index.document(AcademyDocument)
    # One shard: the corpus is small, and one shard gives exact scores and facet counts.
    # Replicas follow the cluster's size, so a one-node cluster stays green.
    index.settings(number_of_shards=1, auto_expand_replicas="0-1")
    body = index.to_dict()
    body["mappings"]["_meta"] = {"academy_mapping": MAPPING_VERSION}
    return body


def _excerpt(document: SearchDocument) -> str:
    text = " ".join(_clean(document.summary or document.body).split())
    if len(text) <= EXCERPT_CHARS:
        return text
    cut = text[:EXCERPT_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def document_source(document: SearchDocument) -> dict:
    """What is stored for ``document``: its texts go only in its own language's fields."""
    language = document.language if document.language in LANGUAGES else LANGUAGES[0]
    values = {
        "key": document.key,
        "page_id": document.page_id,
        "type": document.type,
        "language": document.language,
        "title": _clean(document.title),
        "url": document.url,
        "excerpt": _excerpt(document),
        "date": document.date,
        "clusters": list(document.clusters),
        "tags": list(document.tags),
        "programmes": list(document.programmes),
        "city": document.city,
        "country": document.country,
        "region": document.region,
        "size": document.size,
        "sdgs": list(document.sdgs),
        f"title_{language}": _clean(document.title),
        f"summary_{language}": _clean(document.summary),
        f"body_{language}": _clean(document.body),
    }
    # An empty string would be indexed as a value, and counted as one in the facets.
    stored = AcademyDocument(**{name: value for name, value in values.items() if value != ""})
    return stored.to_dict()


# ---------------------------------------------------------------------------------------------
# Request bodies.


def _clean(text: str) -> str:
    """``text`` with control characters and lone surrogates read as spaces.

    A lone surrogate cannot be encoded as UTF-8, so it would make the whole request invalid
    JSON for Elasticsearch; null bytes and other control characters separate words, as the
    query parser reads them.
    """
    return _CONTROL.sub(" ", text) if text else ""


def searched_languages(request: SearchRequest) -> tuple[str, ...]:
    """The languages whose fields are searched: the ``lang`` filter, or all of them."""
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
    if name == "language":
        return [value for value in values if value in LANGUAGES]
    return [str(value) for value in values if str(value)]


def filter_queries(request: SearchRequest, *, exclude: str | None = None) -> list[Q]:
    """A ``terms`` query per active filter (values ORed, filters ANDed), but ``exclude``'s."""
    return [
        Q("terms", **{FILTER_FIELDS[name]: _filter_values(name, request.filters[name])})
        for name in sorted(active_filters(request) - {exclude})
    ]


def active_filters(request: SearchRequest) -> set[str]:
    """The filters that narrow the results (after dropping values that cannot match)."""
    return {name for name in FILTER_FIELDS if _filter_values(name, request.filters.get(name, ()))}


def facet_aggregations(request: SearchRequest) -> dict:
    """One aggregation per facet, each counted with every filter except its own.

    A facet whose own filter is not active is a plain ``terms`` aggregation over the hits
    (they already carry every other filter). One whose filter is active is a ``global``
    aggregation wrapping a ``filter`` aggregation (the text query and the other filters)
    wrapping the ``terms``; for the language facet the text query then spans every language,
    so the counts say how many results each language would give.
    """
    active = active_filters(request)
    aggs = {}
    for name in FACETS:
        terms = A("terms", field=FILTER_FIELDS[name], size=FACET_SIZE)
        if name not in active:
            aggs[name] = terms
            continue
        languages = LANGUAGES if name == "language" else searched_languages(request)
        scope = Q(
            "bool",
            must=[text_query(request.query, languages)],
            filter=filter_queries(request, exclude=name),
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
            body["suggest"] = spelling_suggester(spelling)
    return body


def spelling_suggester(text: str) -> dict:
    """Words of ``text`` that no document contains, with the closest ones that some do."""
    return {
        "text": text,
        "spelling": {"term": {"field": "spell", "suggest_mode": "missing", "size": 1}},
    }


SUGGEST_FIELDS = ["title", "title._2gram", "title._3gram"]


def _title_clause(clause: Term | Phrase | AnyOf) -> Q:
    """A clause completed in the title: a word is the start of a title word, a phrase exact."""
    if isinstance(clause, AnyOf):
        return Q("bool", should=[_title_clause(o) for o in clause.options], minimum_should_match=1)
    if isinstance(clause, Phrase):
        return Q("match_phrase", title=" ".join(clause.words))
    return Q("match_bool_prefix", title={"query": clause.text, "operator": "and"})


def suggest_body(text: str, language: str | None) -> dict | None:
    """Up to 8 titles in which every word typed starts a word; ``None`` if nothing was typed.

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
    filters = [Q("term", language=language)] if language in LANGUAGES else []
    combined = Q(
        "bool",
        must=[_title_clause(clause) for clause in query.must],
        must_not=[_title_clause(clause) for clause in query.exclude],
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
    for name in FACETS:
        agg = aggregations.get(name, {})
        if "scoped" in agg:
            agg = agg["scoped"]["values"]
        facets[name] = {
            str(bucket["key"]): bucket["doc_count"] for bucket in agg.get("buckets", ())
        }
    return facets


def respelling(text: str, suggest: dict, query: ParsedQuery) -> str:
    """``text`` with each required word the index lacks replaced by its closest known word.

    Like the embedded engine, only plain required words are respelled: phrases are quoted on
    purpose, and excluded words need no correcting.
    """
    required = {folded_words(clause.text) for clause in query.must if isinstance(clause, Term)}
    corrected, end = [], 0
    for entry in suggest.get("spelling", ()):
        if not entry.get("options") or entry.get("text") not in required:
            continue
        offset, length = entry["offset"], entry["length"]
        corrected.append(text[end:offset])
        corrected.append(entry["options"][0]["text"])
        end = offset + length
    if not corrected:
        return ""
    corrected.append(text[end:])
    return "".join(corrected).strip()


# ---------------------------------------------------------------------------------------------
# Rebuild and alias bookkeeping.


def alias_name(index_prefix: str) -> str:
    return f"{index_prefix.lower()}-documents"


def new_index_name(alias: str, now: datetime.datetime | None = None) -> str:
    """``<alias>-<UTC timestamp to the microsecond>``: names sort by age."""
    now = now or datetime.datetime.now(datetime.UTC)
    return f"{alias}-{now.strftime('%Y%m%d%H%M%S%f')}"


def is_generation(alias: str, name: str) -> bool:
    """Whether ``name`` is one of the indices rebuilds create behind ``alias``."""
    return re.fullmatch(re.escape(alias) + "-" + INDEX_NAME_RE, name) is not None


def alias_swap_actions(alias: str, new_index: str, old_indices: Iterable[str]) -> list[dict]:
    """One atomic ``update_aliases`` request: the alias leaves the old indices for the new."""
    actions = [{"add": {"index": new_index, "alias": alias}}]
    actions += [
        {"remove": {"index": old, "alias": alias}}
        for old in sorted(old_indices)
        if old != new_index
    ]
    return actions


def write_targets(alias: str, indices: dict) -> list[str]:
    """Where an update goes: the live index, and any newer one a rebuild is filling.

    ``indices`` is a ``get_alias`` answer for the alias's generations: index -> its aliases.
    """
    generations = sorted(name for name in indices if is_generation(alias, name))
    live = [name for name in generations if alias in indices[name].get("aliases", {})]
    if not live:
        raise SearchUnavailable(
            f"The search index {alias!r} does not exist yet: run `manage.py search_index rebuild`."
        )
    return live + [name for name in generations if name > live[-1]]


def stale_indices(alias: str, new_index: str, existing: Iterable[str]) -> list[str]:
    """Generations older than ``new_index``: the replaced one and any a failed rebuild left.

    Newer ones are kept: they belong to a rebuild started after this one.
    """
    return sorted(name for name in existing if is_generation(alias, name) and name < new_index)


# ---------------------------------------------------------------------------------------------
# The engine.


def _unavailable(action: str, error: Exception) -> SearchUnavailable:
    """A clear message for an operator; the page shows its own, translated, words."""
    if isinstance(error, NotFoundError):
        reason = "the index is missing: run `manage.py search_index rebuild`"
    elif isinstance(error, ApiError):
        reason = f"Elasticsearch refused the request ({error.status_code}: {error.message})"
    elif isinstance(error, BulkIndexError):
        reason = f"{len(error.errors)} document(s) were refused"
    else:
        reason = f"Elasticsearch cannot be reached ({type(error).__name__})"
    logger.warning("Elasticsearch %s failed: %s", action, error)
    return SearchUnavailable(f"Search {action} failed: {reason}.")


ENGINE_ERRORS = (ApiError, TransportError, BulkIndexError)


class ElasticsearchEngine:
    """The :class:`~search.engines.base.SearchEngine` protocol on an Elasticsearch cluster."""

    name = "elasticsearch"

    def __init__(
        self, url: str, index_prefix: str = "academy", *, timeout: float = SEARCH_TIMEOUT
    ) -> None:
        self.url = url
        self.alias = alias_name(index_prefix)
        self.timeout = timeout
        self._client: Elasticsearch | None = None

    @property
    def client(self) -> Elasticsearch:
        """Created on first use, so a bad URL is a :class:`SearchUnavailable`, not a crash."""
        if self._client is None:
            try:
                self._client = Elasticsearch(
                    self.url, request_timeout=self.timeout, max_retries=1, retry_on_timeout=False
                )
            except (ValueError, TypeError) as error:
                # The URL itself stays out of the message: it may hold a password.
                raise SearchUnavailable(
                    "ELASTICSEARCH_URL is not a usable address (expected http(s)://host:port)."
                ) from error
        return self._client

    # -- reading ------------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResponse:
        body = search_body(request)
        try:
            answer = self.client.search(index=self.alias, body=body).body
        except ENGINE_ERRORS as error:
            raise _unavailable("query", error) from error
        count = answer["hits"]["total"]["value"]
        spelling = ""
        if count == 0 and "suggest" in answer:
            spelling = respelling(body["suggest"]["text"], answer["suggest"], request.query)
        return SearchResponse(
            count=count,
            page=max(1, request.page),
            results=[search_hit(hit) for hit in answer["hits"]["hits"]],
            facets=facet_counts(answer.get("aggregations", {})),
            spelling=spelling,
        )

    def suggest(self, text: str, *, language: str | None) -> list[Suggestion]:
        body = suggest_body(text, language)
        if body is None:
            return []
        try:
            answer = self.client.search(index=self.alias, body=body).body
        except ENGINE_ERRORS as error:
            raise _unavailable("suggestion", error) from error
        return [
            Suggestion(
                title=hit["_source"].get("title", ""),
                url=hit["_source"].get("url", ""),
                type=hit["_source"].get("type", ""),
            )
            for hit in answer["hits"]["hits"]
        ]

    def status(self) -> dict:
        """The live index, any rebuild under way, and the documents by type and language."""
        body = {
            "size": 0,
            "track_total_hits": True,
            "aggs": {
                "types": {"terms": {"field": "type", "size": FACET_SIZE}},
                "languages": {"terms": {"field": "language", "size": FACET_SIZE}},
            },
        }
        try:
            live, *building = self._write_targets()
            mapping = self.client.indices.get_mapping(index=live).body
            answer = self.client.search(index=self.alias, body=body).body
        except ENGINE_ERRORS as error:
            raise _unavailable("status", error) from error
        meta = mapping.get(live, {}).get("mappings", {}).get("_meta", {})
        aggs = answer.get("aggregations", {})
        return {
            "engine": self.name,
            "alias": self.alias,
            "index": live,
            "rebuilding": ", ".join(building),
            "documents": answer["hits"]["total"]["value"],
            "types": {b["key"]: b["doc_count"] for b in aggs["types"]["buckets"]},
            "languages": {b["key"]: b["doc_count"] for b in aggs["languages"]["buckets"]},
            # False: the index was built by an older mapping; a rebuild brings it up to date.
            "mapping_current": meta.get("academy_mapping") == MAPPING_VERSION,
        }

    # -- writing ------------------------------------------------------------------------------

    def _write_targets(self) -> list[str]:
        answer = self.client.indices.get_alias(
            index=f"{self.alias}-*", allow_no_indices=True, ignore_unavailable=True
        )
        return write_targets(self.alias, answer.body)

    def index(self, documents: Iterable[SearchDocument]) -> int:
        """Add or replace ``documents`` (by key) in the live index and any being rebuilt."""
        documents = list(documents)
        if not documents:
            return 0
        try:
            targets = self._write_targets()
            actions = [
                {"_op_type": "index", "_index": target, "_id": document.key, **_source(document)}
                for document in documents
                for target in targets
            ]
            self._bulk(actions, refresh=True)
        except ENGINE_ERRORS as error:
            raise _unavailable("indexing", error) from error
        return len(documents)

    def delete(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        if not keys:
            return
        try:
            targets = self._write_targets()
            actions = [
                {"_op_type": "delete", "_index": target, "_id": key}
                for key in keys
                for target in targets
            ]
            # Deleting what is not there is no failure.
            self._bulk(actions, refresh=True, ignore_status=404)
        except ENGINE_ERRORS as error:
            raise _unavailable("deletion", error) from error

    def _bulk(self, actions: Iterable[dict], **options: Any) -> None:
        for _result in streaming_bulk(self.client, actions, **options):
            pass

    def rebuild(
        self,
        documents: Iterable[SearchDocument],
        *,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Fill a new index with ``documents``, then point the alias at it in one step.

        Until the swap, searches keep using the previous index; if anything fails, the new
        index is dropped and the previous one stays live. ``progress`` is called with the
        number of documents written so far.
        """
        client = self.client.options(request_timeout=REBUILD_TIMEOUT)
        new_index = new_index_name(self.alias)
        settings = index_body()
        # No refreshes while filling: one at the end is much faster than one a second.
        settings["settings"]["refresh_interval"] = "-1"
        try:
            client.indices.create(index=new_index, **settings)
        except ENGINE_ERRORS as error:
            raise _unavailable("rebuild", error) from error
        try:
            written = self._fill(client, new_index, documents, progress)
            client.indices.put_settings(index=new_index, settings={"refresh_interval": None})
            client.indices.refresh(index=new_index)
            self._swap(client, new_index)
        except BaseException as error:
            # Interrupted or refused before the swap: the previous index is still the live one.
            self._drop(client, [new_index])
            if isinstance(error, ENGINE_ERRORS):
                raise _unavailable("rebuild", error) from error
            raise
        self._drop_stale(client, new_index)
        return written

    def _fill(self, client, new_index, documents, progress) -> int:
        """Write ``documents`` to ``new_index``; those already there are left alone.

        Pages published while the rebuild runs are written to the new index too (see
        :meth:`index`), and are fresher than what the rebuild read earlier: ``create``
        keeps them instead of overwriting them (409 conflicts are expected).
        """
        actions = (
            {"_op_type": "create", "_index": new_index, "_id": document.key, **_source(document)}
            for document in documents
        )
        written = 0
        results = streaming_bulk(client, actions, chunk_size=REBUILD_CHUNK, ignore_status=409)
        for _ok, _item in results:
            written += 1
            if progress is not None:
                progress(written)
        return written

    def _swap(self, client, new_index: str) -> None:
        try:
            holders = list(client.indices.get_alias(name=self.alias).body)
        except NotFoundError:
            holders = []
        actions = alias_swap_actions(self.alias, new_index, holders)
        if not holders and client.indices.exists(index=self.alias):
            # An index squatting on the alias's name (made by hand, or by a write before any
            # rebuild) is removed in the same atomic request.
            actions.append({"remove_index": {"index": self.alias}})
        client.indices.update_aliases(actions=actions)

    def _drop_stale(self, client, new_index: str) -> None:
        """After the swap: delete the generations it replaced (never the new, live one)."""
        try:
            generations = client.indices.get_alias(
                index=f"{self.alias}-*", allow_no_indices=True, ignore_unavailable=True
            ).body
        except ENGINE_ERRORS as error:
            logger.warning("Could not list old search indices: %s", error)
            return
        self._drop(client, stale_indices(self.alias, new_index, generations))

    def drop(self) -> None:
        """Delete every index of this prefix (the live one, any a rebuild left) and the alias.

        For tearing down a test cluster: indices are named one by one, since clusters refuse
        wildcard deletions by default (``action.destructive_requires_name``).
        """
        try:
            generations = self.client.indices.get_alias(
                index=f"{self.alias}-*", allow_no_indices=True, ignore_unavailable=True
            ).body
        except ENGINE_ERRORS as error:
            raise _unavailable("drop", error) from error
        self._drop(self.client, [name for name in generations if is_generation(self.alias, name)])

    @staticmethod
    def _drop(client, names: list[str]) -> None:
        """Delete ``names``; a failure here leaves litter, never a broken search."""
        if not names:
            return
        try:
            client.indices.delete(index=",".join(names), ignore_unavailable=True)
        except ENGINE_ERRORS as error:
            logger.warning("Could not delete old search indices %s: %s", names, error)


def _source(document: SearchDocument) -> dict:
    return {"_source": document_source(document)}
