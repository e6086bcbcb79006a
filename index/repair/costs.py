"""The constants of the word cost model, and the floor below its costs whatever the corpus.

`least_part_cost` is the floor below every part, which lets a search pass over starts;
it holds for any vocabulary, so which parts a search weighs depends only on the values
it reads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.repair.evidence import Evidence

MAX_PART = 24
"""Longer parts are only ever the run as written."""
SINGLE_LETTER_WORDS = frozenset({"a", "A", "I"})
"""The only one-letter words English writes alone."""
MARGIN = 1e-6
"""Slack (nats) that keeps the lower bound of a part's cost below any rounding of it."""


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
