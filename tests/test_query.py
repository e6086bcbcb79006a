"""The query language: what parses, what is refused, and with which message."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as q
from whoosh.reading import IndexReader

from index import Engine
from index.search.expand import fuzzy_words
from index.search.query import QueryError, Stemmed, parse


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("AND (", "parenthesis"),
        ("(wall", "parenthesis"),
        ("wall)", "parenthesis"),
        ("wall AND", "AND needs a term after it"),
        ("OR wall", "OR needs a term before it"),
        ("NOT", "NOT needs a term after it"),
        ('"open phrase', "unclosed quotation mark"),
        ("colour:red", "unknown field colour"),
        ("actor:", "actor: needs a value"),
        ("c*", "at least 2 letters"),
        ("wall~3", "fuzzy distance"),
        ("date:[2025 TO", "unclosed range"),
        ("   ", "empty query"),
    ],
)
def test_malformed_queries_raise_one_line_errors(text: str, message: str) -> None:
    with pytest.raises(QueryError) as raised:
        parse(text)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_plain_words_are_looked_up_by_stem() -> None:
    assert parse("fortify") == Stemmed("text", "fortifi")
    assert parse("quote:borders") == Stemmed("quote", "border")


@pytest.mark.parametrize("text", ['"concrete wall"', "fortif*", "Bindawi~", "al-Qaim"])
def test_phrases_prefixes_fuzzy_and_hyphenated_match_words_as_written(text: str) -> None:
    leaves = list(parse(text).leaves()) or [parse(text)]
    assert {leaf.field() for leaf in leaves} == {"text"}
    assert not any(isinstance(leaf, Stemmed) for leaf in leaves)


def test_fuzzy_distance_two_is_allowed() -> None:
    parsed = parse("Bendawi~2")
    assert isinstance(parsed, q.FuzzyTerm) and parsed.maxdist == 2


def test_field_values_and_date_ranges() -> None:
    assert parse("section:comments") == q.Term("section", "comments")
    assert parse("date:[2025-01-01 TO 2025-12-31]") == q.NumericRange(
        "day", 20250101, 20251231, constantscore=True
    )


def test_actor_terms_are_resolved_through_the_resolver() -> None:
    seen: list[tuple[str, str]] = []

    def resolve(field: str, name: str) -> list[q.Query]:
        seen.append((field, name))
        return [q.Term(field, "t1")]

    assert parse("actor:Bindawi", resolve) == q.Term("actor", "t1")
    assert parse('speaker:"Ali al-Bandawi"', resolve) == q.Term("speaker", "t1")
    assert seen == [("actor", "Bindawi"), ("speaker", "Ali al-Bandawi")]
    assert parse("actor:Nobody", lambda field, name: []) is q.NullQuery


def test_only_stop_words_match_nothing() -> None:
    assert parse("the") is q.NullQuery


_WORDS = st.sampled_from(
    ["wall", "border", "al-Qaim", "Iraq’s", "🙂", "~", "*", "fortif*", "Bindawi~2", "date:2025*",
     "actor:PMF", "quote:walls", "title:", "section:comments", "[a TO b]", "date:[2025-13-01 TO x]",
     "x:y", "\\", "\x1b]52;c;SGk=\x07", "\u202e", '"', '"concrete wall"']
)  # fmt: skip
_OPERATORS = st.sampled_from(["AND", "OR", "NOT", "ANDNOT", "(", ")", "(("])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_parses_or_raises_only_query_error(text: str) -> None:
    try:
        parse(text)
    except QueryError as error:
        assert "\n" not in str(error)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, _OPERATORS), max_size=12))
def test_grammar_shaped_queries_parse_or_raise_only_query_error(parts: list[str]) -> None:
    try:
        parse(" ".join(parts))
    except QueryError as error:
        assert "\n" not in str(error)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("(" * 5000 + "a" + ")" * 5000, "too long"),
        ("(" * 20 + "a" + ")" * 20, "nested"),
        ("date:[2025-13-01 TO 2025-12-31]", "invalid date"),
        ("NOT NOT a", "cannot be read"),
    ],
)
def test_hostile_queries_are_one_line_errors(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(text)


@pytest.mark.parametrize(
    ("text", "most"), [("bindawi", 1), ("bandawy", 2), ("bordr", 1), ("wal", 1), ("syira", 1)]
)
def test_fuzzy_words_are_the_words_whoosh_finds(engine: Engine, text: str, most: int) -> None:
    """The words a fuzzy term expands to (listed once per reader by length, compared
    only at reachable lengths) are the words within Whoosh's Damerau-Levenshtein
    distance, as its generic reader finds them. (Its single-segment reader uses an
    automaton without transpositions instead, so "syira~1" missed Syria on a one-segment
    index and found it on a multi-segment one; ours finds it on both.)"""
    reader = engine._session.searcher().reader()
    term = q.FuzzyTerm("text", text, maxdist=most, prefixlength=1)
    theirs = list(IndexReader.terms_within(reader, "text", text, most, prefix=1))
    assert list(fuzzy_words(reader, term)) == theirs
    assert theirs  # every case finds a word of the bundled corpus


def test_a_minus_opening_a_word_leaves_it_out_and_a_hyphen_inside_one_stays(
    engine: Engine,
) -> None:
    assert parse("wall -concrete") == parse("wall NOT concrete")
    assert parse('wall -"concrete wall"') == parse('wall NOT "concrete wall"')
    assert parse("(wall -concrete) OR drones") == parse("(wall NOT concrete) OR drones")
    for kept in ("al-Sudani", "Hashd al-Shaabi", '"wall -concrete"', "2024-2025", "wall - drones"):
        assert "NOT" not in str(parse(kept)), kept
    without = engine.search("wall -concrete", limit=None)
    assert without.total == engine.search("wall NOT concrete", limit=None).total
    assert without.total < engine.search("wall", limit=None).total
    assert all("concrete" not in hit.text.lower() for hit in without.hits)
