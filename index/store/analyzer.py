"""Text analysis for the index: tokens of the repaired text, offsets of the original.

`SourceText` is the value handed to Whoosh for a passage: the ORIGINAL passage text,
carrying the offsets where repair restored a word boundary (`breaks`) and, optionally,
the only ranges to index (`ranges`, used for the quotes field). The tokenizer splits
words at those breaks as well as at spaces and hyphens, so "Syriaplunges" yields
"syria" (0–5) and "plunges" (5–12): tokens of the repaired text with the characters of
the original. A plain `str` (a query) has no breaks and no ranges.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Self

from whoosh.analysis import STOP_WORDS as WHOOSH_STOP_WORDS
from whoosh.analysis import Token, Tokenizer
from whoosh.lang.porter2 import stem

from index.text.fold import strip_accents

APOSTROPHES = "'’‘ʼ`´ʾʿ"
"""Characters read as an apostrophe (all are folded to nothing inside a word), with the
half rings that transliterate hamza and ayn ("Qāʾim" is found as Qaim)."""
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""Combining marks: in a decomposed text (NFD) a word's accents follow its letters."""
_LETTER = rf"(?:[^\W_][{_MARKS}]*)"
STOP_WORDS = frozenset(WHOOSH_STOP_WORDS - {"us", "may", "can", "will", "not"})
"""Whoosh's English stop words, less those that carry meaning here ("US forces", "may")."""
_WORD = re.compile(rf"{_LETTER}+(?:[{APOSTROPHES}]{_LETTER}+)*")
_POSSESSIVE = re.compile(rf"[{APOSTROPHES}][sS]$")
_APOSTROPHE = re.compile(rf"[{APOSTROPHES}]")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


class SourceText(str):
    """Original passage text plus repair breaks and optional ranges, relative to it."""

    breaks: tuple[int, ...]
    ranges: tuple[tuple[int, int], ...] | None

    def __new__(
        cls,
        text: str,
        breaks: tuple[int, ...] = (),
        ranges: tuple[tuple[int, int], ...] | None = None,
    ) -> Self:
        value = super().__new__(cls, text)
        value.breaks = breaks
        value.ranges = ranges
        return value


def normalise_query(text: str) -> str:
    """Typographic quote marks as their ASCII twins, so `“a b”` is a phrase and `Iraq’s` a word."""
    return text.translate(_QUOTE_MARKS)


def word_spans(text: str, breaks: tuple[int, ...] = ()) -> Iterator[tuple[int, int]]:
    """The (start, end) of every word: split at non-word characters and at `breaks`."""
    return ((start, end) for start, end, whole in _spans_and_wholes(text, breaks) if not whole)


def word_text(raw: str) -> str:
    """A token's indexed text: possessive dropped, apostrophes removed, accents folded."""
    if raw.isascii() and raw.isalnum():
        return raw
    folded = _APOSTROPHE.sub("", _POSSESSIVE.sub("", raw)) or raw
    return strip_accents(folded)


def _in_ranges(start: int, ranges: tuple[tuple[int, int], ...] | None) -> bool:
    return ranges is None or any(lo <= start < hi for lo, hi in ranges)


class SourceTokenizer(Tokenizer):  # type: ignore[misc]
    """Words of the repaired text, with character offsets in the original text."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        breaks = getattr(value, "breaks", ())
        ranges = getattr(value, "ranges", None)
        pos = start_pos
        for start, end, whole in _spans_and_wholes(value, breaks):
            if not _in_ranges(start, ranges):
                continue
            token.text = word_text(value[start:end]).lower()
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = pos - 1 if whole else pos
                pos += 0 if whole else 1
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


def _spans_and_wholes(text: str, breaks: tuple[int, ...]) -> Iterator[tuple[int, int, bool]]:
    """The words of `text` split at `breaks` (`word_spans`), each word that a break split
    followed by the word as written, at the position of its last part: a word repair
    split in error ("Full width" for "Fullwidth") is still found as written, and a join
    it rightly split ("Syriaplunges") is found whole too."""
    if not breaks:
        for match in _WORD.finditer(text):
            yield match.start(), match.end(), False
        return
    cuts = sorted(breaks)
    for match in _WORD.finditer(text):
        start, end = match.span()
        inside = cuts[bisect_right(cuts, start) : bisect_left(cuts, end)]
        for left, right in zip([start, *inside], [*inside, end], strict=True):
            yield left, right, False
        if inside:
            yield start, end, True


@lru_cache(maxsize=65536)
def cached_stem(word: str) -> str:
    """Porter2 stem of `word`, remembered: a corpus repeats its words endlessly."""
    return str(stem(word))


def word_analyzer() -> object:
    """Lowercase words as written (unstemmed): phrases, prefixes and fuzzy terms match
    them directly, and a plain word matches every indexed word of its stem (`stems`)."""
    return SourceTokenizer()


def indexed_words(text: str, breaks: tuple[int, ...] = ()) -> set[str]:
    """The distinct words the analyzer indexes for `text` split at `breaks` (each split
    word as written too)."""
    return {word_text(text[s:e]).lower() for s, e, _ in _spans_and_wholes(text, breaks)}
