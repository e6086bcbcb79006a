"""The query language: what parses, what is refused, and with which message."""

from __future__ import annotations

import pytest
from whoosh import query as q

from index.search.query import QueryError, parse


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


def test_words_go_to_the_stemmed_field() -> None:
    assert parse("fortify") == q.Term("text", "fortifi")


@pytest.mark.parametrize("text", ['"concrete wall"', "fortif*", "Bindawi~", "al-Qaim"])
def test_phrases_prefixes_fuzzy_and_hyphenated_go_to_the_exact_field(text: str) -> None:
    leaves = list(parse(text).leaves()) or [parse(text)]
    assert {leaf.field() for leaf in leaves} == {"exact"}


def test_fuzzy_distance_two_is_allowed() -> None:
    parsed = parse("Bendawi~2")
    assert isinstance(parsed, q.FuzzyTerm) and parsed.maxdist == 2


def test_field_values_and_date_ranges() -> None:
    assert parse("section:comments") == q.Term("section", "comments")
    assert isinstance(parse("date:[2025-01-01 TO 2025-12-31]"), q.TermRange)


def test_actor_terms_are_resolved_through_the_resolver() -> None:
    parsed = parse("actor:Bindawi", lambda field, name: ["ali-al-bandawi"])
    assert parsed == q.Term("actor", "ali-al-bandawi")


def test_only_stop_words_match_nothing() -> None:
    assert parse("the") is q.NullQuery
