"""Tokens too long to be words: data inside an article (an encoded image, a hash).

A lost line break joins two words, and the longest token of prose in the bundled
articles, the development set and the generated corpora of 1,000 and 10,000 articles has
33 characters (a web address in brackets, 95; the longest run of letters repair has
split, 22). An encoded image or a hash can run for a megabyte without a space: repair
leaves its letters as written and extraction finds no figure in it (weighing its letters
cost minutes and gigabytes, and its digits made tens of thousands of figures).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence

MAX_TOKEN = 100
"""Characters of a token (between white spaces) past which it is data, not words."""

_LONG = re.compile(rf"\S{{{MAX_TOKEN + 1},}}")


def long_tokens(text: str) -> list[tuple[int, int]]:
    """The ranges of the tokens of `text` longer than `MAX_TOKEN`, in order."""
    return [m.span() for m in _LONG.finditer(text)]


def within(spans: list[tuple[int, int]], i: int) -> bool:
    """Whether offset `i` falls in one of `spans` (ranges in order, not overlapping)."""
    if not spans:
        return False
    at = bisect_right(spans, (i, math.inf)) - 1
    return at >= 0 and spans[at][0] <= i < spans[at][1]


def merged_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with those that overlap or touch made one."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
