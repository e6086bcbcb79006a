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

from index.extract.figures.durations import duration
from index.extract.figures.facets import (
    PROJECTED,
    REMAINS,
    already,
    asked_noun,
    dead_owner,
    on_a_scale,
    projected,
)
from index.extract.figures.measure_words import (
    DISCRIMINATORS,
    IRREGULAR_SINGULAR,
    PARTITIVES,
    PEOPLE,
    TIME_UNITS,
    fold,
    is_plural,
    singular,
)
from index.extract.figures.numbers import Quantity, looks_like_year
from index.extract.figures.predicates import (
    EVENTS,
    PREDICATES,
    amount_head,
    belongs_to,
    predicate_after,
    predicate_before,
    predicate_of,
)
from index.extract.figures.unit_heads import unit_head
from index.extract.figures.units import Noun, noun_after, unit_after
from index.extract.names.wordlists import COUNTRIES, DEMONYMS
from index.text.amounts import VAGUE_MEASURE
from index.text.wordlists import APPROXIMATORS, alternation

UNSPECIFIED = "unspecified"
"""The head of a figure whose measured thing was not found; never compared."""

_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*")
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


_YEARS = re.compile(r"(?:18|19|20)\d\d\s*(?:[-–—]|to|and|through)\s*(?:(?:18|19|20)\d\d|\d\d)")
"""A range of years."""
_UNIT_RATE = re.compile(r"\s+(?:a|per|each|every)\s+(day|week|month|year)\b", re.IGNORECASE)
"""A rate right after a unit: "barrels per day"."""
_NUMBER = re.compile(r"\d[\d,.]*")
_WHICH_PART = re.compile(
    r"\b(?:first|second|third|fourth|last|latter|final|early|late|other)\s+$", re.IGNORECASE
)
"""Before a fraction, a word that says which part of a whole it is, not how much."""
_WHOLE_OF = re.compile(r"\bof\s+(?:the|these|those|its|their)\s+$")
_PARTS_OF = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+")


@dataclass(frozen=True)
class Measure:
    """A figure's unit, measure key and the span of text its number and unit cover."""

    unit: str
    key: str
    start: int
    end: int
    counted: str = ""
    """The (folded) noun the number counts, for a later number that leaves it out."""


_SIZES = frozenset({"length", "area"})
"""Dimensions of units whose plans are kept apart: a length planned or expected is not
the length built (money and shares are forecast and spent under one name)."""
_PLANNED = re.compile(
    r"(?:\b(?:will|would|expects?\s+to|expected\s+to|plans?\s+to|planned\s+to|aims?\s+to"
    r"|intends?\s+to|set\s+to|is\s+to|are\s+to)\s+(?:\w+\s+){0,2}(?:build|construct|complete"
    r"|extend|erect|dig|install|add|finish|reach|cover|stretch)\b[^.;,]{0,40}"
    r"|\b(?:planned|proposed|projected|intended)\s+)$",
    re.IGNORECASE,
)
"""A length still to be built: "expect to construct a total of 450 miles", "a planned
600-kilometer wall"; not "will have fenced off the 2,600-kilometer border", whose length
is the border's (the verb must build what the number measures)."""


_INCLUDED = re.compile(
    rf"\b(?:including|of\s+which)\s+(?:(?:{alternation(APPROXIMATORS)})\s+)*$", re.IGNORECASE
)
"""A part of a sum just given: "… a total of 450 miles, including up to 334 miles"."""


def _planned(text: str, quantity: Quantity, sentence: tuple[int, int]) -> bool:
    if _PLANNED.search(text, max(sentence[0], quantity.start - 80), quantity.start):
        return True
    if not _INCLUDED.search(text, max(sentence[0], quantity.start - 40), quantity.start):
        return False  # a part of a planned sum is planned too
    return any(
        _PLANNED.search(text, sentence[0], m.start())
        for m in _NUMBER.finditer(text, sentence[0], quantity.start)
    )


def measure_of(
    text: str, quantity: Quantity, sentence: tuple[int, int], last: str = ""
) -> Measure | None:
    """The unit and measure of `quantity` in `text`, or None when it is not a figure;
    `last` is the noun the figure before it in the passage counted."""
    unit = unit_after(text, quantity)
    if unit is not None:
        key = unit_head(text, quantity, unit, sentence)
        if unit.dimension in _SIZES and _planned(text, quantity, sentence):
            key += f":{PROJECTED}"  # "expect to build 450 miles" is no wall built
        name = unit.name
        rate = _UNIT_RATE.match(text, unit.end)
        if rate is not None:  # "4.3 million barrels per day"
            per = rate.group(1).lower()
            name, key = f"{name} per {per}", f"{key}:per-{per}"
        return Measure(name, key, min(unit.start, quantity.start), max(unit.end, quantity.end))
    if looks_like_year(text, quantity) and quantity.modifier in {"", "from", "between"}:
        return None  # ("from 2019", the year; "nearly 2000", a count written without comma)
    if _YEARS.fullmatch(text, quantity.start, quantity.end):
        return None  # "from 2007 to 2022" is a period, as a date is
    if quantity.kind == "fraction" and _WHICH_PART.search(
        text, max(0, quantity.start - 12), quantity.start
    ):
        return None  # "in the first half of the year" says when or where, as a date does
    through_of = quantity.kind in {"vague", "fraction"} or bool(_PARTS_OF.match(text, quantity.end))
    noun = noun_after(text, quantity.end, quantity.value, through_of)
    return _counted(text, quantity, noun, sentence, last)


_SOME_TIME = frozenset({"night", "morning", "evening", "afternoon", "time"})
"""Nouns after a sentence's "One" that say when ("One night, …"), no quantity."""


def _counted(
    text: str, quantity: Quantity, noun: Noun | None, sentence: tuple[int, int], last: str
) -> Measure | None:
    if noun is None or fold(singular(noun.word)) == "other":
        return _bare(text, quantity, sentence, last, noun)
    unit = singular(noun.word)
    if quantity.kind == "words" and quantity.value == 1 and unit in _SOME_TIME:
        if text[quantity.start].isupper():
            return None  # "One night, he says, …": when, not how many
    if unit in TIME_UNITS:
        return duration(text, quantity, noun, sentence)
    if on_a_scale(text, quantity) and not is_plural(noun.word):
        return Measure("magnitude", f"{fold(unit)}:magnitude", quantity.start, quantity.end)
    if unit in PARTITIVES and quantity.kind != "fraction":
        return None
    if quantity.kind == "fraction":
        return Measure("fraction", f"{fold(unit)}:share", quantity.start, quantity.end)
    if _noise(quantity, noun) and text[quantity.end : quantity.end + 1] != "-":
        return None
    key, per = _count_key(text, quantity, noun, sentence)
    unit = _as_written(text, noun, unit)
    unit = f"{unit} per {per}" if per else unit
    return Measure(unit, key, quantity.start, quantity.end, fold(singular(noun.word)))


_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_])")


def _as_written(text: str, noun: Noun, unit: str) -> str:
    """The counted noun's `unit` (its singular, lower case) with the capitals of a name
    as written: "32,000 Iraqis" counts "Iraqi", "three IEDs" "IED". A capital that
    only a title's case gives ("32,000 Troops Return") is no name's."""
    written = noun.word.replace("’", "'")[: len(unit)]
    if written == unit or written.lower() != unit:
        return unit
    if not written.isupper():
        after = _NEXT_WORD.match(text, noun.end)
        if written[1:] != written[1:].lower() or (after and after.group(1).isupper()):
            return unit
    return written


def _noise(quantity: Quantity, noun: Noun) -> bool:
    """A number before a singular noun that is no unit counts nothing ("2 power")."""
    if noun.compound or not noun.word.islower() or noun.word in IRREGULAR_SINGULAR:
        return False
    return quantity.value != 1 and not is_plural(noun.word)


def _bare(
    text: str, quantity: Quantity, sentence: tuple[int, int], last: str, noun: Noun | None
) -> Measure | None:
    if quantity.kind == "fraction":
        head = _plural_before(text, quantity, sentence)
        return Measure("fraction", f"{head}:share", quantity.start, quantity.end)
    if quantity.kind == "words" and quantity.value == 1 and noun is None:
        return None
    end = noun.end if noun is not None else quantity.end
    predicate = predicate_after(text, end) or predicate_before(text, quantity.start, sentence[0])
    facets = [PROJECTED] if projected(text, quantity, sentence) else []
    if predicate:
        head = last or "people"
        key = _with_predicate(head, "count", facets, predicate)
        return Measure(head, _vague(key, text, quantity), quantity.start, quantity.end, head)
    asked = asked_noun(text, quantity, sentence[0])
    amount = fold(singular(asked)) if asked else amount_head(text, quantity.start, sentence[0])
    key = ":".join([amount, "count", *facets]) if amount else f"{UNSPECIFIED}:count"
    return Measure("", _vague(key, text, quantity), quantity.start, quantity.end)


def _with_predicate(head: str, dimension: str, qualifiers: list[str], predicate: str) -> str:
    if predicate in EVENTS:
        return ":".join([predicate, dimension, *(q for q in [head, *qualifiers] if q != "people")])
    return ":".join([head, dimension, *qualifiers, predicate])


def _vague(key: str, text: str, quantity: Quantity) -> str:
    """Vague amounts ("tens of thousands") form their own measure, never grouped with
    exact counts."""
    exact = text[quantity.start : quantity.start + 2].lower() in {"a ", "an", "ha"}
    return f"{key}{VAGUE_MEASURE}" if quantity.kind == "vague" and not exact else key


def _plural_before(text: str, quantity: Quantity, sentence: tuple[int, int]) -> str:
    words = _WORDS.findall(text, sentence[0], quantity.start)
    plurals = (fold(singular(w)) for w in reversed(words) if is_plural(w))
    return next(plurals, UNSPECIFIED)


def _count_key(
    text: str, quantity: Quantity, noun: Noun, sentence: tuple[int, int]
) -> tuple[str, str]:
    head = fold(singular(noun.word))
    after = text[noun.end : sentence[1]]
    qualifiers = list(_discriminators(noun, after))
    predicate = (
        predicate_of(noun.modifiers)
        or predicate_after(text, noun.end)
        or predicate_before(text, quantity.start, sentence[0])
    )
    if _WHOLE_OF.search(text, max(0, quantity.start - 12), quantity.start):
        predicate = ""
    owner = belongs_to(text, quantity.start, sentence[0])
    if owner in PREDICATES:  # "the drawdown of 2,000 troops" withdraws them
        predicate, owner = predicate or PREDICATES[owner], ""
    if dead_owner(text, quantity, sentence[0]):
        owner, predicate = REMAINS, "death"
    qualifiers += [owner] if owner else []
    if predicate == "capture" and already(text, quantity, sentence[0]):
        predicate = "custody"
    if head in EVENTS:
        qualifiers += [predicate] if predicate and predicate not in EVENTS else []
        predicate, head = head, "people"
    qualifiers += [PROJECTED] if projected(text, quantity, sentence) else []
    rate = _RATE.match(after)
    per = (rate.group(1) or rate.group(2).replace("dai", "day")) if rate else ""
    dimension = f"per-{per}" if per else "count"
    if _in_camp(text[sentence[0] : sentence[1]], head):
        head, dimension, qualifiers, predicate = "camp", "population", [head], ""
    if _CROSSING.match(after):
        qualifiers.append("crossing")
    qualifiers = [q for q in qualifiers if q != "people"]
    key = _with_predicate(head, dimension, qualifiers, predicate) if predicate else None
    key = key or ":".join([head, dimension, *qualifiers])
    return _vague(key, text, quantity), per


def _discriminators(noun: Noun, after: str) -> Iterator[str]:
    for word in (modifier.replace(".", "") for modifier in noun.modifiers):
        if (word.isupper() and 2 <= len(word) <= 6) or word.lower() in DISCRIMINATORS:
            yield word.lower()
    group = _FROM_GROUP.match(after)
    if group is not None:
        yield group.group(1).lower()


def _in_camp(sentence: str, head: str) -> bool:
    counts_people = head in PEOPLE or head.endswith(("i", "ian"))
    return counts_people and bool(_CAMP.search(sentence) and _RESIDE.search(sentence))


def measure_label(key: str, unit: str) -> str:
    """A readable name for a measure key ("border:length", "km" → "Border length (km)")."""
    head, dimension, *qualifiers = key.split(":")
    name = f"{head.capitalize()} {dimension.replace('-', ' ')}"
    name += f", {', '.join(map(_as_name, qualifiers))}" if qualifiers else ""
    return f"{name} ({unit})" if unit else name


def _as_name(word: str) -> str:
    """A key's word with the capital of a people's or a country's name ("iraqi": Iraqi)."""
    named = word.capitalize()
    return named if named in DEMONYMS or named in COUNTRIES else word
