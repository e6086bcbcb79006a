"""What follows a number: a unit of measurement, or the noun it counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.extract.figures.measure_words import FOLD, STOP, is_plural
from index.extract.figures.number_words import SCALE_WORDS, WORD_RUN
from index.extract.figures.numbers import Quantity

DIMENSIONS = r"long|wide|deep|high|tall|thick"
"""Adjectives of a dimension after a unit ("3 meters deep", "a 4-meter-high wall")."""
_MEASURE_UNIT = re.compile(
    r"(?: {1,2}|-)?(?:(?P<square>square |sq\.? )|(?P<cubic>cubic ))?"
    r"(?P<unit>kilomet(?:er|re)s?|kms?|millimet(?:er|re)s?|mm"
    r"|centimet(?:er|re)s?|cm|met(?:er|re)s?|m|miles?|percent|per cent|%|kilo(?:gram(?:me)?)?s?"
    r"|kgs?|tonnes?|tons?|hectares?|ha|lit(?:er|re)s?|barrels?|magnitude)(?![a-z])"
    rf"(?:-(?P<glued>{DIMENSIONS})|\s(?P<spaced>{DIMENSIONS})(?![a-z]))?",
    re.IGNORECASE,
)
_TEMPERATURE = re.compile(
    r"(?:\s?°\s?|\s?-?degrees?\s*)(?P<scale>Celsius|centigrade|Fahrenheit|[CF](?![A-Za-z]))?"
    r"|(?P<glued>[CF])(?![\w’'-])"
)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[ -]$", re.IGNORECASE)
_UNIT_NAMES = (
    ("kilomet", "km"), ("km", "km"), ("millimet", "mm"), ("mm", "mm"), ("centimet", "cm"),
    ("cm", "cm"), ("mile", "mile"), ("kilo", "kg"), ("kg", "kg"), ("tonne", "t"), ("ton", "t"),
    ("hectare", "ha"), ("ha", "ha"), ("lit", "l"), ("barrel", "barrel"),
    ("magnitude", "magnitude"), ("met", "m"), ("m", "m"),
)  # fmt: skip
_DIMENSION_OF_UNIT = {
    "kg": "weight", "t": "weight", "ha": "area", "l": "volume", "barrel": "volume",
    "magnitude": "magnitude",
}  # fmt: skip
_CURRENCY_BEFORE = re.compile(r"(?:US\$|\$|USD ?|IQD ?|EUR ?|€|£|GBP ?)$")
_CURRENCY_AFTER = re.compile(
    r"\s(?:US\s|Iraqi\s|American\s)?(dollars|USD|dinars|IQD|euros)\b", re.IGNORECASE
)
_CURRENCIES = {
    "$": "USD", "us$": "USD", "dollars": "USD", "usd": "USD", "dinars": "IQD", "iqd": "IQD",
    "euros": "EUR", "eur": "EUR", "€": "EUR", "£": "GBP", "gbp": "GBP",
}  # fmt: skip
"""A currency's sign, code or name (lower case) → its code."""
_DIMENSION_OF = {"wide": "width", "deep": "depth", "high": "height", "tall": "height"}
_DIMENSION_OF |= {"thick": "thickness", "long": "length"}
_WORD = re.compile(r"\s*-?((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z’'-]*)")
_OF = re.compile(r"\s+(?:of\s+)?(?:the\s+|their\s+|its\s+|these\s+|those\s+)?")
_VERBISH = re.compile(r"(?:ed|ing)$")
_WHOLE = re.compile(
    rf"(?:[\w-]+[’']s\s+)?(?:\d[\d,.]*(?:\s+(?:{'|'.join(SCALE_WORDS)})\b)?|{WORD_RUN})"
    r"\s+(?=[^\W\d_])"
)
"""The count of the whole a part is taken of ("of the committee's 21 members"), which the
part's noun follows."""


@dataclass(frozen=True)
class Unit:
    """A unit of measurement at `[start, end)` and the dimension it measures."""

    name: str
    start: int
    end: int
    dimension: str


@dataclass(frozen=True)
class Noun:
    """The head noun a number counts or measures, with the words before it."""

    word: str
    start: int
    end: int
    modifiers: tuple[str, ...] = ()
    compound: bool = False


def normal_unit(surface: str) -> str:
    """The normal name of a unit surface ("kilometres" → "km", "per cent" → "%")."""
    lower = surface.lower()
    return next((name for prefix, name in _UNIT_NAMES if lower.startswith(prefix)), "%")


def unit_after(text: str, quantity: Quantity) -> Unit | None:
    """The unit of measurement right after (or the currency right before) `quantity`."""
    match = _MEASURE_UNIT.match(text, quantity.end)
    if match is not None:
        return _measure_unit(match)
    heat = _TEMPERATURE.match(text, quantity.end)
    if heat is not None and (heat.group("scale") or heat.group("glued") or "deg" in heat.group()):
        scale = (heat.group("scale") or heat.group("glued") or "C")[0].upper()
        return Unit("°F" if scale == "F" else "°C", heat.start(), heat.end(), "temperature")
    if _MAGNITUDE_BEFORE.search(text, max(0, quantity.start - 12), quantity.start):
        return Unit("magnitude", quantity.start, quantity.end, "magnitude")
    before = _CURRENCY_BEFORE.search(text, max(0, quantity.start - 4), quantity.start)
    if before is not None:
        name = _CURRENCIES[before.group().strip().lower()]
        return Unit(name, before.start(), quantity.end, "cost")
    after = _CURRENCY_AFTER.match(text, quantity.end)
    if after is not None:
        return Unit(_CURRENCIES[after.group(1).lower()], quantity.end, after.end(), "cost")
    return None


def _measure_unit(match: re.Match[str]) -> Unit:
    name = normal_unit(match.group("unit"))
    dimension = _DIMENSION_OF.get((match.group("glued") or match.group("spaced") or "long").lower())
    if name == "%":
        return Unit(name, match.start(), match.end(), "share")
    if match.group("square"):
        return Unit(f"{name}²", match.start(), match.end(), "area")
    if match.group("cubic"):
        return Unit(f"{name}³", match.start(), match.end(), "volume")
    fixed = _DIMENSION_OF_UNIT.get(name)
    return Unit(name, match.start(), match.end(), fixed or dimension or "length")


_MORE = re.compile(r"\s+(?:more|fewer|extra)(?=\s+[a-z])")


def words_after(text: str, pos: int, limit: int = 6) -> list[tuple[str, int, int]]:
    """The words of `text` from `pos` up to a stop word or punctuation."""
    words: list[tuple[str, int, int]] = []
    more = _MORE.match(text, pos)  # "3,000 more troops": the troops
    pos = more.end() if more else pos
    while len(words) < limit:
        match = _WORD.match(text, pos)
        word = match.group(1) if match is not None else ""
        if match is None or (word.lower() in STOP and not (word.isupper() and len(word) > 1)):
            break  # (a stop word, but not an acronym that spells one: "10,000 IS detainees")
        if not words and match.group(1) in {"and", "or"}:
            break
        if match.group(1).lower() == "and" and any(is_plural(w) for w, _, _ in words):
            break
        words.append((match.group(1), match.start(1), match.end(1)))
        pos = match.end()
    return [w for w in words if w[0].lower() != "and"]


def noun_after(text: str, pos: int, counted: float = 2.0, through_of: bool = False) -> Noun | None:
    """The head noun of the phrase that starts at `pos` ("thermal cameras" → "cameras")."""
    of = _OF.match(text, pos) if through_of else None
    start = of.end() if of else pos
    if of is not None:  # "Eighteen of the committee's 21 members": the whole's noun
        whole = _WHOLE.match(text, start)
        start = whole.end() if whole else start
    words = words_after(text, start)
    if not words:
        return None
    compound = text[pos : pos + 1] == "-"
    if compound and words[0][0].lower() == "strong":
        return noun_after(text, words[0][2], counted)
    index = 0 if compound else _head_index(words, counted)
    word, begin, end = words[index]
    return Noun(word, begin, end, tuple(w for w, _, _ in words[:index]), compound)


def _head_index(words: list[tuple[str, int, int]], counted: float) -> int:
    if counted != 1:
        for i, (word, _, _) in enumerate(words):
            if is_plural(word):
                return i
    last = 0
    for i, (word, _, _) in enumerate(words):
        if i and _VERBISH.search(word.lower()) and word.lower() not in FOLD:
            break  # a verb ends the phrase; a noun in -ing ("fencing") heads it
        last = i
    return last
