"""Durations: "three months", "10 years", "a 90-day truce" are figures in days, weeks,
months or years; "three days earlier", "two years ago" place an event in time, as a date
does, and are not.

A duration's measure is what lasts that long when the sentence says so: the noun a
compound describes ("a 10-year sentence" → sentence) or the noun before "of" ("a siege
of three months" → siege); otherwise it is reported but never compared.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.extract.figures.measure_words import STOP, fold, singular
from index.extract.figures.numbers import Quantity
from index.extract.figures.units import Noun, noun_after

if TYPE_CHECKING:
    from index.extract.figures.measures import Measure

UNSPECIFIED = "unspecified"
_REFERENCE = re.compile(
    r"\s+(?:ago|earlier|later|before|after|since|prior|from\s+now|old|into|on)\b", re.IGNORECASE
)
_NOT_HEADS = frozenset({"old", "long", "period", "time", "span"})
_OF_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+(?:(?:about|some|nearly|almost|over)\s+)?$")
_OPENING = re.compile(
    r"\b(?:for|over|during|within|in)\s+(?:the\s+)?(?:(?:past|last|next|first|coming|following"
    r"|straight|consecutive|about|some|nearly|almost|approximately|more\s+than|over)\s+)*$"
)
_NOT_NOUNS = STOP | frozenset(
    "one fell rose grew held took went came ran saw left kept lost won began stood fought".split()
)
_NOUNS = re.compile(r"[A-Za-z][a-z-]+")
_VERBISH = re.compile(r"(?:ed|ing|ly)$")
_TIME_WORDS = {"decade": ("year", 10), "century": ("year", 100)}


def duration(
    text: str, quantity: Quantity, noun: Noun, sentence: tuple[int, int]
) -> Measure | None:
    """The duration a number of time units makes, or None for a point in time."""
    from index.extract.figures.measures import Measure

    if _REFERENCE.match(text, noun.end) or singular(noun.word) in {"time", "second"}:
        return None
    unit = singular(noun.word)
    scale = _TIME_WORDS[unit][1] if unit in _TIME_WORDS else 1  # "four decades": 4 decade
    head = _lasting(text, quantity, noun, sentence)
    key = f"{head or UNSPECIFIED}:duration" + ("" if scale == 1 else f":{scale}")
    return Measure(unit, key, quantity.start, noun.end)


def _lasting(text: str, quantity: Quantity, noun: Noun, sentence: tuple[int, int]) -> str:
    """What lasts: the noun after a compound ("10-year sentence"), or before "of"."""
    if noun.compound:
        after = noun_after(text, noun.end, 1.0)
        head = fold(singular(after.word)) if after else ""
        return "" if head in _NOT_HEADS else head
    before = _OF_BEFORE.search(text, max(sentence[0], quantity.start - 40), quantity.start)
    head = fold(singular(before.group(1))) if before else ""
    if head in _NOT_HEADS or head in {"period", "total"}:
        head = ""
    return head or _spanned(text, quantity, sentence)


def _spanned(text: str, quantity: Quantity, sentence: tuple[int, int]) -> str:
    """The thing a span of time is said of: the last common noun before the preposition
    that opens it ("a wall built over the last two years" → wall)."""
    opening = _OPENING.search(text, max(sentence[0], quantity.start - 40), quantity.start)
    if opening is None:
        return ""
    words = _NOUNS.findall(text, max(sentence[0], opening.start() - 60), opening.start())
    nouns = [w for w in words if w.islower() and w not in _NOT_NOUNS and not _VERBISH.search(w)]
    return fold(singular(nouns[-1])) if nouns else ""
