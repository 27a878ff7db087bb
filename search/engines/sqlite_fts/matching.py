"""FTS5 MATCH expressions from a parsed query: over stems for searching, over folded title
words for completion. Every word reaches FTS5 inside a string quoted here."""

from collections.abc import Iterable

from search import text as analysis

from ..base import Clause, ParsedQuery, Phrase, Term


def _quote(text: str) -> str:
    """An FTS5 string: whatever ``text`` holds, FTS5 reads it as words, never as syntax."""
    return '"' + text.replace('"', '""') + '"'


class _Matcher:
    """Turns a :class:`ParsedQuery` into FTS5 MATCH expressions over stems.

    Each word is stemmed in every language searched; its alternatives are ORed, so with
    ``lang=all`` "ciudades" matches the Spanish stem in Spanish documents and "parks" the
    English one in English documents.
    """

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages

    def words(self, words: Iterable[str]) -> str | None:
        """One word, or words in a row (a phrase), in every searched language."""
        words = tuple(words)
        variants = []
        for language in self.languages:
            stems = [stem for word in words for stem in analysis.query_stems(word, language)]
            if stems:
                variants.append(_quote(" ".join(stems)))
        return _any(dict.fromkeys(variants))

    def clause(self, clause: Clause) -> str | None:
        if isinstance(clause, Term):
            return self.words([clause.text])
        if isinstance(clause, Phrase):
            return self.words(clause.words)
        return _any(filter(None, (self.clause(option) for option in clause.options)))

    def expressions(self, query: ParsedQuery) -> tuple[str | None, str | None]:
        """(what must match, what must not): each an FTS5 expression, or None for nothing.

        With no positive expression every document (but the excluded ones) is listed. A word
        that analyses to nothing (symbols of a script FTS5 splits) constrains nothing, as in
        the Elasticsearch engine.
        """
        must = [c for c in query.must if not self.is_stopword(c)] or list(query.must)
        required = [expression for expression in map(self.clause, must) if expression]
        excluded = [expression for expression in map(self.clause, query.exclude) if expression]
        positive = " AND ".join(required) if required else None
        return positive, _any(excluded)

    def is_stopword(self, clause: Clause) -> bool:
        return isinstance(clause, Term) and analysis.is_stopword(clause.text, self.languages)


def _any(expressions: Iterable[str]) -> str | None:
    expressions = list(expressions)
    if not expressions:
        return None
    return expressions[0] if len(expressions) == 1 else "(" + " OR ".join(expressions) + ")"


def _title_expression(query: ParsedQuery) -> str | None:
    """Completion: every word typed is the start of a word of the title (folded, unstemmed)."""

    def words(text: str, *, prefix: bool) -> str | None:
        folded = analysis.folded_words(text)
        return (_quote(folded) + (" *" if prefix else "")) if folded else None

    def clause(item: Clause) -> str | None:
        if isinstance(item, Term):
            return words(item.text, prefix=True)
        if isinstance(item, Phrase):
            return words(" ".join(item.words), prefix=False)
        return _any(filter(None, map(clause, item.options)))

    required = [expression for expression in map(clause, query.must) if expression]
    if not required:
        return None
    expression = " AND ".join(required)
    excluded = _any(filter(None, map(clause, query.exclude)))
    return f"({expression}) NOT {excluded}" if excluded else expression
