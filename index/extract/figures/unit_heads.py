"""The measure of a number with a unit: what the length, share, weight or magnitude is of.

The head comes from the sentence: the noun the unit is attached to ("a 160-kilometer
wall", "7.8-magnitude earthquake"), the noun before "of" ("a depth of 3 metres"), what a
distance is away from, the amount a percentage is the value of ("the unemployment rate at
9.1%"), or the nearest physical thing named in the sentence.
"""

from __future__ import annotations

import re

from index.extract.figures.measure_words import (
    PARTITIVES,
    PHYSICAL_HEADS,
    STOP,
    TIME_UNITS,
    fold,
    singular,
)
from index.extract.figures.numbers import Quantity
from index.extract.figures.predicates import amount_head
from index.extract.figures.units import Noun, Unit, noun_after
from index.text.wordlists import APPROXIMATORS, alternation

UNSPECIFIED = "unspecified"
_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*")
_PHYSICAL = {"km", "m", "mm", "cm", "mile", "km²", "m²"}
_EXTENT = re.compile(
    rf"\b(?:stretch|extend|run|span)(?:es|s|ed|ning|ing)?\s+"
    rf"(?:(?:for|{alternation(APPROXIMATORS)})\s+)*$",
    re.IGNORECASE,
)
"""A verb of extent before a length: "the border stretches 599 km from Rabia to al-Qaim"
is the border's length, not a distance from Rabia."""
PART = "part"
"""The qualifier of a length that is part of a whole ("300 km of its border"): never
compared with the whole's length."""
_WHOLES = frozenset({"border", "river", "road", "pipeline"})
"""Physical heads whose length is given, not built: a length of one is part of it ("360
km of the wall are done" is the wall's length so far)."""
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|this|that|[A-Z][\w-]*[’']s)\s")
_DIMENSION_NOUNS = {"length", "depth", "height", "width", "thickness", "distance", "area"}
_AWAY = re.compile(
    r"\s+(?:away\s+)?(?:from|off|inside|into|beyond|north|south|east|west|short)\b"
    r"(?:\s+of)?(?:\s+the)?",
    re.IGNORECASE,
)
_DIMENSION_OF = {
    "high": "height", "tall": "height", "long": "length", "deep": "depth", "wide": "width",
    "thick": "thickness", "far": "distance",
}  # fmt: skip
_AS_ADJECTIVE_AS = re.compile(
    rf"(?P<noun>[A-Za-z]+)\s+(?:(?:that\s+are|are|is|were|was|rising|reaching)\s+)?as\s+"
    rf"(?P<adjective>{alternation(list(_DIMENSION_OF))})\s+as\s+"
    rf"(?:(?:{alternation(APPROXIMATORS)})\s+)?$",
    re.IGNORECASE,
)
"""What a number measures when it says how high, long or deep a thing is ("elevations as
high as 4,000 meters": the elevations' height, not what the sentence is about)."""
_WORTH = re.compile(
    rf"\b([a-z]+),?\s+(?:worth|valued\s+at|costing|estimated\s+at)\s+"
    rf"(?:(?:{alternation(APPROXIMATORS)})\s+)?$",
    re.IGNORECASE,
)
"""A value a noun is worth: "the project, worth $200 million"."""
_HEAD_OF_BEFORE = re.compile(
    rf"([A-Za-z]+)\s+of\s+(?:(?:{alternation(APPROXIMATORS)})\s+)?$",
    re.IGNORECASE,
)


def unit_head(text: str, quantity: Quantity, unit: Unit, sentence: tuple[int, int]) -> str:
    if unit.name == "%":
        found = _share_head(text, unit) or amount_head(text, quantity.start, sentence[0])
        return f"{found or _nearest_head(text, quantity, sentence) or UNSPECIFIED}:share"
    if unit.name not in _PHYSICAL:
        found = _attached_head(text, unit.end) or _head_before(text, quantity, sentence)
        worth = _WORTH.search(text, sentence[0], min(unit.start, quantity.start))
        if worth and not found and worth.group(1).lower() not in STOP:
            found = fold(singular(worth.group(1).lower()))
        return f"{found or _nearest_head(text, quantity, sentence) or UNSPECIFIED}:{unit.dimension}"
    if unit.dimension == "length" and _EXTENT.search(text, sentence[0], quantity.start):
        return f"{_nearest_head(text, quantity, sentence) or UNSPECIFIED}:length"
    away = _AWAY.match(text, unit.end)
    if away is not None:
        return f"{_attached_head(text, away.end()) or UNSPECIFIED}:distance"
    compared = _AS_ADJECTIVE_AS.search(text, sentence[0], quantity.start)
    if compared is not None:  # "mountains as high as 4,000 meters": their height
        head = fold(singular(compared.group("noun").lower()))
        return f"{head}:{_DIMENSION_OF[compared.group('adjective').lower()]}"
    before = _head_before(text, quantity, sentence)
    dimension = before if before in _DIMENSION_NOUNS else unit.dimension
    head = _attached_head(text, unit.end) or (before not in _DIMENSION_NOUNS and before)
    if head in _WHOLES and _PART_OF.match(text, unit.end):  # "300 km of the border"
        other = _nearest_head(text, quantity, sentence, besides=head)
        return f"{other}:{dimension}" if other else f"{head}:{dimension}:{PART}"
    head = head or _nearest_head(text, quantity, sentence) or UNSPECIFIED
    return f"{head}:{dimension}"


def _share_head(text: str, unit: Unit) -> str:
    noun = noun_after(text, unit.end, through_of=True)
    if noun is None or not _OF_NEXT.match(text, unit.end):
        return ""
    if noun.word.endswith(("’s", "'s")):  # "70% of the country's border": the border's
        return _possessed_head(text, noun)
    return fold(singular(noun.word))


_OF_NEXT = re.compile(r"\s*of")
"""What follows a share that is of something ("70% of …"), read in place."""
_SIZE = re.compile(r"\s+[\d.,]+(?:-[a-z]+)+(?=\s)")
"""A size written before a noun ("the country's 2,600-kilometer border")."""


def _possessed_head(text: str, owner: Noun) -> str:
    """The head of the noun a possessive (`owner`) stands before, a size passed over;
    the owner itself when none follows."""
    after = _SIZE.match(text, owner.end)
    found = _attached_head(text, after.end() if after else owner.end)
    return found or fold(singular(owner.word[:-2]))


def _attached_head(text: str, pos: int) -> str:
    noun = noun_after(text, pos, through_of=True)
    if noun is None:
        return ""
    if noun.word.endswith(("’s", "'s")):  # "of the country's border": the border
        return _possessed_head(text, noun)
    head = fold(singular(noun.word))
    if head in PARTITIVES:
        return _attached_head(text, noun.end)
    if not noun.word.islower():
        head = fold(singular(noun.modifiers[0])) if noun.modifiers else ""
    if head.endswith(("ed", "ing")) or not head.islower() or head in TIME_UNITS:
        return ""  # "74 billion cubic metres last year": no year's volume
    return head


def _head_before(text: str, quantity: Quantity, sentence: tuple[int, int]) -> str:
    match = _HEAD_OF_BEFORE.search(text, sentence[0], quantity.start)
    head = fold(singular(match.group(1))) if match else ""
    return "" if head in _AMOUNT_NOUNS else head


_AMOUNT_NOUNS = frozenset(
    {"total", "sum", "maximum", "minimum", "average", "further", "additional"}
)
"""Words before "of" that say how much, not of what ("a total of 450 miles of wall")."""


def _nearest_head(
    text: str, quantity: Quantity, sentence: tuple[int, int], besides: str = ""
) -> str:
    before = [fold(singular(w)) for w in _WORDS.findall(text, sentence[0], quantity.start)]
    after = [fold(singular(w)) for w in _WORDS.findall(text, quantity.end, sentence[1])]
    for word in reversed(before):
        if word in PHYSICAL_HEADS and word != besides:
            return word
    for i, word in enumerate(after):
        if word in PHYSICAL_HEADS and word != besides:
            while i + 1 < len(after) and after[i + 1] in PHYSICAL_HEADS:
                i += 1  # "the border fence": the fence, the compound's last noun
            return after[i]
    return ""
