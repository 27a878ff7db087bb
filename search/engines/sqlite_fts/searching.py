# SQL in this module is formatted with table names made of a generation number and with
# integers read from the index; user text only ever travels as a bound parameter.
# ruff: noqa: S608
"""One search request: its hits, filters, counts, page of rows, facets and snippets."""

import datetime
import json
import sqlite3
from collections.abc import Callable

from search import text as analysis

from ..base import COUNTED, LANGUAGES, SCOPE, ParsedQuery, SearchHit
from .bitmaps import _bitmap_of_list, _Bitmaps, _selection
from .matching import _any, _Matcher
from .schema import _FACET_BIT_SET, _FACET_LIST, FACET_BITS, FILTER_BITS, WEIGHTS, _Tables

# Beyond any count of documents; keeps a huge page number from overflowing SQLite's integers.
MAX_OFFSET = 2**40
_LANGUAGE = FILTER_BITS["language"]
_SCOPE = FILTER_BITS[SCOPE]
_LANGUAGE_GROUP = frozenset({_LANGUAGE, _SCOPE})


class _Search:
    """The work of one request, on sets of document ids (see "Sets of documents as bitmaps"
    in the package docstring).

    Every document is matched in its own language's analysis: the words are analysed in each
    language searched, and what they match is kept among that language's documents. The
    languages searched are those chosen with ``lang``, else those of the documents in the
    default scope, else all of them.

    ``hits``: the documents the words leave (or every document, but the excluded ones, when
    there are no words); ``passing``: for each filter in use, the documents it accepts;
    ``selected``: the hits passing every filter. A request with no words and no filter (the
    bare search page, every language) reads the tables directly, with facet counts kept up to
    date in ``values_g.n``.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        tables: _Tables,
        filters: dict[str, tuple[str, ...]],
        query: ParsedQuery,
        *,
        bitmaps: Callable[[], _Bitmaps],
    ) -> None:
        self.connection = connection
        self.tables = tables
        self.query = query
        self.chosen = tuple(lang for lang in filters.get("language", ()) if lang in LANGUAGES)
        self.filters = self._resolve(filters)
        self._bitmaps = bitmaps
        # Per language: the FTS5 expressions of the words (what must match, what must not).
        self.words = {language: _Matcher((language,)).expressions(query) for language in LANGUAGES}
        self.everything = False  # no words, no filters: read the tables directly
        self.languages: tuple[str, ...] = LANGUAGES  # the languages searched
        self.expression: str | None = None  # the words in the languages searched, if any
        self.hits = 0
        self.passing: dict[int, int] = {}  # filter bit -> documents it accepts
        self.selected = 0
        self._matched: dict[str, int] = {}  # language -> its documents the words match

    @property
    def has_words(self) -> bool:
        return any(expressions != (None, None) for expressions in self.words.values())

    def _resolve(self, filters: dict[str, tuple[str, ...]]) -> dict[int, list[int]]:
        """Filter bit -> ids of the accepted values (none known: the filter matches nothing)."""
        resolved: dict[int, list[int]] = {}
        for name, values in filters.items():
            values = [str(value) for value in values if str(value)]
            if name in FILTER_BITS and values:
                bit = FILTER_BITS[name]
                marks = ", ".join("?" * len(values))
                resolved[bit] = [
                    row[0]
                    for row in self.connection.execute(
                        f"SELECT id FROM {self.tables.values}"
                        f" WHERE facet = ? AND value IN ({marks})",
                        (bit, *values),
                    )
                ]
        return resolved

    def _matching(self, expression: str) -> int:
        """The documents an FTS5 expression matches (rowids only: no ranking)."""
        t = self.tables
        text = self.connection.execute(
            f"SELECT group_concat(rowid) FROM {t.text} WHERE {t.text} MATCH ?", (expression,)
        ).fetchone()[0]
        return _bitmap_of_list(text)

    def _accepted(self, bit: int, ids: list[int], bitmaps: _Bitmaps) -> int:
        """The documents with one of the values ``ids`` of filter ``bit``."""
        if bit in _FACET_BIT_SET:
            accepted = 0
            for value_id in ids:
                accepted |= bitmaps.values.get(value_id, 0)
            return accepted
        if not ids:
            return 0
        # A tag or a city: few documents each, read from the facet index.
        text = self.connection.execute(
            f"SELECT group_concat(doc) FROM {self.tables.facets}"
            f" WHERE value IN ({', '.join(map(str, ids))})"  # integers read from the index
        ).fetchone()[0]
        return _bitmap_of_list(text)

    def collect(self) -> None:
        """Find the languages searched, the hits and what each filter accepts."""
        if not self.has_words and not self.filters:
            self.everything = True
            return
        bitmaps = self._bitmaps()
        self.passing = {bit: self._accepted(bit, ids, bitmaps) for bit, ids in self.filters.items()}
        self.languages = self._searched_languages()
        self.hits = self._matching_in(self.languages)
        self.selected = self._passing_all_but(None)
        self.expression = self._ranking_expression(self.query)

    def _ranking_expression(self, query: ParsedQuery) -> str | None:
        """What BM25 ranks the selection by: the words in every language searched, each word
        once with its stems in those languages. It matches at least every hit (the selection
        then says which rows count), unless every word is a stop word in some language: then
        the alternatives of each language's own expression."""
        matcher = _Matcher(self.languages)
        if query.must and all(matcher.is_stopword(clause) for clause in query.must):
            positives = (self.words[language][0] for language in self.languages)
            return _any(dict.fromkeys(p for p in positives if p))
        return matcher.expressions(query)[0]

    def _in_language(self, language: str) -> int:
        """The documents of ``language``, as the bitmap cache holds them."""
        bitmaps = self._bitmaps()
        for value_id, value in bitmaps.by_facet[_LANGUAGE]:
            if value == language:
                return bitmaps.values[value_id]
        return 0

    def _searched_languages(self) -> tuple[str, ...]:
        if self.chosen:
            return self.chosen
        if _SCOPE in self.passing:
            scope = self.passing[_SCOPE]
            return tuple(lang for lang in LANGUAGES if self._in_language(lang) & scope)
        return LANGUAGES

    def _matching_in(self, languages: tuple[str, ...]) -> int:
        """The documents of ``languages`` that the words match, each in its own language's
        analysis (one MATCH per language that has documents, each made once)."""
        found = 0
        for language in languages:
            if language not in self._matched:
                documents = self._in_language(language)
                self._matched[language] = (
                    self._hits_of(*self.words[language]) & documents if documents else 0
                )
            found |= self._matched[language]
        return found

    def _hits_of(self, positive: str | None, negative: str | None) -> int:
        if positive is not None:
            return self._matching(f"({positive}) NOT {negative}" if negative else positive)
        if negative is None:
            return self._bitmaps().documents
        return self._bitmaps().documents & ~self._matching(negative)

    def _passing_all_but(self, skipped: int | None) -> int:
        """The hits passing every filter but ``skipped`` (a filter bit, or None). The language
        and the scope are one parameter (``lang``): skipping either skips both, and counts the
        words' matches in every language, as choosing another language would find them."""
        documents, skip = self.hits, {skipped}
        if skipped in _LANGUAGE_GROUP:
            documents, skip = self._matching_in(LANGUAGES), _LANGUAGE_GROUP
        for bit, accepted in self.passing.items():
            if bit not in skip:
                documents &= accepted
        return documents

    def count(self) -> int:
        if self.everything:
            return self.connection.execute(f"SELECT count(*) FROM {self.tables.docs}").fetchone()[0]
        return self.selected.bit_count()

    def page(self, *, by_date: bool, offset: int, limit: int) -> list[sqlite3.Row]:
        """The rows of one page, newest first (undated last) or best first; ties go to the
        document indexed last. BM25 is computed for the selected matches only."""
        t = self.tables
        columns = (
            "d.id, d.key, d.title, d.url, d.type, d.language, d.summary, d.body,"
            " d.city, d.country, d.clusters, d.date"
        )
        parameters: list = []
        if self.everything:
            sql = f"""
                SELECT {columns}, 0 AS score FROM {t.docs} AS d
                ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?"""
        elif self.expression is None:
            # No words: the selected documents, from the date index.
            sql = f"""
                SELECT {columns}, 0 AS score FROM {t.docs} AS d
                WHERE substr(?, d.id + 1, 1) = x'31'
                ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?"""
            parameters.append(_selection(self.selected))
        else:
            # The expression matches more than the selection (the other languages' analysis,
            # the excluded words, the filters): the selection says which rows count.
            weights = ", ".join(map(str, WEIGHTS))
            parameters += [self.expression, _selection(self.selected)]
            matches = f"""
                SELECT rowid AS id, bm25({t.text}, {weights}) AS score FROM {t.text}
                WHERE {t.text} MATCH ? AND substr(?, rowid + 1, 1) = x'31'"""
            if by_date:
                order = "d.date DESC, h.score, h.id DESC"
                sql = f"""
                    SELECT {columns}, h.score FROM ({matches}) AS h
                    CROSS JOIN {t.docs} AS d ON d.id = h.id
                    ORDER BY {order} LIMIT ? OFFSET ?"""
            else:
                # Only the 20 best need their document: no join for the ordering.
                order = "h.score, h.id DESC"
                sql = f"""
                    SELECT {columns}, h.score FROM (
                        {matches} ORDER BY score, id DESC LIMIT ? OFFSET ?
                    ) AS h
                    CROSS JOIN {t.docs} AS d ON d.id = h.id ORDER BY {order}"""
        cursor = self.connection.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, (*parameters, limit, min(offset, MAX_OFFSET))).fetchall()

    def facets(self) -> dict[str, dict[str, int]]:
        """Every facet's counts, each over the hits passing every filter but its own."""
        names = {bit: name for name, bit in FILTER_BITS.items()}
        rows: list[tuple[int, str, int]] = []
        if self.everything:
            rows = self.connection.execute(
                f"SELECT facet, value, n FROM {self.tables.values}"
                f" WHERE n > 0 AND facet IN ({_FACET_LIST})"
            ).fetchall()
        else:
            bitmaps = self._bitmaps()
            for bit in FACET_BITS:
                own = _LANGUAGE_GROUP if bit in _LANGUAGE_GROUP else {bit}
                base = self._passing_all_but(bit) if own & self.passing.keys() else self.selected
                if not base:
                    continue
                for value_id, value in bitmaps.by_facet[bit]:
                    n = (base & bitmaps.values[value_id]).bit_count()
                    if n:
                        rows.append((bit, value, n))
        facets: dict[str, dict[str, int]] = {name: {} for name in COUNTED}
        for bit, value, n in sorted(rows, key=lambda row: (-row[2], row[1])):
            facets[names[bit]][value] = n
        return facets

    def snippets(self, rows: list[sqlite3.Row]) -> dict[int, str]:
        """The snippet of each shown row: FTS5 picks the best fragment of the summary and of
        the body from the positions the words match in the row's own language; the one with
        more matches is shown. One query per language among the rows."""
        snippets: dict[int, str] = {}
        by_language: dict[str, list[int]] = {}
        for row in rows:
            by_language.setdefault(row["language"], []).append(row["id"])
        for language, ids in by_language.items():
            positive = self.words.get(language, (self.expression, None))[0]
            if positive is not None:
                snippets.update(self._marked(positive, ids))
        for row in rows:
            if row["id"] not in snippets:
                snippets[row["id"]] = _leading_snippet(row)
        return snippets

    def _marked(self, positive: str, ids: list[int]) -> dict[int, str]:
        t = self.tables
        fragment = f"?, ?, ?, {analysis.SNIPPET_WORDS}"
        options = (analysis.MARK_START, analysis.MARK_END, analysis.ELLIPSIS)
        found = self.connection.execute(
            f"""
            SELECT rowid, snippet({t.text}, 2, {fragment}), snippet({t.text}, 3, {fragment})
            FROM {t.text} WHERE {t.text} MATCH ? AND rowid IN ({", ".join("?" * len(ids))})
            """,
            (*options, *options, positive, *ids),
        ).fetchall()
        marked = {}
        for row_id, summary, body in found:
            best = max((summary, body), key=lambda text: text.count(analysis.MARK_START))
            marked[row_id] = analysis.render_marked(best or summary or body)
        return marked


def _leading_snippet(row: sqlite3.Row) -> str:
    """The start of the summary (or body) when there is nothing to mark."""
    return analysis.snippet(row["summary"] or row["body"], (), row["language"])


def _hit(row: sqlite3.Row, snippet: str) -> SearchHit:
    return SearchHit(
        key=row["key"],
        title=row["title"],
        url=row["url"],
        type=row["type"],
        language=row["language"],
        snippet=snippet,
        city=row["city"],
        country=row["country"],
        clusters=tuple(json.loads(row["clusters"])),
        date=datetime.date.fromisoformat(row["date"]) if row["date"] else None,
        score=-row["score"],
    )
