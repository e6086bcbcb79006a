"""Numbers spelled out in English: cardinals, fractions and vague amounts."""

from __future__ import annotations

import re

from index.text.wordlists import SCALE_WORDS

_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "zero": 0,
}  # fmt: skip
_WORD = "|".join(sorted(_ONES, key=len, reverse=True))

WORD_RUN = (
    rf"\b(?:{_WORD})(?:[ -](?:{_WORD}|{'|'.join(SCALE_WORDS)}|dozen\b(?!s)))*\b"
    r"(?!-(?:third|quarter|fifth|half))"
)
"""A run of number words: "three", "twenty-five", "two hundred thousand", "two dozen"."""

FRACTION = (
    r"\b(?:(?:one|a)[ -](?:third|quarter|fifth)(?=\s+of\b)|one[ -](?:third|quarter|fifth|half)"
    r"|two[ -]thirds|three[ -](?:quarters|fifths)|half)\b(?!-)"
)
"""A spelled-out fraction: "one-third", "two thirds", "half"."""

VAGUE = (
    r"\b(?:tens|hundreds)[\s-]+of[\s-]+(?:thousands|millions)\b|\bhalf\s+a\s+dozen\b"
    r"|\ban?\s+(?:dozen|hundred|thousand|million)\b|\bdozens\b|\b(?:hundreds|thousands|millions)\b"
    r"|\btens\b(?=\s+of\b)"
)
"""A vague or idiomatic amount: "a dozen", "dozens", "tens of thousands", "hundreds"."""

_FRACTIONS = {"third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2}
_FRACTIONS |= {"fifths": 0.2, "half": 0.5}
_SPLIT = re.compile(r"[\s-]+")


def words_value(surface: str) -> float:
    """The value of a run of number words ("two hundred thousand" → 200000)."""
    total, current = 0, 0
    for word in _SPLIT.split(surface.lower()):
        if word in _ONES:
            current += _ONES[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "dozen":  # "two dozen": 24
            current = max(current, 1) * 12
        elif word in SCALE_WORDS:
            total, current = total + max(current, 1) * SCALE_WORDS[word], 0
    return float(total + current)


def fraction_value(surface: str) -> float:
    """The value of a spelled-out fraction ("two-thirds" → 0.667)."""
    words = _SPLIT.split(surface.lower())
    count = _ONES.get(words[0], 1) if len(words) > 1 else 1
    return round(count * _FRACTIONS[words[-1]], 4)


def vague_range(surface: str) -> tuple[float, float | None]:
    """The value of a vague amount: its order of magnitude as written, never a range
    ("tens of thousands" → 10,000, "dozens" → 12, "hundreds" → 100; "a dozen" → 12)."""
    words = _SPLIT.split(surface.lower())
    if words[-1] == "dozen":
        return (6.0 if words[0] == "half" else 12.0), None
    if words[0] in {"a", "an"}:
        return float(SCALE_WORDS[words[-1]]), None
    if words[0] == "dozens":
        return 12.0, None
    base = 10.0 if words[0] == "tens" else float(SCALE_WORDS[words[0].rstrip("s")])
    scale = float(SCALE_WORDS[words[-1].rstrip("s")]) if len(words) > 1 else 1.0
    return base * scale, None
