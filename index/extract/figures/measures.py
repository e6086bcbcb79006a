"""What a number measures: its unit and a measure key that groups it across articles.

A key reads `head:dimension[:qualifier…]`: the head noun of the quantified phrase
(singular, synonyms folded: barrier/fence/wall → "wall"), the dimension (length, depth,
share, count, population, per-month…) and words that tell apart different measures of one
head ("camp:population:iraqi", "brigade:count:pmf", "militant:per-month:crossing").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from index.extract.figures.measure_words import (
    DISCRIMINATORS,
    PARTITIVES,
    PEOPLE,
    PHYSICAL_HEADS,
    TIME_UNITS,
    fold,
    is_plural,
    singular,
)
from index.extract.figures.numbers import Quantity, looks_like_year
from index.extract.figures.units import Noun, Unit, noun_after, unit_after
from index.text.wordlists import APPROXIMATORS, alternation

UNSPECIFIED = "unspecified"
"""The head of a figure whose measured thing was not found; never compared."""

_PHYSICAL = {"km", "m", "mile", "km²", "m²"}
_DIMENSION_NOUNS = {"length", "depth", "height", "width", "thickness", "distance", "area"}
_AWAY = re.compile(
    r"\s+(?:away\s+)?(?:from|off|inside|into|beyond|north|south|east|west|short)\b"
    r"(?:\s+of)?(?:\s+the)?",
    re.IGNORECASE,
)
_HEAD_OF_BEFORE = re.compile(
    rf"([A-Za-z]+)\s+of\s+(?:(?:{alternation(APPROXIMATORS)})\s+)?$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*")
_EVENT = re.compile(
    r"\s+(?:were\s+|have been\s+|had been\s+|are\s+|being\s+)?(dead|killed|wounded|injured)\b"
)
_EVENT_BEFORE = re.compile(
    rf"\b(kill|wound|injur)\w*\s+(?:(?:{alternation(APPROXIMATORS)})\s+)?$",
    re.IGNORECASE,
)
_EVENT_HEADS = {"kill": "death", "wound": "injury", "injur": "injury"}
_CROSSING = re.compile(
    r"\s+(?:(?:who|that)\s+)?(?:(?:are|were|have)\s+)?(?:been\s+)?"
    r"(?:cross|enter|infiltrat|smuggl|sneak|slip)\w*",
    re.IGNORECASE,
)
_FROM_GROUP = re.compile(r"\s+(?:from|of)\s+the\s+([A-Z]{2,6})\b")
_RATE = re.compile(
    r"[^.;:]{0,60}?\b(?:(?:each|every|per|a)\s+(month|week|day|year)|(month|week|dai|year)ly)\b"
)
_CAMP = re.compile(r"\bcamps?\b|\bal-Hol\b|\bHol\b|\bRoj\b", re.IGNORECASE)
_RESIDE = re.compile(
    r"\b(?:hous(?:es|ed|ing)|shelter(?:s|ed|ing)?|host(?:s|ed|ing)|holds?|held|home to"
    r"|remain(?:s|ed)? in|liv(?:e|es|ing) in|resid\w*|inmates|population)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Measure:
    """A figure's unit, measure key and the span of text its number and unit cover."""

    unit: str
    key: str
    start: int
    end: int


def measure_of(text: str, quantity: Quantity, sentence: tuple[int, int]) -> Measure | None:
    """The unit and measure of `quantity` in `text`, or None when it is not a figure."""
    unit = unit_after(text, quantity)
    if unit is not None:
        key = _unit_head(text, quantity, unit, sentence)
        return Measure(unit.name, key, min(unit.start, quantity.start), max(unit.end, quantity.end))
    if looks_like_year(text, quantity) and not quantity.modifier:
        return None
    through_of = quantity.kind in {"vague", "fraction"}
    noun = noun_after(text, quantity.end, quantity.value, through_of)
    return _counted(text, quantity, noun, sentence)


def _counted(
    text: str, quantity: Quantity, noun: Noun | None, sentence: tuple[int, int]
) -> Measure | None:
    if noun is None:
        return _bare(text, quantity, sentence)
    unit = singular(noun.word)
    if unit in TIME_UNITS or (unit in PARTITIVES and quantity.kind != "fraction"):
        return None
    if quantity.kind == "fraction":
        return Measure("fraction", f"{fold(unit)}:share", quantity.start, quantity.end)
    key, per = _count_key(text, quantity.start, noun, sentence)
    unit = f"{unit} per {per}" if per else unit
    return Measure(unit, key, quantity.start, quantity.end)


def _bare(text: str, quantity: Quantity, sentence: tuple[int, int]) -> Measure | None:
    if quantity.kind == "fraction":
        head = _plural_before(text, quantity, sentence)
        return Measure("fraction", f"{head}:share", quantity.start, quantity.end)
    if quantity.kind == "words" and quantity.value == 1:
        return None
    return Measure("", f"{UNSPECIFIED}:count", quantity.start, quantity.end)


def _plural_before(text: str, quantity: Quantity, sentence: tuple[int, int]) -> str:
    words = _WORDS.findall(text, sentence[0], quantity.start)
    plurals = (fold(singular(w)) for w in reversed(words) if is_plural(w))
    return next(plurals, UNSPECIFIED)


def _count_key(text: str, start: int, noun: Noun, sentence: tuple[int, int]) -> tuple[str, str]:
    head = fold(singular(noun.word))
    after = text[noun.end : sentence[1]]
    qualifiers = list(_discriminators(noun, after))
    event = _event(text, noun, (sentence[0], start))
    if event:
        qualifiers.insert(0, head)
        head = event
    rate = _RATE.match(after)
    per = (rate.group(1) or rate.group(2).replace("dai", "day")) if rate else ""
    dimension = f"per-{per}" if per else "count"
    if _in_camp(text[sentence[0] : sentence[1]], head):
        head, dimension, qualifiers = "camp", "population", [head]
    if _CROSSING.match(after):
        qualifiers.append("crossing")
    return ":".join([head, dimension, *(q for q in qualifiers if q != "people")]), per


def _event(text: str, noun: Noun, before: tuple[int, int]) -> str:
    after = _EVENT.match(text, noun.end)
    if after is not None:
        return fold(after.group(1).lower())
    verb = _EVENT_BEFORE.search(text, *before)
    return _EVENT_HEADS[verb.group(1).lower()] if verb else ""


def _discriminators(noun: Noun, after: str) -> Iterator[str]:
    for word in noun.modifiers:
        if (word.isupper() and 2 <= len(word) <= 6) or word.lower() in DISCRIMINATORS:
            yield word.lower()
    group = _FROM_GROUP.match(after)
    if group is not None:
        yield group.group(1).lower()


def _in_camp(sentence: str, head: str) -> bool:
    counts_people = head in PEOPLE or head.endswith(("i", "ian"))
    return counts_people and bool(_CAMP.search(sentence) and _RESIDE.search(sentence))


def _unit_head(text: str, quantity: Quantity, unit: Unit, sentence: tuple[int, int]) -> str:
    if unit.name not in _PHYSICAL:
        found = _share_head(text, unit) or _nearest_head(text, quantity, sentence)
        return f"{found or UNSPECIFIED}:{unit.dimension}"
    away = _AWAY.match(text, unit.end)
    if away is not None:
        return f"{_attached_head(text, away.end()) or UNSPECIFIED}:distance"
    before = _head_before(text, quantity, sentence)
    dimension = before if before in _DIMENSION_NOUNS else unit.dimension
    head = _attached_head(text, unit.end) or (before not in _DIMENSION_NOUNS and before)
    head = head or _nearest_head(text, quantity, sentence) or UNSPECIFIED
    return f"{head}:{dimension}"


def _share_head(text: str, unit: Unit) -> str:
    noun = noun_after(text, unit.end, through_of=True)
    return fold(singular(noun.word)) if noun and text[unit.end :].lstrip().startswith("of") else ""


def _attached_head(text: str, pos: int) -> str:
    noun = noun_after(text, pos, through_of=True)
    if noun is None:
        return ""
    head = fold(singular(noun.word))
    if head in PARTITIVES:
        return _attached_head(text, noun.end)
    return "" if head.endswith(("ed", "ing")) else head


def _head_before(text: str, quantity: Quantity, sentence: tuple[int, int]) -> str:
    match = _HEAD_OF_BEFORE.search(text, sentence[0], quantity.start)
    return fold(singular(match.group(1))) if match else ""


def _nearest_head(text: str, quantity: Quantity, sentence: tuple[int, int]) -> str:
    before = [fold(singular(w)) for w in _WORDS.findall(text, sentence[0], quantity.start)]
    after = [fold(singular(w)) for w in _WORDS.findall(text, quantity.end, sentence[1])]
    for word in [*reversed(before), *after]:
        if word in PHYSICAL_HEADS:
            return word
    return ""


def measure_label(key: str, unit: str) -> str:
    """A readable name for a measure key ("border:length", "km" → "Border length (km)")."""
    head, dimension, *qualifiers = key.split(":")
    name = f"{head.capitalize()} {dimension.replace('-', ' ')}"
    name += f", {', '.join(qualifiers)}" if qualifiers else ""
    return f"{name} ({unit})" if unit else name
