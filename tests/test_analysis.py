"""The analyzer: repaired tokens with original offsets, folding, hyphens, stems."""

from __future__ import annotations

import pytest

from index.search.query import Stemmed, parse
from index.store.analyzer import (
    SourceText,
    indexed_words,
    normalise_query,
    word_analyzer,
    word_spans,
)


def _tokens(analyzer: object, value: str) -> list[tuple[str, int, int]]:
    stream = analyzer(value, positions=True, chars=True)  # type: ignore[operator]
    return [(t.text, t.startchar, t.endchar) for t in stream]


def test_breaks_split_a_fused_word_with_original_offsets() -> None:
    value = SourceText("northeastern Syriaplunges deeper", breaks=(18,))
    tokens = _tokens(word_analyzer(), value)
    assert ("plunges", 18, 25) in tokens and ("syria", 13, 18) in tokens
    assert value[18:25] == "plunges"


def test_ranges_limit_indexing_to_quoted_words() -> None:
    value = SourceText('He said "walls help" today', ranges=((9, 19),))
    assert [t[0] for t in _tokens(word_analyzer(), value)] == ["walls", "help"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Iraq’s", ["iraq"]),
        ("Iraq's", ["iraq"]),
        ("Kata’ib", ["kataib"]),
        ("al-Qaim", ["al", "qaim"]),
        ("Qaim-Bukamal", ["qaim", "bukamal"]),
        ("Café Zürich", ["cafe", "zurich"]),
    ],
)
def test_exact_analysis_folds_apostrophes_hyphens_and_accents(
    raw: str, expected: list[str]
) -> None:
    assert [t[0] for t in _tokens(word_analyzer(), raw)] == expected


@pytest.mark.parametrize(("a", "b"), [("fortify", "Fortifying"), ("coordinate", "coordinated")])
def test_plain_words_are_matched_by_stem(a: str, b: str) -> None:
    assert parse(a) == parse(b) and isinstance(parse(a), Stemmed)


def test_stop_words_are_dropped_but_us_is_kept() -> None:
    query = parse("the US and the wall")
    assert sorted(leaf.text for leaf in query.leaves()) == ["us", "wall"]


def test_indexed_words_are_the_analyzers_tokens() -> None:
    value = SourceText("northeastern Syriaplunges Iraq’s", breaks=(18,))
    assert indexed_words(value, value.breaks) == {t[0] for t in _tokens(word_analyzer(), value)}


def test_word_spans_cut_at_every_break() -> None:
    assert list(word_spans("abcdef", (2, 4))) == [(0, 2), (2, 4), (4, 6)]


def test_query_quote_marks_are_normalised() -> None:
    assert normalise_query("“a b” Iraq’s") == '"a b" Iraq\'s'
