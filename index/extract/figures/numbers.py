"""Number expressions in running text: digits, words, fractions, vague amounts and ranges.

`quantities(text)` yields every number expression of `text` with its value (and upper
bound for a range or a vague amount such as "tens of thousands"). Dates, times, years,
ordinals, list markers and article numbering are left out here or flagged for the caller
(`looks_like_year`), which knows whether a unit follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from index.extract.figures.number_words import (
    FRACTION,
    VAGUE,
    WORD_RUN,
    fraction_value,
    vague_range,
    words_value,
)
from index.text.wordlists import APPROXIMATORS, SCALE_WORDS, alternation

_SCALE_AFTER_DIGITS = rf"(?:\s+(?:{alternation(list(SCALE_WORDS))})\b|\s?(?-i:bn|mn|tn|trn)\b)?"
_SHORT_SCALE = re.compile(r"(?-i:m|k)\b")
_CURRENCY_SIGN = re.compile(r"[$€£]$")
_CURRENCY_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+|U\.?S\.?\s+)?(?:dinars?|dollars?|pounds?|euros?|liras?|riyals?)\b"
)
"""A currency's name after a short scale ("4m Iraqi dinars"): "m" is a million, no metre."""
_ABBREVIATED_SCALES = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12, "m": 1e6, "k": 1e3}
"""Scales written short after digits ("$1.5bn", "IQD 50bn"; "m" and "k" only after a
currency sign, "$2.3m": after plain digits they are metres and thousands of nothing)."""
# Lower-case letters may precede digits ("alongside11,000"); capitals mark codes ("F-16").
_DIGITS = (
    r"(?-i:(?<![\d.,/A-Z]))(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\.\d)"
    + _SCALE_AFTER_DIGITS
)
_SIGN_BEFORE = re.compile(r"(?:^|[\s(])[-−]$")
"""A minus sign standing before a number (not a hyphen joining words): "(-48,000)"."""
_SKIP = r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?|\d+(?:/\d+)+"
_HOUR = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
_CLOCK_BEFORE = re.compile(r"\b(?:half|quarter)\s+(?:past|to)\s+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(rf"^\s+(?:past|to)\s+{_HOUR}", re.IGNORECASE)
_O_CLOCK = re.compile(r"^\s+o['’]clock", re.IGNORECASE)
"""A time in words ("half past five", "six o'clock"): no figure."""
_ATOM = re.compile(
    rf"(?P<skip>{_SKIP})|(?P<vague>{VAGUE})|(?P<fraction>{FRACTION})"
    rf"|(?P<digits>{_DIGITS})|(?P<words>{WORD_RUN})",
    re.IGNORECASE,
)
_RANGE_SEP = re.compile(r"\s*[-–—]\s*|\s+(?:to|or)\s+|\s+and\s+")
_MODIFIER = re.compile(
    rf"\b({alternation([*APPROXIMATORS, 'between', 'from'])})\s+$", re.IGNORECASE
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_HIJRI_MONTH = (
    r"(?:Muharram|Safar|Rabi[\w’' -]*?(?:Awwal|Thani|Akhir)|Jumad[\w’' -]*?(?:Ula|Awwal|Thani"
    r"|Akhira?)|Rajab|Sha[’']?ban|Ramadh?an|Shawwal|Dhu[ -]al[ -](?:Qa|Qi|Hi)[’'\w]+)"
)
"""A month of the Hijri calendar, after a day's number ("15 Shawwal 1446 AH"); before a
number it is a time, not a date ("During Ramadan 40 people were killed")."""
_MONTH_BEFORE = re.compile(
    rf"\b{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?"
    r"(?:,?\s+(?:(?:and|or|to|through)\s+)?|\s*[-–]\s*))?$"
)
_MONTH_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    rf"(?:{_MONTH}|{_HIJRI_MONTH})(?![a-z])"
)  # ("3–9 November": the first day of a range of days too)
_ORDINAL_AFTER = re.compile(
    r"^(?:st|nd|rd|th|'?s)\b"
    r"|^\s*(?:[ap]\.?m\b\.?|o'clock|GMT|UTC|local time|(?-i:AH)\b(?!-)|A\.H\.)",
    re.IGNORECASE,
)
_NUMBERING_BEFORE = re.compile(
    r"(?:\b(?:Article|Section|Resolution|Chapter|Paragraph|Clause|No\.|Number|Page|Item|Law"
    r"|Decree|Phase|Route|Highway|Part|Annex|Division|Brigade|Battalion|Regiment|Level"
    r"|Stage|Volume|Vol\.|Issue|Act|Order|Camp|Gate|Sector|Zone|Checkpoint|Base|hotline"
    r"|(?i:page|note|footnote)|pp?\.)|#)[\s(]*$"
)
_STEP_BEFORE = re.compile(r"\b(?:phase|stage|round|step|tier|wave)\s+$", re.IGNORECASE)
"""A step numbered in words ("phase one", "Stage Two"): no count."""
_NAME_BEFORE = re.compile(r"(?<![.!?:;“\"])(?<![.!?:;“\"] )\b[A-Z][a-z]+(?:-[A-Z][a-z]+)*[ ]$")
"""A capitalised word, no sentence's first, right before a number."""
_GLUED_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]+$")
"""A capitalised word the digits are written against: a name with a number."""
_LABEL_AFTER = re.compile(
    r"^\s+(?!(?:people|men|women|children|police|personnel|staff|civilians|more|million"
    r"|billion|thousand|hundred|percent|per)\b)[a-z]+(?<!s)\b(?!\s+of\b)"
)
"""After a name's number, a singular noun of the phrase it names ("Jeddah 1 rehabilitation
center"), which a count never has before it."""
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_PHRASE_ENDS = re.compile(r"^(?:\s*[,;:)]|\s+(?:and|or|which|where|who)\b|\.(?:\s|$))")
"""Right after a number, the end of its phrase: a number that counts nothing."""
_CODE_BEFORE = re.compile(r"(?<![\w$])(?!USD|IQD|EUR|GBP)[A-Z]{2,5}[\s-]?$")
"""A code of capitals before a number makes a designation ("DDG 96", "LHD 4"), no figure."""
_LIST_MARKER_AFTER = re.compile(r"^[.)](?:\s|$)")
_GROUPS = re.compile(r"(?<![\w,.])\+?\d+(?:[ -]\d+){2,}(?!\w|[,.]\d)")
"""Digits in three groups or more, apart ("0770 555 0198"): a telephone number (the
thousands of an amount are set apart by commas here)."""
_AGE_BEFORE = re.compile(r"\b(?:aged|turns?|turned|turning)\s+$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_ONE_NOT_COUNT = re.compile(r"^\s+(?:of|another|by|or|and|more|day|time|way|hand|side|thing)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|no|any|every|each|which)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number expression at `[start, end)` of a text: its value, upper bound and kind."""

    start: int
    end: int
    value: float
    value_max: float | None
    kind: str
    modifier: str = ""


def digits_value(surface: str) -> float:
    """The value of digits with thousands commas and an optional scale word or
    abbreviation ("4.1 million", "1.5bn")."""
    found = _NUMBER_AND_SCALE.fullmatch(surface.replace(",", ""))
    if found is None:
        return float(surface.replace(",", ""))
    number, scale = found.groups()
    return round(float(number) * _scale(scale or ""), 6)  # 4.1 million is 4100000


_NUMBER_AND_SCALE = re.compile(r"([\d.]+)\s*([A-Za-z]*)")


def _scale(word: str) -> float:
    return float(SCALE_WORDS.get(word.lower(), _ABBREVIATED_SCALES.get(word, 1)))


def _atom(match: re.Match[str]) -> Quantity | None:
    kind = match.lastgroup or ""
    surface = match.group()
    if kind == "digits":
        value = digits_value(" ".join(surface.split()))
        start, end = match.start(), match.end()
        short = _SHORT_SCALE.match(match.string, end)
        if short and (
            _CURRENCY_SIGN.search(match.string, max(0, start - 1), start)
            or _CURRENCY_AFTER.match(match.string, short.end())
        ):  # "$2.3m", "4m Iraqi dinars"
            end, value = short.end(), value * _ABBREVIATED_SCALES[short.group()]
        if _SIGN_BEFORE.search(match.string, max(0, start - 2), start):
            start, value = start - 1, -value
        return Quantity(start, end, value, None, kind)
    if kind == "words":
        return Quantity(match.start(), match.end(), words_value(surface), None, kind)
    if kind == "fraction":
        return Quantity(match.start(), match.end(), fraction_value(surface), None, kind)
    if kind == "vague":
        low, high = vague_range(surface)
        return Quantity(match.start(), match.end(), low, high, kind)
    return None


def atoms(text: str) -> Iterator[Quantity]:
    """Every single number expression of `text`, in order, dates and times skipped."""
    for match in _ATOM.finditer(text):
        atom = _atom(match)
        if atom is not None and not _excluded(text, atom):
            yield atom


_NAMED_BEFORE = re.compile(r"[A-Z][\w’'-]+,\s$")
_AGE_ALONE = re.compile(r"^,\s")
"""A number set between commas after a name ("Umm Saad, 58, who …"): the person's age."""
_AGE_AFTER = re.compile(r"^(?:-years?-old\b|\s+years?\s+old\b|-year-olds?\b)")
"""An age ("the 45-year-old", "45 years old"): a person's, no figure of the story."""


def _excluded(text: str, atom: Quantity) -> bool:
    before, after = text[max(0, atom.start - 40) : atom.start], text[atom.end : atom.end + 30]
    if _AGE_AFTER.match(after) or (_NAMED_BEFORE.search(before) and _AGE_ALONE.match(after)):
        return True  # "the 45-year-old"; "Ahmed al-Jubouri, 64, whose …"
    if _AGE_BEFORE.search(before) and not _SHARE_AFTER.match(after):
        return True  # "boys who turn 12", "children aged 12 to 17"
    if _CLOCK_BEFORE.search(before) or _O_CLOCK.match(after):
        return True  # "half past five", "six o'clock"
    if atom.kind == "fraction" and _CLOCK_AFTER.match(after):
        return True
    if atom.kind == "words" and atom.value == 0 and after.startswith("-"):
        return True  # "zero-point", "zero-sum": no count
    if atom.kind == "digits":
        return _is_date_part(before, after) or _is_label(text, atom, before, after)
    if atom.kind == "words" and _STEP_BEFORE.search(before):
        return True  # "phase one of the drawdown" numbers a step
    if atom.kind == "words" and atom.value == 1:
        return bool(_ONE_NOT_COUNT.match(after) or _DETERMINER_BEFORE.search(before))
    return False


def _is_date_part(before: str, after: str) -> bool:
    return bool(
        _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after) or _ORDINAL_AFTER.match(after)
    )


def _is_label(text: str, atom: Quantity, before: str, after: str) -> bool:
    if _NUMBERING_BEFORE.search(before) or _CODE_BEFORE.search(before):
        return True
    if before.endswith("[") and after.startswith("]"):
        return True  # "[31]": a reference to a note
    if text[atom.start] == "0" and text[atom.start + 1 : atom.start + 2].isdigit():
        return True  # "0770": a code's digits, no amount starts with a zero
    if _telephone(text, atom):
        return True
    name = _NAME_BEFORE.search(before)
    if name and _PHRASE_ENDS.match(after):
        return True  # "handed over Al-Jazeera 1, a training camp": a place's number
    if _GLUED_NAME.search(before):
        return True  # "Kurdistan24", "France24": a name's digits
    if name and _LABEL_AFTER.match(after) and atom.value < 100:
        return name.group().strip() not in _WEEKDAYS  # "the Jeddah 1 rehabilitation center"
    at_line_start = not text[: atom.start].strip() or before.endswith("\n")
    if at_line_start and _LIST_MARKER_AFTER.match(after):
        return True
    return before.endswith("(") and after.startswith(")") and 0 <= atom.value < 30


def _telephone(text: str, atom: Quantity) -> bool:
    """Whether the digits at `atom` are a group of a telephone number (`_GROUPS`)."""
    low = max(0, atom.start - 20)
    for match in _GROUPS.finditer(text, low, atom.end + 20):
        if match.start() <= atom.start < match.end():
            return True
    return False


def looks_like_year(text: str, quantity: Quantity) -> bool:
    """True for a bare four-digit number between 1800 and 2100 (the caller checks units):
    a history's years too ("the 1893 Durand Line", "the 1916 Sykes-Picot agreement"); a
    count that large is written with a comma ("1,893 people")."""
    surface = text[quantity.start : quantity.end]
    return surface.isdigit() and len(surface) == 4 and 1800 <= quantity.value <= 2100


def _joinable(text: str, left: Quantity, right: Quantity) -> bool:
    families = {"digits": "digits", "words": "words", "vague": "words"}
    if families.get(left.kind) != families.get(right.kind) or left.value >= right.value:
        return False
    separator = _RANGE_SEP.fullmatch(text, left.end, right.start)
    if separator is None:
        return False
    return "and" not in separator.group() or text[: left.start].rstrip().lower().endswith("between")


def _merge(text: str, found: list[Quantity]) -> Iterator[Quantity]:
    i = 0
    while i < len(found):
        current = found[i]
        total = _sum(text, current, found[i + 1]) if i + 1 < len(found) else None
        if total is not None:  # "4 billion and 500 million dinars"
            current = total
            i += 1
        elif i + 1 < len(found) and _joinable(text, current, found[i + 1]):
            upper = found[i + 1]
            current = replace(current, end=upper.end, value_max=upper.value_max or upper.value)
            i += 1
        yield current
        i += 1


_SCALE_END = re.compile(rf"\b({alternation(list(SCALE_WORDS))})$", re.IGNORECASE)
"""A scale word that ends a number ("4 billion"), the part an amount in two parts adds to."""


def _sum(text: str, first: Quantity, second: Quantity) -> Quantity | None:
    """One amount written in two parts joined by "and", the second below the first's
    scale ("4 billion and 500 million": 4.5 billion; "7 million and 200 thousand")."""
    if text[first.end : second.start].strip() != "and" or first.value_max or second.value_max:
        return None
    if text[max(0, first.start - 2) : first.start].strip() == ",":
        return None  # "3 million, 2 million and 500 thousand … respectively": a list
    scale = _SCALE_END.search(text, first.start, first.end)
    if scale is None or not 0 < second.value < SCALE_WORDS[scale.group(1).lower()]:
        return None
    if not _SCALE_END.search(text, second.start, second.end):
        return None  # "2 million and 300 displaced": two counts
    return replace(first, end=second.end, value=first.value + second.value)


def quantities(text: str) -> Iterator[Quantity]:
    """Every number expression of `text`, ranges joined, with the modifier before it."""
    for quantity in _merge(text, list(atoms(text))):
        modifier = _MODIFIER.search(text, max(0, quantity.start - 25), quantity.start)
        yield replace(quantity, modifier=modifier.group(1).lower()) if modifier else quantity
