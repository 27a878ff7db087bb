"""The query language of shared/specs/search-api.md, and what hostile text turns into."""

import pytest

from search.engines.base import MAX_QUERY_LENGTH, AnyOf, ParsedQuery, Phrase, Term
from search.query import MAX_EXCLUDE_CLAUSES, MAX_MUST_CLAUSES, parse_query


def words(*texts):
    return tuple(Term(text) for text in texts)


def test_plain_words_are_all_required():
    assert parse_query("green roofs") == ParsedQuery(must=words("green", "roofs"))


def test_a_quoted_phrase_is_one_clause():
    assert parse_query('"green roofs" copenhagen') == ParsedQuery(
        must=(Phrase(("green", "roofs")), Term("copenhagen"))
    )


def test_a_quoted_single_word_is_a_word():
    assert parse_query('"roofs"') == ParsedQuery(must=words("roofs"))


def test_minus_excludes_a_word_or_a_phrase():
    assert parse_query('roofs -parking -"car park"') == ParsedQuery(
        must=words("roofs"), exclude=(Term("parking"), Phrase(("car", "park")))
    )


def test_a_hyphen_inside_a_word_is_text():
    assert parse_query("e-mail co-operation") == ParsedQuery(must=words("e-mail", "co-operation"))


def test_or_joins_its_neighbours_and_the_rest_stays_required():
    assert parse_query("rosario OR hoboken parks") == ParsedQuery(
        must=(AnyOf(words("rosario", "hoboken")), Term("parks"))
    )


def test_or_chains_and_joins_phrases():
    assert parse_query('a OR "b c" OR d') == ParsedQuery(
        must=(AnyOf((Term("a"), Phrase(("b", "c")), Term("d"))),)
    )


def test_only_capital_or_is_an_operator():
    assert parse_query("rain or shine") == ParsedQuery(must=words("rain", "or", "shine"))
    assert parse_query("rain Or shine") == ParsedQuery(must=words("rain", "Or", "shine"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OR parks", ParsedQuery(must=words("parks"))),
        ("parks OR", ParsedQuery(must=words("parks"))),
        ("OR", ParsedQuery()),
        ("a OR OR b", ParsedQuery(must=(AnyOf(words("a", "b")),))),
        # An OR next to an exclusion joins nothing.
        ("a OR -b c", ParsedQuery(must=words("a", "c"), exclude=(Term("b"),))),
        ("-b OR c", ParsedQuery(must=words("c"), exclude=(Term("b"),))),
    ],
)
def test_an_or_without_two_neighbours_is_dropped(text, expected):
    assert parse_query(text) == expected


def test_an_excluded_or_is_the_word_or():
    assert parse_query("salt -OR") == ParsedQuery(must=words("salt"), exclude=(Term("OR"),))


def test_repeated_words_are_asked_for_once():
    assert parse_query("green green roofs green") == ParsedQuery(must=words("green", "roofs"))


@pytest.mark.parametrize(
    "text", ["", "   ", "\t\n", '""', "-", "- -", "* : ^ ( ) [ ] { }", "🙂 🌱"]
)
def test_nothing_to_search_for_is_an_empty_query(text):
    parsed = parse_query(text)
    assert parsed == ParsedQuery()
    assert parsed.is_empty


def test_none_is_an_empty_query():
    assert parse_query(None).is_empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NEAR(green roofs)", words("NEAR(green", "roofs)")),
        ("green AND roofs NOT parking", words("green", "AND", "roofs", "NOT", "parking")),
        ("title:green roof*", words("title:green", "roof*")),
        ("^green {title}: [roofs] ()", words("^green", "{title}:", "[roofs]")),
        ("'; DROP TABLE docs; --", words("DROP", "TABLE", "docs;")),
    ],
)
def test_engine_operators_are_plain_words(text, expected):
    # Engines quote every word, so these reach no query language as syntax; what has no letter
    # or digit ("()", "--") can match nothing and is dropped.
    assert parse_query(text).must == expected


def test_an_unbalanced_quote_is_ignored():
    assert parse_query('green "roofs parks') == ParsedQuery(must=words("green", "roofs", "parks"))
    assert parse_query('"a b" "c d') == ParsedQuery(must=(Phrase(("a", "b")), Term("c"), Term("d")))


def test_a_quote_ends_a_word():
    assert parse_query('green"roofs parks"') == ParsedQuery(
        must=(Term("green"), Phrase(("roofs", "parks")))
    )


def test_null_bytes_and_control_characters_separate_words():
    assert parse_query("green\x00roofs\x07\x1bparks") == ParsedQuery(
        must=words("green", "roofs", "parks")
    )


def test_lone_surrogates_are_dropped():
    assert parse_query("green \ud800 roofs\udfff") == ParsedQuery(must=words("green", "roofs"))


def test_emoji_alone_are_dropped_and_with_letters_kept():
    assert parse_query("🌱 green 🌱roofs") == ParsedQuery(must=words("green", "🌱roofs"))


def test_right_to_left_text_is_words():
    assert parse_query("حدائق الأسطح -مواقف") == ParsedQuery(
        must=words("حدائق", "الأسطح"), exclude=(Term("مواقف"),)
    )
    assert parse_query("גגות ירוקים") == ParsedQuery(must=words("גגות", "ירוקים"))


def test_text_is_cut_to_500_characters():
    parsed = parse_query("a" * (MAX_QUERY_LENGTH - 1) + " bcd")
    assert parsed == ParsedQuery(must=words("a" * (MAX_QUERY_LENGTH - 1)))


def test_a_huge_query_is_cut_and_capped():
    text = "word " * 20_000 + '"' * 3 + "-x " * 1000
    parsed = parse_query(text)
    assert parsed == ParsedQuery(must=words("word"))
    many = parse_query(" ".join(f"w{i}" for i in range(200)) + " " * 10)
    assert len(many.must) == MAX_MUST_CLAUSES
    excluded = parse_query(" ".join(f"-x{i}" for i in range(100)))
    assert len(excluded.exclude) == MAX_EXCLUDE_CLAUSES


def test_100000_characters_parse_quickly():
    import time

    started = time.perf_counter()
    parse_query(('x "y ' + "\x00 NEAR( * ") * 10_000)
    assert time.perf_counter() - started < 0.1


# -- the suggestion variant ---------------------------------------------------------------


def test_suggest_makes_the_last_word_a_prefix():
    assert parse_query("green ro", suggest=True) == ParsedQuery(
        must=(Term("green"), Term("ro", prefix=True))
    )


def test_suggest_with_a_space_after_the_last_word_completes_nothing():
    assert parse_query("green ", suggest=True) == ParsedQuery(must=words("green"))


def test_suggest_completes_a_word_after_an_open_quote():
    assert parse_query('"gre', suggest=True) == ParsedQuery(must=(Term("gre", prefix=True),))


def test_suggest_does_not_complete_a_closed_phrase_or_an_exclusion():
    assert parse_query('"green roofs"', suggest=True) == ParsedQuery(
        must=(Phrase(("green", "roofs")),)
    )
    assert parse_query("green -par", suggest=True) == ParsedQuery(
        must=words("green"), exclude=(Term("par"),)
    )


def test_suggest_completes_the_last_alternative():
    assert parse_query("rosario OR hob", suggest=True) == ParsedQuery(
        must=(AnyOf((Term("rosario"), Term("hob", prefix=True))),)
    )


def test_without_suggest_nothing_is_a_prefix():
    parsed = parse_query("green ro")
    assert not any(term.prefix for term in parsed.must)
