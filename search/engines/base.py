"""What every search engine takes and gives back.

Pages produce :class:`SearchDocument` objects (search/documents.py); engines store them and
answer a :class:`SearchRequest` with a :class:`SearchResponse`. Views and indexing code only
ever talk to this interface, never to one engine by name.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

DOCUMENT_TYPES = ("course", "lesson", "casestudy", "bestpractice", "city")
LANGUAGES = ("en", "es", "fr", "pt")
# Facets named in shared/specs/search-api.md, in the order the page shows them.
FACETS = ("type", "cluster", "region", "country", "programme", "size", "sdg", "language")
# The default scope of a search: the documents shown to visitors of a UI language (their own
# language's version of a page, else the English one, else the original; core.localization).
# A filter, and a facet the engines count beside the others, as the language facet is.
SCOPE = "shown"
COUNTED = (*FACETS, SCOPE)
PAGE_SIZE = 20
MAX_QUERY_LENGTH = 500
MAX_SUGGESTIONS = 8


@dataclass(frozen=True)
class SearchDocument:
    """One indexable page, flattened. ``key`` is stable across re-indexing ("page:<id>").

    ``keywords`` is text searched with less weight than the title and more than the summary:
    the page's tags, its city's name and its clusters' names, in the page's language.
    ``shown_in`` names the UI languages whose visitors are shown this version of the page
    (its own language always counts, listed or not): the values of the ``shown`` filter.
    """

    key: str
    page_id: int
    type: str
    language: str
    title: str
    url: str
    summary: str = ""
    body: str = ""
    keywords: str = ""
    date: datetime.date | None = None
    clusters: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()
    city: str = ""
    country: str = ""
    region: str = ""
    size: str = ""
    sdgs: tuple[int, ...] = ()
    shown_in: tuple[str, ...] = ()

    @property
    def scopes(self) -> tuple[str, ...]:
        """The UI languages whose default scope holds this document (see SCOPE)."""
        return tuple(sorted({self.language, *self.shown_in}))


@dataclass(frozen=True)
class Term:
    """A word the user typed (``prefix`` for the last word of a suggestion query)."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]


@dataclass(frozen=True)
class AnyOf:
    """Alternatives joined by OR: at least one must match."""

    options: tuple["Term | Phrase", ...]


Clause = Term | Phrase | AnyOf


@dataclass(frozen=True)
class ParsedQuery:
    """``must``: every clause must match; ``exclude``: none may. Empty ``must`` lists all.

    Built by :func:`search.query.parse_query`: every word in it holds a letter or a digit,
    and the words are the user's own text, not yet folded or stemmed (each engine analyses
    them its own way and quotes them for its own query language).
    """

    must: tuple[Clause, ...] = ()
    exclude: tuple[Term | Phrase, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.must and not self.exclude


@dataclass
class SearchRequest:
    query: ParsedQuery
    text: str = ""
    # facet name -> accepted values (already validated); the "language" facet is the `lang`
    # parameter: empty means every language. "shown" (SCOPE: a UI language) is the default
    # scope, what a visitor of that language is shown. "tag" and "city" (a tag slug, a city
    # name) are accepted too: they filter without being counted as facets.
    #
    # Every document is matched in its own language's analysis. The "language" and "shown"
    # facets are both counted without the "language" and "shown" filters (they are the one
    # `lang` parameter), so they say what choosing another value would find.
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"  # or "date"
    page: int = 1
    page_size: int = PAGE_SIZE


@dataclass
class SearchHit:
    key: str
    title: str
    url: str
    type: str
    language: str
    snippet: str  # HTML: only <mark> is markup, the rest is escaped
    city: str = ""
    country: str = ""
    clusters: tuple[str, ...] = ()
    date: datetime.date | None = None
    score: float = 0.0


@dataclass
class SearchResponse:
    count: int
    page: int
    results: list[SearchHit]
    # facet name -> {value: count}, counted with every filter but the facet's own; COUNTED
    # names them all (the spec's FACETS and SCOPE)
    facets: dict[str, dict[str, int]]
    # a respelling of the query from the vocabulary of the languages searched, when it finds
    # nothing in any language (finding something in another language, the words are right)
    spelling: str = ""


@dataclass
class Suggestion:
    title: str
    url: str
    type: str


class SearchUnavailable(Exception):
    """The engine cannot answer (server down, index missing or locked); say so, never 500."""


class RebuildRunning(Exception):
    """Another rebuild of the same index is running: its message says whose, since when,
    and how to wait for it. The index itself is fine, and the running rebuild goes on."""


class SearchEngine(Protocol):
    def index(self, documents: Iterable[SearchDocument]) -> int:
        """Add or replace documents by key; returns how many were written."""

    def delete(self, keys: Iterable[str]) -> None: ...

    def search(self, request: SearchRequest) -> SearchResponse: ...

    def suggest(
        self, text: str, *, language: str | None = None, shown: str | None = None
    ) -> list[Suggestion]:
        """Up to MAX_SUGGESTIONS titles completing ``text`` as typed (parsed with
        ``parse_query(text, suggest=True)``), of documents in ``language`` or in the default
        scope of UI language ``shown`` (SCOPE); neither means every document."""

    def rebuild(
        self,
        documents: Iterable[SearchDocument],
        *,
        progress: Callable[[int], None] | None = None,
        wait: float = 0.0,
    ) -> int:
        """Replace the whole index with ``documents`` without ever serving an empty one.

        ``progress`` is called with the number of documents written so far. One rebuild of an
        index runs at a time: while another runs, this one waits up to ``wait`` seconds, then
        raises :class:`RebuildRunning`. Documents written or deleted (``index``, ``delete``)
        while a rebuild runs are kept as written: the rebuild never puts back an older version
        of them, and a killed rebuild blocks none after it."""

    def status(self) -> dict:
        """What ``search_index status`` shows. At least: ``engine`` (its name),
        ``documents`` (how many), ``types`` and ``languages`` ({value: documents}); engines
        add their own (file size, index name, last rebuild...)."""
