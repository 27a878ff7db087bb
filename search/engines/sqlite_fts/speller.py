# SQL in this module is formatted with table names made of a generation number and with
# integers read from the index; user text only ever travels as a bound parameter.
# ruff: noqa: S608
"""Did you mean: a query that found nothing, respelt with words of the index."""

import re
import sqlite3

from search import text as analysis

from ..base import LANGUAGES, ParsedQuery, Term
from .schema import _Tables

SPELLING_CANDIDATES = 2000


class _Speller:
    """Respells a query that found nothing with words of the index's own titles.

    A word of the query that no title holds, in any language, is replaced by the closest word
    of the titles in ``languages`` (the languages searched): edit distance 1, or 2 for words
    of six letters or more; ties go to the word in most titles. Only words sharing its first
    letter and about its length are looked at, so this stays cheap. A word some title holds
    in another language is no misspelling, and is left alone.
    """

    def __init__(
        self, connection: sqlite3.Connection, tables: _Tables, languages: tuple[str, ...]
    ) -> None:
        self.connection = connection
        self.tables = tables
        self.languages = tuple(language for language in languages if language in LANGUAGES)

    def respell(self, text: str, query: ParsedQuery) -> str:
        words = [c.text for c in query.must if isinstance(c, Term)]
        changed = False
        for word in words:
            folded = analysis.folded_words(word)
            if not folded or " " in folded or not folded.isalpha() or self._known(folded):
                continue
            better = self._closest(folded)
            if better:
                text = re.sub(rf"(?<!\S){re.escape(word)}(?!\S)", better, text)
                changed = True
        return text.strip() if changed else ""

    def _known(self, word: str) -> bool:
        return (
            self.connection.execute(
                f"SELECT 1 FROM {self.tables.spell} WHERE term = ? LIMIT 1", (word,)
            ).fetchone()
            is not None
        )

    def _closest(self, word: str) -> str:
        if not self.languages:
            return ""
        limit = 1 if len(word) < 6 else 2
        first = word[0]
        columns = ", ".join("?" * len(self.languages))
        candidates = self.connection.execute(
            f"""
            SELECT term, sum(doc) FROM {self.tables.spell}
            WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ? AND col IN ({columns})
            GROUP BY term LIMIT {SPELLING_CANDIDATES}
            """,
            (first, chr(ord(first) + 1), len(word) - limit, len(word) + limit, *self.languages),
        ).fetchall()
        best, best_key = "", (limit + 1, 0)
        for term, documents in candidates:
            distance = _edit_distance(word, term, limit)
            if (distance, -documents) < best_key:
                best, best_key = term, (distance, -documents)
        return best


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is known to exceed
    ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
