"""Text analysis: tokens as FTS5 cuts them, folding, stemming per language, snippets."""

import re
import sqlite3

import pytest

from search import text


def fts5_tokens(value: str) -> list[str]:
    """The tokens SQLite's own FTS5 tokenizer finds in ``value``, in order (folded by it)."""
    connection = sqlite3.connect(":memory:")
    connection.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{text.FTS5_TOKENIZER}')")
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    connection.execute("INSERT INTO t(x) VALUES (?)", (value,))
    return [term for (term,) in connection.execute("SELECT term FROM v ORDER BY offset")]


# -- tokens -----------------------------------------------------------------------------------


def test_tokens_are_letters_and_digits():
    assert text.tokens("Green roofs, 2024: e-mail C++ l'été_x") == [
        "Green",
        "roofs",
        "2024",
        "e",
        "mail",
        "C",
        "l",
        "été",
        "x",
    ]


@pytest.mark.parametrize(
    "value",
    [
        "Les Villes <b>vertes</b> & les toits: «Rosário» l'été 2024; ciudades_verdes.",
        "cafe\u0301 na\u0303o Ångström ﬁnance ½ ²³ Ⅻ",  # combining marks, ligatures, numbers
        "مرحبا بالعالم — שלום עולם · 東京都 서울 Москва",
        "green 🙂 roofs ₽ 100€ \u200b zero\u00a0width \ue000 private",
        "tab\tnew\nline\x00null\x7fdel",
    ],
)
def test_tokens_match_fts5_token_for_token(value):
    # The engine relies on this: one stem stored per token FTS5 sees in the original text.
    assert len(text.tokens(value)) == len(fts5_tokens(value))
    assert len(text.token_spans(value)) == len(fts5_tokens(value))


def test_token_spans_point_into_the_text():
    value = "«Rosário», l'été!"
    assert [value[s:e] for s, e in text.token_spans(value)] == ["Rosário", "l", "été"]


# -- folding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "folded"),
    [
        ("Energía", "energia"),
        ("INFORMAÇÃO", "informacao"),
        ("Niño", "nino"),
        ("Français", "francais"),
        ("Ærø", "aero"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("ﬁnance", "finance"),  # NFKC
        ("ＰＡＲＫ", "park"),  # full-width letters
        ("cafe\u0301", "cafe"),  # a decomposed accent
        ("Москва", "москва"),
        ("\ue000", ""),  # private use: nothing to match
    ],
)
def test_fold_removes_case_and_accents(token, folded):
    assert text.fold(token) == folded


def test_folded_words_keeps_every_word_unstemmed():
    assert text.folded_words("Ciudades Verdes de América") == "ciudades verdes de america"


# -- stemming ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("en", ["park", "parks", "Parking"]),
        ("en", ["city", "cities"]),
        ("es", ["ciudad", "ciudades", "Ciudades"]),
        ("es", ["energía", "energia", "energías"]),
        ("es", ["información", "informacion", "informaciones"]),
        ("es", ["joven", "jóvenes"]),
        ("fr", ["ville", "villes"]),
        ("fr", ["développé", "développée", "développées"]),
        ("fr", ["énergie", "energies"]),
        ("pt", ["cidade", "cidades"]),
        ("pt", ["informação", "informações", "informacao"]),
        ("pt", ["sustentável", "sustentáveis"]),
        ("pt", ["nacional", "nacionais"]),
    ],
)
def test_the_forms_of_a_word_share_one_stem(language, forms):
    assert len({text.analyse(form, language) for form in forms}) == 1


def test_stemming_follows_the_language():
    assert text.analyse("ciudades", "es") == text.analyse("ciudad", "es") == "ciud"
    assert text.analyse("ciudades", "en") == "ciudad"  # English rules leave Spanish alone
    assert text.analyse("parks", "es") == "parks"
    # Without a stemmer for the language, the folded word itself.
    assert text.analyse("Städte", "de") == "stadte"


def test_numbers_and_long_tokens_are_not_stemmed():
    assert text.analyse("2024", "en") == "2024"
    assert text.analyse("x" * 60 + "ing", "en") == "x" * 60 + "ing"


def test_index_text_keeps_one_stem_per_token():
    stored = text.index_text("Green roofs, «\ue000» cities", "en")
    assert stored.split(" ") == ["green", "roof", text.PLACEHOLDER, "citi"]
    assert len(stored.split(" ")) == len(fts5_tokens("Green roofs, «\ue000» cities"))


def test_query_stems_of_a_word_joined_by_punctuation():
    assert text.query_stems("e-mails", "en") == ("e", "mail")
    assert text.query_stems("—", "en") == ()
    assert text.query_stems("\ue000", "en") == ()  # can never match the placeholder


# -- stopwords --------------------------------------------------------------------------------


def test_stopwords_per_language():
    assert text.is_stopword("the", ["en"])
    assert text.is_stopword("De", ["es"])
    assert text.is_stopword("dans", ["fr"])
    assert text.is_stopword("não", ["pt"])
    assert not text.is_stopword("the", ["es"])
    assert not text.is_stopword("roofs", ["en", "es", "fr", "pt"])
    assert text.is_stopword("de", ["en", "es"])  # any language searched


# -- snippets ---------------------------------------------------------------------------------


def test_snippet_marks_the_matched_words():
    snippet = text.snippet("Copenhagen made green roofs mandatory.", {"green", "roof"}, "en")
    assert snippet == "Copenhagen made <mark>green</mark> <mark>roofs</mark> mandatory."


def test_snippet_escapes_everything_but_mark():
    body = '<script>alert("x")</script> <b>Green</b> roofs & <a href="x">parks</a>'
    snippet = text.snippet(body, {"green", "park"}, "en")
    assert "<script" not in snippet
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in snippet
    assert "&lt;b&gt;<mark>Green</mark>&lt;/b&gt;" in snippet
    assert set(re.findall(r"<[^>]*>", snippet)) == {"<mark>", "</mark>"}


def test_snippet_is_about_thirty_words_around_the_best_match():
    words = [f"w{i}" for i in range(200)]
    words[120], words[124] = "green", "roofs"
    words[40] = "green"  # one term only: a weaker window
    snippet = text.snippet(" ".join(words), {"green", "roof"}, "en")
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "<mark>green</mark> w121 w122 w123 <mark>roofs</mark>" in snippet
    assert "w40" not in snippet
    assert len(snippet.replace("<mark>", "").replace("</mark>", "").split()) == 32


def test_snippet_without_a_match_is_the_start_of_the_text():
    assert text.snippet("Short <summary>.", set(), "en") == "Short &lt;summary&gt;."
    assert text.snippet("", {"green"}, "en") == ""


def test_snippet_drops_control_characters():
    assert text.snippet("green\x01roofs\x02", {"green"}, "en") == "<mark>green</mark> roofs"


def test_render_marked_turns_only_markers_into_markup():
    fragment = f"a <b> {text.MARK_START}c & d{text.MARK_END}"
    assert text.render_marked(fragment) == "a &lt;b&gt; <mark>c &amp; d</mark>"
