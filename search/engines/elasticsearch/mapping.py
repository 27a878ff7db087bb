"""What Elasticsearch stores: the analysis of the four languages and the document mapping."""

import re

from elasticsearch.dsl import (
    Boolean,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    MetaField,
    SearchAsYouType,
    Text,
    analyzer,
    token_filter,
)

from ..base import LANGUAGES, SearchDocument

# Control characters (tab and line breaks aside) and lone surrogates.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
FACET_VALUE_MAX = 256
EXCERPT_CHARS = 240
# Bump when the mapping or the analysis changes: status() then reports that a rebuild is due.
MAPPING_VERSION = 2


def _clean(text: str) -> str:
    """``text`` with control characters and lone surrogates read as spaces.

    A lone surrogate cannot be encoded as UTF-8, so it would make the whole request invalid
    JSON for Elasticsearch; null bytes and other control characters separate words, as the
    query parser reads them.
    """
    return _CONTROL.sub(" ", text) if text else ""


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


def _spelling(language: str) -> list[str]:
    """Where a text's words go for "did you mean": every language's vocabulary (is the word
    known at all?) and its own language's (the words offered instead)."""
    return ["spell", f"spell_{language}"]


def _title_field(language: str) -> Text:
    return Text(analyzer=LANGUAGE_ANALYZERS[language], copy_to=_spelling(language))


def _highlighted_field(language: str) -> Text:
    # Offsets in the postings let the highlighter work without re-analysing long bodies
    # (and without meeting index.highlight.max_analyzed_offset).
    return Text(
        analyzer=LANGUAGE_ANALYZERS[language],
        copy_to=_spelling(language),
        index_options="offsets",
    )


def _vocabulary() -> Text:
    return Text(analyzer=FOLDING_ANALYZER, index_options="docs", norms=False)


class AcademyDocument(Document):
    """One indexable page as Elasticsearch stores it.

    A document fills only the ``title_<lang>``, ``keywords_<lang>``, ``summary_<lang>`` and
    ``body_<lang>`` fields of its own language (see the package docstring for why).
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
    # The UI languages whose visitors are shown this version: the default scope (SCOPE).
    shown = _facet_field()
    # A deletion made while a rebuild filled this index (see generations.tombstone).
    deleted = Boolean()
    title_en = _title_field("en")
    keywords_en = _title_field("en")
    summary_en = _highlighted_field("en")
    body_en = _highlighted_field("en")
    title_es = _title_field("es")
    keywords_es = _title_field("es")
    summary_es = _highlighted_field("es")
    body_es = _highlighted_field("es")
    title_fr = _title_field("fr")
    keywords_fr = _title_field("fr")
    summary_fr = _highlighted_field("fr")
    body_fr = _highlighted_field("fr")
    title_pt = _title_field("pt")
    keywords_pt = _title_field("pt")
    summary_pt = _highlighted_field("pt")
    body_pt = _highlighted_field("pt")
    # Every word of every text, only folded: whether a word is known at all; and each
    # language's words: the respellings offered when that language is searched.
    spell = _vocabulary()
    spell_en = _vocabulary()
    spell_es = _vocabulary()
    spell_fr = _vocabulary()
    spell_pt = _vocabulary()

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
        "shown": list(document.scopes),
        f"title_{language}": _clean(document.title),
        f"keywords_{language}": _clean(document.keywords),
        f"summary_{language}": _clean(document.summary),
        f"body_{language}": _clean(document.body),
    }
    # An empty string would be indexed as a value, and counted as one in the facets.
    stored = AcademyDocument(**{name: value for name, value in values.items() if value != ""})
    return stored.to_dict()
