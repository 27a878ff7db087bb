"""The query language of shared/specs/search-api.md, parsed once for every engine.

Plain words are all required; ``"a phrase"`` matches the words in order; ``-word`` and
``-"a phrase"`` exclude; ``OR`` (in capitals) between two words or phrases makes them
alternatives, so ``a OR b c`` means (a or b) and c. Nothing else is syntax: engine operators
(``NEAR``, ``AND``, ``NOT``, ``*``, ``:``, ``^``, brackets) are words like any other, and what
has no letter or digit in it cannot match anything, so it is dropped. Engines turn the result
into their own query language and quote every word themselves.

Hostile input is cut down first: the text is cut to 500 characters, control characters are
read as spaces, a quote left open is ignored, and the number of clauses is capped (a query of
hundreds of words finds nothing anyway, and would only make the engine work).
"""

import re

from search.engines.base import MAX_QUERY_LENGTH, AnyOf, Clause, ParsedQuery, Phrase, Term

MAX_MUST_CLAUSES = 32
MAX_EXCLUDE_CLAUSES = 16
MAX_ALTERNATIVES = 16
MAX_PHRASE_WORDS = 32

# Control characters (null bytes included) and lone surrogates separate words.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# A phrase, a word (which ends at a quote or a space), or the OR operator; "-" before a word
# or phrase excludes it.
_ITEM = re.compile(r'(?P<minus>-?)(?:"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+))')


def _is_word(text: str) -> bool:
    """Only text with a letter or digit in it can match anything."""
    return any(ch.isalnum() for ch in text)


def _drop_open_quote(text: str) -> str:
    """Quotes pair from the left; an odd last quote opens nothing and is read as a space."""
    if text.count('"') % 2:
        cut = text.rindex('"')
        text = f"{text[:cut]} {text[cut + 1 :]}"
    return text


def _phrase(body: str) -> Term | Phrase | None:
    words = tuple(word for word in body.split() if _is_word(word))[:MAX_PHRASE_WORDS]
    if not words:
        return None
    return Term(words[0]) if len(words) == 1 else Phrase(words)


def parse_query(text: str, *, suggest: bool = False) -> ParsedQuery:
    """Parse what a user typed into ``q``.

    With ``suggest``, the query is one being typed: its last word (unless a space follows it)
    becomes a prefix ``Term`` that completes to any longer word.
    """
    text = _drop_open_quote(_CONTROL.sub(" ", (text or "")[:MAX_QUERY_LENGTH]))
    groups: list[list[Term | Phrase]] = []  # each group: alternatives joined by OR
    exclude: list[Term | Phrase] = []
    joining = False  # an OR was just read after a positive clause
    last_was_positive = False
    last_word: tuple[list[Term | Phrase], int] | None = None  # where the last plain word is
    for match in _ITEM.finditer(text):
        minus, phrase, word = match.group("minus", "phrase", "word")
        if word == "OR" and not minus:
            joining = last_was_positive
            last_word = None
            continue
        clause = _phrase(phrase) if phrase is not None else (Term(word) if _is_word(word) else None)
        if clause is None:
            continue
        if minus:
            exclude.append(clause)
            joining = last_was_positive = False
            last_word = None
            continue
        if joining:
            groups[-1].append(clause)
        else:
            groups.append([clause])
        joining = False
        last_was_positive = True
        last_word = (groups[-1], len(groups[-1]) - 1) if word is not None else None
    if suggest and last_word is not None and not text[-1:].isspace():
        group, position = last_word
        group[position] = Term(group[position].text, prefix=True)
    must = _unique(_clause(group) for group in groups)[:MAX_MUST_CLAUSES]
    return ParsedQuery(must=tuple(must), exclude=tuple(_unique(exclude)[:MAX_EXCLUDE_CLAUSES]))


def _clause(group: list[Term | Phrase]) -> Clause:
    options = _unique(group)[:MAX_ALTERNATIVES]
    return options[0] if len(options) == 1 else AnyOf(tuple(options))


def _unique(items) -> list:
    """``items`` in order, each once ("green green" asks for "green" once)."""
    return list(dict.fromkeys(items))
