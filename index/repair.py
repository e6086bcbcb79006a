"""Repair of fused words: restore the spaces a document lost, keeping every offset.

Placeholder: the splitting algorithm lands in its own change; this module already
fixes the contract (`Repaired`, `Vocabulary`, `repair`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Repaired:
    """A repaired view of `original`: spaces inserted before the offsets in `inserted`.

    `inserted` holds sorted offsets into the ORIGINAL text; a space was restored just
    before `original[i]` for each `i` in it.
    """

    original: str
    text: str
    inserted: tuple[int, ...] = ()

    def to_original(self, i: int) -> int:
        """The original offset of repaired offset `i` (an inserted space maps to the next char)."""
        lo, hi = 0, len(self.inserted)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.inserted[mid] + mid < i:
                lo = mid + 1
            else:
                hi = mid
        return i - lo

    def to_repaired(self, i: int) -> int:
        """The repaired offset of original offset `i`."""
        return i + bisect_right(self.inserted, i)

    def breaks_in(self, start: int, end: int) -> tuple[int, ...]:
        """The restored boundaries that fall strictly inside original range `[start, end)`."""
        lo = bisect_right(self.inserted, start)
        hi = bisect_left(self.inserted, end)
        return self.inserted[lo:hi]


@dataclass(frozen=True)
class Vocabulary:
    """Words seen intact in a corpus, with their counts."""

    counts: Counter[str]


def build_vocabulary(texts: Iterable[str]) -> Vocabulary:
    """Learn the words a corpus uses intact."""
    return Vocabulary(Counter())


def repair(text: str, vocabulary: Vocabulary | None = None) -> Repaired:
    """Return the repaired view of `text`."""
    return Repaired(text, text)
