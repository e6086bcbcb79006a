"""How a vague amount ("tens of thousands of fighters") is told and read back.

Figures give a vague amount the value of its order of magnitude (10,000 for "tens of
thousands", `index.extract.figures.number_words.vague_range`) and a measure of its
own; what shows it to an analyst gives its words back, not a number it never said.
"""

from __future__ import annotations

VAGUE_MEASURE = ":vague"
"""The ending of the measure of a vague amount, which is never grouped with exact counts."""

_WORDS = {
    10.0: "tens", 12.0: "dozens", 100.0: "hundreds", 1e3: "thousands", 1e4: "tens of thousands",
    1e5: "hundreds of thousands", 1e6: "millions", 1e7: "tens of millions",
    1e8: "hundreds of millions",
}  # fmt: skip


def vague_amount(value: float, measure: str) -> str:
    """The words of a vague amount of `value` when `measure` is one's ("tens of
    thousands" for 10,000); "" otherwise, or for a value no vague amount has."""
    return _WORDS.get(value, "") if measure.endswith(VAGUE_MEASURE) else ""
