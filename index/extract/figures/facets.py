"""Readings of a sentence that change what a counted figure measures, in general English.

- A projection is not a count: "the toll will reach 200,000", "thousands were feared dead",
  "how many are buried — 200,000, 300,000?" estimate what "the toll rose to 150,000" counts.
- The remains (bodies, corpses) of N people are N dead: "found the remains of two men".
- A capture already made is custody: "police had already arrested two suspects" reports
  the suspects held, as "two suspects already in custody" does.
- "How many X … — N" counts X.
- A number with decimals before a singular noun is the noun's size on a scale, never a
  count of it: "a 6.1 quake", "a 5.4 tremor".
"""

from __future__ import annotations

import re

from index.extract.figures.numbers import Quantity
from index.text.wordlists import APPROXIMATORS, alternation

PROJECTED = "projected"
"""The qualifier of a figure that estimates or forecasts rather than counts."""

REMAINS = "remains"
"""The qualifier of a figure that counts bodies found of a group ("the remains of …")."""

_PROJECTION = re.compile(
    r"\b(?:will|would|could|might|may|expected|expects|feared|fears|projected|projects"
    r"|forecast|forecasts|likely|estimates?\s+that|estimated\s+that)\b"
)
_QUESTION = re.compile(r"[\s\d,.]{0,12}\?")
_DEAD_OWNER = re.compile(
    rf"\b(?:remains|bodies|corpses)\s+of\s+(?:(?:{alternation(APPROXIMATORS)}"
    rf"|all|the|another|some|these|those|their)\s+)*$",
    re.IGNORECASE,
)
_ALREADY = re.compile(r"\balready\b[^.;:,]{0,30}$", re.IGNORECASE)
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?P<noun>[a-z]+)\b[^.;?!]{0,80}$", re.IGNORECASE)
_DECIMAL = re.compile(r"\d\.\d")
_BEFORE_CHARS = 60
_AFTER_CHARS = 25


def projected(text: str, quantity: Quantity, sentence: tuple[int, int]) -> bool:
    """True when the clause of the number forecasts or fears it, or asks it."""
    before = text[max(sentence[0], quantity.start - _BEFORE_CHARS) : quantity.start]
    after = text[quantity.end : min(sentence[1] + 1, quantity.end + _AFTER_CHARS)]
    return bool(
        _PROJECTION.search(before)
        or _PROJECTION.search(after)
        or _QUESTION.match(text, quantity.end)
    )


def dead_owner(text: str, quantity: Quantity, floor: int) -> bool:
    """True when the number counts those whose remains (bodies, corpses) are meant."""
    return _DEAD_OWNER.search(text, max(floor, quantity.start - 50), quantity.start) is not None


def already(text: str, quantity: Quantity, floor: int) -> bool:
    """True when "already" governs the clause before the number ("had already caught 3")."""
    return _ALREADY.search(text, max(floor, quantity.start - 50), quantity.start) is not None


def asked_noun(text: str, quantity: Quantity, floor: int) -> str:
    """The noun of a "how many X" question that the number answers, or ""."""
    match = _HOW_MANY.search(text, max(floor, quantity.start - 120), quantity.start)
    return match.group("noun").lower() if match else ""


def on_a_scale(text: str, quantity: Quantity) -> bool:
    """True when the number is written with decimals (it cannot count things)."""
    return quantity.kind == "digits" and bool(_DECIMAL.search(text, quantity.start, quantity.end))
