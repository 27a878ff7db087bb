"""Text analysis shared by the search engines: tokens, folding, stemming, stopwords, snippets.

The embedded engine (search/engines/sqlite_fts.py) does all of its language work here, in
Python, because FTS5 cannot run a Snowball stemmer: the index holds each text already folded
and stemmed, and a query is analysed the same way before it reaches FTS5.

Why the pieces are as they are:

* **Tokens are exactly FTS5's.** A word is what SQLite's ``unicode61`` tokenizer calls a token
  (letters, digits, private-use characters; everything else separates). The engine stores the
  original text as FTS5 "external content" and the stemmed text in the index, one stem per
  original token, so FTS5's own ``snippet()`` can mark the original words from the positions of
  the matched stems. That only works if both sides cut the text at the same places, so instead
  of guessing, :func:`tokens` asks SQLite which characters separate words (once per character,
  cached) and splits on those.
* **Fold, then stem.** Accents and case are folded *before* the Snowball stemmer runs, so a word
  typed without its accents ("energia", "informacion") is stemmed exactly as the accented one in
  the text. A few plural endings that Snowball leaves inconsistent once accents are gone
  (Spanish "ciudades"/"ciudad", Portuguese "informações"/"informação") are first brought to the
  singular by :data:`PLURAL_RULES`.
* **Stopwords** are dropped from queries only (never from the index, so phrases and snippet
  positions stay exact), and only while some other word remains: "the" or "de" would otherwise
  be required in every result, slow every query down, and be marked all over every snippet.
"""

import functools
import html
import importlib.metadata
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Collection, Iterable

import Stemmer

# The tokenizer every FTS5 table of the embedded engine uses; tokens() mirrors it.
FTS5_TOKENIZER = "unicode61 remove_diacritics 2"
SNOWBALL = {"en": "english", "es": "spanish", "fr": "french", "pt": "portuguese"}
SNIPPET_WORDS = 30
ELLIPSIS = "…"
# Placed around matched words before escaping, then turned into <mark>...</mark>. Control
# characters: clean() removes them from every stored text, so only markers are left to replace.
MARK_START = "\x01"
MARK_END = "\x02"
# Stands for an original token that folds to nothing (a lone private-use character, say), so
# the stemmed text keeps one token per original token. Queries never produce it: folding
# drops private-use characters.
PLACEHOLDER = "\ue000"
# Bump when the analysis below changes: an index built by another analysis must be rebuilt.
ANALYSIS_REVISION = 1

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def analysis_signature() -> str:
    """Everything the stored stems depend on; the engine rebuilds when it changes."""
    return (
        f"academy-{ANALYSIS_REVISION}"
        f" pystemmer-{importlib.metadata.version('PyStemmer')}"
        f" unicode-{unicodedata.unidata_version} sqlite-{sqlite3.sqlite_version}"
    )


def clean(text: str) -> str:
    """``text`` without control characters and lone surrogates (which SQLite cannot store)."""
    return _CONTROL.sub(" ", text) if text else ""


# -- tokens -----------------------------------------------------------------------------------


class _Separators:
    """Which characters separate words for FTS5's unicode61 tokenizer, learnt from SQLite.

    FTS5 uses its own Unicode tables (older than Python's, and with its own view of combining
    marks), so Python's character categories disagree with it on a few thousand characters.
    Each character is therefore looked up once by tokenizing ``"a<char>b"`` in an in-memory
    FTS5 table: one token means the character belongs to words. Common alphabets are learnt in
    one go on first use; a rare character costs one small lookup, once per process. Words are
    then found with one regular expression: runs of anything but the separators learnt.
    """

    _SEED = "".join(map(chr, [*range(0x20, 0x250), *range(0x2000, 0x2070), 0x20AC]))

    def __init__(self) -> None:
        self.known: dict[str, bool] = {}  # character -> is a word character
        self.words = re.compile(r"\S+")  # replaced as soon as anything is learnt
        self._lock = threading.Lock()

    def learn(self, text: str) -> None:
        """Look up every character of ``text`` not seen before (call before :attr:`words`)."""
        unknown = set(text).difference(self.known)
        if unknown:
            if not self.known:
                unknown.update(self._SEED)
            with self._lock:
                self._probe(unknown.difference(self.known))

    def _probe(self, chars: set[str]) -> None:
        probe = {ch for ch in chars if not _CONTROL.match(ch) and not ch.isspace()}
        connection = sqlite3.connect(":memory:")
        try:
            connection.execute(f"CREATE VIRTUAL TABLE p USING fts5(t, tokenize='{FTS5_TOKENIZER}')")
            connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(p, instance)")
            connection.executemany(
                "INSERT INTO p(rowid, t) VALUES (?, ?)", [(ord(ch), f"a{ch}b") for ch in probe]
            )
            tokens = dict(connection.execute("SELECT doc, count(*) FROM v GROUP BY doc"))
        finally:
            connection.close()
        for ch in chars:
            self.known[ch] = ch in probe and tokens.get(ord(ch)) == 1
        separators = sorted(ord(ch) for ch, is_word in self.known.items() if not is_word)
        # Every character of a text is learnt before its words are found, whitespace too.
        self.words = re.compile(f"[^{_character_class(separators)}]+")

    def is_word_char(self, ch: str) -> bool:
        if ch not in self.known:
            self.learn(ch)
        return self.known[ch]


def _character_class(code_points: list[int]) -> str:
    """The inside of a regular expression character class for sorted ``code_points``."""
    parts = []
    start = previous = None
    for code in [*code_points, None]:
        if code is not None and previous is not None and code == previous + 1:
            previous = code
            continue
        if start is not None:
            first, last = re.escape(chr(start)), re.escape(chr(previous))
            parts.append(first if start == previous else f"{first}-{last}")
        start = previous = code
    return "".join(parts)


_separators = _Separators()


def _words(text: str) -> re.Pattern:
    _separators.learn(text)
    return _separators.words


def tokens(text: str) -> list[str]:
    """The words of ``text``, as FTS5's unicode61 tokenizer cuts them, not yet folded."""
    return _words(text).findall(text) if text else []


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of each of its :func:`tokens`."""
    return [match.span() for match in _words(text).finditer(text)] if text else []


# -- folding and stemming ---------------------------------------------------------------------

# Letters that carry no combining accent to strip but are folded by convention.
_SPECIAL_FOLDS = str.maketrans(
    {"ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ł": "l", "ŧ": "t", "æ": "ae", "œ": "oe"}
)


@functools.lru_cache(maxsize=100_000)
def fold(token: str) -> str:
    """One token folded for matching: NFKC, case folded, accents removed ("Ação" -> "acao").

    Whatever folding turns into a separator or a private-use character is dropped, so the
    result is one FTS5 token or empty.
    """
    if token.isascii():
        word = token.lower()
        return word if word.isalnum() else "".join(ch for ch in word if ch.isalnum())
    word = unicodedata.normalize("NFKC", token).casefold()
    word = "".join(ch for ch in unicodedata.normalize("NFD", word) if not _is_mark(ch))
    word = unicodedata.normalize("NFC", word.translate(_SPECIAL_FOLDS))
    return "".join(
        ch for ch in word if _separators.is_word_char(ch) and unicodedata.category(ch) != "Co"
    )


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


# Plural endings Snowball leaves inconsistent on folded words, brought to the singular first.
PLURAL_RULES: dict[str, list[tuple[re.Pattern, str]]] = {
    # ciudades -> ciudad (Snowball: "ciudad" but "ciud"), jovenes -> joven, mujeres -> mujer.
    "es": [(re.compile(r"(?<=\w\w[dnr])es$"), "")],
    # informacoes/informacao, acessiveis/acessivel, nacionais/nacional, espanhois/espanhol.
    "pt": [
        (re.compile(r"(?<=\w\w)(?:oes|aes|aos)$"), "ao"),
        (re.compile(r"(?<=\w{3})eis$"), "el"),
        (re.compile(r"(?<=\w{3})ais$"), "al"),
        (re.compile(r"(?<=\w{3})ois$"), "ol"),
    ],
    # developpee(s) -> developpe, as Snowball does with "developpe" and "developpes".
    "fr": [(re.compile(r"(?<=\w\w)ees?$"), "e")],
}
# Longer tokens are not words (hashes, URLs run together); stemming them only costs time.
_MAX_STEMMED_LENGTH = 40

_stemmers = threading.local()  # PyStemmer's stemmers are not thread-safe: one per thread


def _stemmer(language: str) -> Stemmer.Stemmer:
    cache = _stemmers.__dict__
    if language not in cache:
        cache[language] = Stemmer.Stemmer(SNOWBALL[language])
    return cache[language]


def stem(word: str, language: str) -> str:
    """The Snowball stem of a folded ``word`` in ``language`` (the word itself for others)."""
    if (
        language not in SNOWBALL
        or len(word) > _MAX_STEMMED_LENGTH
        or not word.isalpha()
        or not word.isascii()
    ):
        return word
    for rule, replacement in PLURAL_RULES.get(language, ()):
        singular, found = rule.subn(replacement, word)
        if found:
            word = singular
            break
    return _stemmer(language).stemWord(word)


@functools.lru_cache(maxsize=200_000)
def analyse(token: str, language: str) -> str:
    """One token as the index stores it: folded, then stemmed in ``language`` ("" if none)."""
    word = fold(token)
    return stem(word, language) if word else ""


# Token -> stem as index_text() stores it, per language: indexing meets the same words again
# and again, and a dict lookup is much cheaper than an lru_cache call.
_index_cache: dict[str, dict[str, str]] = {}
_INDEX_CACHE_SIZE = 200_000


def index_text(text: str, language: str) -> str:
    """``text`` as the index stores it: one stem per token, in order, joined by spaces."""
    cache = _index_cache.setdefault(language, {})
    words = tokens(text)
    stems = list(map(cache.get, words))
    if None in stems:
        for i, stem_ in enumerate(stems):
            if stem_ is None:
                stems[i] = analyse(words[i], language) or PLACEHOLDER
                if len(cache) < _INDEX_CACHE_SIZE:
                    cache[words[i]] = stems[i]
    return " ".join(stems)


def folded_words(text: str) -> str:
    """``text`` folded but not stemmed (for completing titles as they are typed)."""
    return " ".join(word for word in map(fold, tokens(text)) if word)


def query_stems(word: str, language: str) -> tuple[str, ...]:
    """What one word a user typed matches in ``language``: usually one stem, more for
    words joined by punctuation ("e-mail" -> ("e", "mail"), a phrase), none for symbols."""
    return tuple(stem for stem in (analyse(token, language) for token in tokens(word)) if stem)


# -- stopwords --------------------------------------------------------------------------------

STOPWORDS = {
    "en": frozenset(
        "a about also an and any are as at be been but by can could did do does for from had "
        "has have he her his how i if in into is it its me my no not of on or our over she "
        "should so some such than that the their them then there these they this those to "
        "under up us was we were what when where which who why will with would you your".split()
    ),
    "es": frozenset(
        "a al como con cual de del donde e el ella ellos en entre era es esa ese eso esta este "
        "estos estas fue ha han hay la las le les lo los mas muy ni no nos o para pero por que "
        "se ser si sin sobre son su sus tambien u un una unas unos y ya".split()
    ),
    "fr": frozenset(
        "a au aux avec c ce ces cet cette comme d dans de des du elle elles en est et il ils j "
        "je l la le les leur leurs lui m mais n ne nous on ou par pas plus pour qu que qui s sa "
        "sans se ses son sont sur t tres un une vous y".split()
    ),
    "pt": frozenset(
        "a ao aos as com como da das de do dos e ela ele eles em entre era esta este foi isso "
        "ja mais mas muito na nao nas no nos o os ou para pela pelas pelo pelos por que se sem "
        "ser seu seus sobre sua suas tambem um uma umas uns".split()
    ),
}


def is_stopword(word: str, languages: Iterable[str]) -> bool:
    """Whether every token of ``word`` is a stopword in one of ``languages``."""
    folded = [fold(token) for token in tokens(word)]
    words = [w for w in folded if w]
    stopwords = [STOPWORDS[lang] for lang in languages if lang in STOPWORDS]
    return bool(words) and all(any(w in s for s in stopwords) for w in words)


# -- snippets ---------------------------------------------------------------------------------


def render_marked(fragment: str) -> str:
    """HTML for a fragment whose matches sit between MARK_START and MARK_END: everything is
    escaped, and the markers become the only markup, ``<mark>`` and ``</mark>``."""
    escaped = html.escape(fragment, quote=True)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def snippet(text: str, stems: Collection[str], language: str, *, words: int = SNIPPET_WORDS) -> str:
    """About ``words`` words of ``text`` around its best match, as safe HTML.

    ``stems`` are the query's stems in ``language`` (see :func:`query_stems`); a word of the
    text matches when it analyses to one of them. The window shown is the one holding the most
    different matched stems (then the most matches, then the earliest); with no match it is the
    start of the text. Matched words are wrapped in ``<mark>``, everything else is escaped.
    """
    text = clean(text)
    spans = token_spans(text)
    if not spans:
        return ""
    found = [analyse(text[s:e], language) for s, e in spans] if stems else []
    matches = [i for i, value in enumerate(found) if value in stems]
    start = _best_window(matches, found, words, len(spans))
    end = min(start + words, len(spans))
    marked = set(matches)
    parts = [ELLIPSIS + " "] if start > 0 else []
    position = spans[start][0] if start > 0 else 0  # from the very start: its punctuation too
    for i in range(start, end):
        s, e = spans[i]
        parts.append(text[position:s])
        parts.append(f"{MARK_START}{text[s:e]}{MARK_END}" if i in marked else text[s:e])
        position = e
    if end < len(spans):
        parts.append(" " + ELLIPSIS)
    else:
        parts.append(text[position:].rstrip())  # the closing punctuation
    return render_marked("".join(parts))


def _best_window(matches: list[int], found: list[str], words: int, total: int) -> int:
    """The first token of the best window of ``words`` tokens (with a little context before).

    Each match in turn anchors a window; a second pointer keeps the matches inside it, so this
    is linear in the number of matches.
    """
    if not matches:
        return 0
    best, best_key = 0, (-1, -1)
    inside: dict[str, int] = {}  # stem -> matches of it inside the window
    end = 0
    for first, anchor in enumerate(matches):
        while end < len(matches) and matches[end] < anchor + words:
            inside[found[matches[end]]] = inside.get(found[matches[end]], 0) + 1
            end += 1
        key = (len(inside), end - first)
        if key > best_key:
            best, best_key = anchor, key
        inside[found[anchor]] -= 1
        if not inside[found[anchor]]:
            del inside[found[anchor]]
    context = min(3, words // 4)
    return max(0, min(best - context, total - words))
