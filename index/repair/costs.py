"""The constants of the word cost model, and lower bounds of its costs whatever the corpus.

`least_part_cost` is the floor below every part, which lets a search pass over starts.
`part_floors` bounds each part from below over all vocabularies (English, else the most
the corpus can give, CAP × UNIT), and `parts_within` says with them which parts a
split's result can depend on: a search reads the vocabulary for many parts that could
never be chosen, but a part matters only if some sequence of parts through it could
cost no more than the cheapest split found. The others stay out of the search's
recorded keys, so an update of their values repairs nothing again.

Why this is enough: under another vocabulary that agrees on the recorded parts, every
sequence with an unrecorded part costs more than the cheapest split (its bound already
does), and every other sequence costs what it did; so the cheapest split, its cost and
(ties going to the earliest start) its cuts are unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index.repair.evidence import CEILING

if TYPE_CHECKING:
    from index.repair.evidence import Evidence

MAX_PART = 24
"""Longer parts are only ever the run as written."""
SINGLE_LETTER_WORDS = frozenset({"a", "A", "I"})
"""The only one-letter words English writes alone."""
MARGIN = 1e-6
"""Slack (nats) that keeps a lower bound of a cost below any rounding of it."""

Part = tuple[int, int, float]
"""A part `[start, end)` of a run and a lower bound of its cost."""


@dataclass(frozen=True)
class Weights:
    """The constants of the cost model, in nats."""

    per_letter: float = 2.6
    unknown_lower: float = 9.0
    unknown_title: float = 3.0
    unknown_upper: float = 5.0
    odd_case: float = 5.0
    camel_break: float = 1.0

    def unknown(self, part: str, kind: str) -> float:
        """Cost of `part`, of case shape `kind`, spelt letter by letter."""
        return self.base(kind) + self.per_letter * len(part)

    def base(self, kind: str) -> float:
        """What spelling a part of case shape `kind` costs before its letters."""
        if kind == "lower":
            return self.unknown_lower
        if kind == "title":
            return self.unknown_title
        if kind == "upper":
            return self.unknown_upper
        return self.unknown_upper + self.odd_case


DEFAULT_WEIGHTS = Weights()
"""The weights repair uses."""


def shape(part: str) -> str:
    """The case shape of a part: lower, title, upper or mixed."""
    if part.islower():
        return "lower"
    if part.isupper():
        return "upper"
    if part[0].isupper() and (len(part) == 1 or part[1:].islower()):
        return "title"
    return "mixed"


def least_part_cost(evidence: Evidence, weights: Weights) -> float:
    """A lower bound of `Segmenter.part_cost` over every part, a little below the true minimum.

    It holds whatever the vocabulary (`likeliest` bounds the corpus by CAP × UNIT), so
    which parts a search weighs depends only on the values it reads.
    """
    likeliest = evidence.likeliest
    known = -math.log(likeliest) if likeliest > 0 else math.inf
    w = weights
    unknown = min(w.unknown_lower, w.unknown_title, w.unknown_upper, w.unknown_upper + w.odd_case)
    return min(known, unknown + w.per_letter) - MARGIN


def part_floors(
    run: str, whole: bool, tail: str, english: Mapping[str, float], weights: Weights
) -> list[Part]:
    """Each part of `run` a search weighs, by end, with a lower bound of its cost whatever
    the corpus (0 for the last one before a hyphened `tail`, which may make it certain)."""
    n, lower = len(run), run.lower()
    top, ln10, per = -math.log(CEILING), math.log(10), weights.per_letter
    plain = weights.unknown_lower if run.islower() and len(lower) == n else None
    found = []
    for end in range(1, n + 1):
        for start in range(max(0, end - MAX_PART), end):
            if not (start or end < n or whole):
                continue
            part = run[start:end]
            if end - start == 1 and part not in SINGLE_LETTER_WORDS:
                found.append((start, end, math.inf))
            elif tail and end == n:
                found.append((start, end, 0.0))
            else:
                zipf = english.get(lower[start:end] if plain is not None else part.lower())
                known = top if zipf is None else min(top, (9 - zipf) * ln10)
                base = plain if plain is not None else weights.base(shape(part))
                found.append((start, end, min(known, base + per * (end - start))))
    return found


def parts_within(n: int, joins: list[float], parts: list[Part], bound: float) -> Iterator[Part]:
    """Every part of a run of `n` letters on some split costing at most `bound`.

    `joins[start]` is the cost of the cut before `start`; `parts` holds every part a
    split may use, ordered by end, with a lower bound of its cost.
    """
    ahead = [0.0] + [math.inf] * n
    for start, end, c in parts:  # by end, so `ahead[start]` is final when read
        ahead[end] = min(ahead[end], ahead[start] + joins[start] + c)
    behind = [math.inf] * n + [0.0]
    for start, end, c in reversed(parts):  # by end, downwards, and `start < end`
        behind[start] = min(behind[start], joins[start] + c + behind[end])
    limit = bound + MARGIN
    for part in parts:
        start, end, c = part
        if ahead[start] + joins[start] + c + behind[end] <= limit:
            yield part
