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
from index.extract.figures.units import DIMENSIONS, Noun, Unit, noun_after
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
_RISES = re.compile(
    rf"\b(?:rise|rises|rising|rose|stand|stands|standing|stood|tower|towers|towering)\s+"
    rf"(?:(?:to|{alternation(APPROXIMATORS)})\s+)*$",
    re.IGNORECASE,
)
"""A verb of height before a length: "the wall rises 3.5 meters" is its height."""
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
    rf"\b([a-z]+),?\s+(?:worth|valued\s+at|costing|estimated\s+at"
    rf"|(?:(?:has|have|had|will|would)\s+)?costs?)\s+"
    rf"(?:(?:{alternation(APPROXIMATORS)})\s+)?$",
    re.IGNORECASE,
)
"""A value a noun is worth: "the project, worth $200 million", "the wall has cost $"."""
_HEAD_OF_BEFORE = re.compile(
    rf"([A-Za-z]+)\s+of\s+(?:(?:{alternation(APPROXIMATORS)})\s+)?$",
    re.IGNORECASE,
)


_CHANGED_BY = re.compile(
    r"\b(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?"
    r"(?:rose|risen|rises|rise|fell|fallen|falls|fall|dropped|drops|drop|declined|declines"
    r"|decline|decreased|decreases|increased|increases|grew|grown|grows|jumped|jumps"
    r"|surged|surges|climbed|climbs|plunged|plunges|plummeted|soared|soars|slumped|shrank"
    r"|shrunk|slid|tumbled|doubled|halved|(?<=\s)down"
    r"|(?<=\s)(?<!make )(?<!makes )(?<!made )(?<!making )up)\s+"
    rf"(?:by\s+)?(?:(?:{alternation(APPROXIMATORS)})\s+)?$",
    re.IGNORECASE,
)
"""A verb of change before a percentage ("trade had fallen by 40 percent"): the number
is how much its subject changed, not a share of anything named near it ("children make
up 60 percent" is a share)."""
_CHANGE_IN = re.compile(
    r"\s+(?:rise|increase|drop|decline|fall|jump|decrease|cut|reduction|surge|growth)"
    r"\s+in\s+(?:the\s+)?(?:number\s+of\s+)?"
)
"""A change named after a percentage ("a 40 percent drop in trade"), of what follows."""
_CLAUSE_WORDS = re.compile(r"[A-Za-z][\w’'-]*|[,;:(]")
_AMOUNT_OF = frozenset({"number", "amount", "volume", "level", "value", "total", "count"})
_BEFORE_SUBJECT = frozenset(
    "of in on at to from with by for through across along via into near over inside".split()
)


def _changed_head(text: str, quantity: Quantity, unit: Unit, sentence: tuple[int, int]) -> str:
    """What a percentage of change is of ("trade … had fallen by 40 percent": trade), or
    "" when the number is no change."""
    after = _CHANGE_IN.match(text, unit.end)
    if after is not None:
        return _attached_head(text, after.end()) or UNSPECIFIED
    verb = _CHANGED_BY.search(text, max(sentence[0], quantity.start - 60), quantity.start)
    if verb is None:
        return ""
    chunks: list[tuple[str, list[str]]] = [("", [])]  # (preposition before, plain words)
    for n, match in enumerate(_CLAUSE_WORDS.finditer(text, sentence[0], verb.start())):
        word = match.group()
        low = word.lower()
        if low in _BEFORE_SUBJECT:
            chunks.append((low, []))
        elif low in _DETERMINERS and not chunks[-1][1]:
            continue  # "through the …": still what the preposition places
        elif low in STOP or not word[0].isalpha() or word.endswith(("’s", "'s")):
            chunks.append(("", []))
        elif word.islower() or (n == 0 and word.istitle()):
            chunks[-1][1].append(low)
    # the subject: the last words not placed by a preposition ("trade through the al-Qaim
    # crossing"), read through an amount ("the number of attacks")
    plain = [n for n, (lead, words) in enumerate(chunks) if words and not lead]
    if not plain:
        return UNSPECIFIED
    at = plain[-1]
    head = chunks[at][1][-1]
    if head in _AMOUNT_OF and at + 1 < len(chunks) and chunks[at + 1][0] == "of":
        head = chunks[at + 1][1][-1] if chunks[at + 1][1] else head
    return fold(singular(head))


def unit_head(text: str, quantity: Quantity, unit: Unit, sentence: tuple[int, int]) -> str:
    if unit.name == "%":
        changed = _changed_head(text, quantity, unit, sentence)
        if changed:
            return f"{changed}:change"
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
    if unit.dimension == "length" and _RISES.search(text, sentence[0], quantity.start):
        return f"{_nearest_head(text, quantity, sentence) or UNSPECIFIED}:height"
    away = _AWAY.match(text, unit.end)
    if away is not None:
        return f"{_attached_head(text, away.end()) or UNSPECIFIED}:distance"
    compared = _AS_ADJECTIVE_AS.search(text, sentence[0], quantity.start)
    if compared is not None:  # "mountains as high as 4,000 meters": their height
        head = fold(singular(compared.group("noun").lower()))
        return f"{head}:{_DIMENSION_OF[compared.group('adjective').lower()]}"
    before = _head_before(text, quantity, sentence)
    dimension = before if before in _DIMENSION_NOUNS else unit.dimension
    if _postpositive(text, unit):  # "a trench 3 meters deep": the trench's depth
        found = _nearest_head(text, quantity, sentence, after=False) or _word_before(text, quantity)
        return f"{found or UNSPECIFIED}:{dimension}"
    head = _attached_head(text, unit.end) or (before not in _DIMENSION_NOUNS and before)
    if head in _WHOLES and (_PART_OF.match(text, unit.end) or _partitive_after(text, unit.end)):
        # "300 km of the border", "a 620-kilometre stretch of the border"
        other = _nearest_head(text, quantity, sentence, besides=head)
        return f"{other}:{dimension}" if other else f"{head}:{dimension}:{PART}"
    head = head or _nearest_head(text, quantity, sentence) or UNSPECIFIED
    return f"{head}:{dimension}"


def _partitive_after(text: str, pos: int) -> bool:
    """Whether the noun right after `pos` stands for a part of what follows it ("a
    620-kilometre stretch of the border")."""
    noun = noun_after(text, pos, through_of=True)
    return noun is not None and fold(singular(noun.word.lower())) in PARTITIVES


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
    if head in PARTITIVES or head == "worth":  # "$40 million worth of support": support
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


_AFTER_UNIT = re.compile(rf"([A-Za-z]+)\s(?:{DIMENSIONS})$", re.IGNORECASE)
_ABBREVIATED = frozenset({"m", "km", "cm", "mm", "mi", "ft"})


def _postpositive(text: str, unit: Unit) -> bool:
    """Whether a dimension written after its unit follows what it measures ("a trench 3
    meters deep"), rather than standing before it ("a four-meter high fence"): a unit in
    the plural says so; an abbreviated one, unless a physical thing follows."""
    found = _AFTER_UNIT.search(text, unit.start, unit.end)
    if found is None:
        return False
    word = found.group(1).lower()
    if word in _ABBREVIATED:
        return _attached_head(text, unit.end) not in PHYSICAL_HEADS
    return word.endswith("s") and word != "s"


_LOCATIVE = frozenset(
    "along alongside on across at near beside inside within over through beyond".split()
)
"""Prepositions that place a thing ("the wall along the border"): their object is where
the thing stands, not the thing measured."""
_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "a"})


def _word_before(text: str, quantity: Quantity) -> str:
    """The plain noun right before a number ("a moat 4 m wide"), or ""."""
    words = _WORDS.findall(text, max(0, quantity.start - 40), quantity.start)
    if not words or not words[-1].islower() or words[-1].lower() in STOP:
        return ""
    word = words[-1]
    return "" if word.endswith(("ed", "ing", "s")) else fold(singular(word))


def _nearest_head(
    text: str,
    quantity: Quantity,
    sentence: tuple[int, int],
    besides: str = "",
    after: bool = True,
) -> str:
    """The physical head nearest the number in its sentence, before it first (a head
    placed by a preposition, "the wall along the border", gives way to the one it
    places), then after it (unless not `after`); "" when none is named."""
    written = _WORDS.findall(text, sentence[0], quantity.start)
    before = [fold(singular(w)) for w in written]
    placed = ""
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if word not in PHYSICAL_HEADS or word == besides:
            continue
        lead = [w.lower() for w in written[max(0, i - 2) : i]]
        if lead and (lead[-1] in _LOCATIVE or (lead[-1] in _DETERMINERS and lead[0] in _LOCATIVE)):
            placed = placed or word  # a place; the thing placed may come before it
            continue
        return word
    if placed or not after:
        return placed
    after_words = [fold(singular(w)) for w in _WORDS.findall(text, quantity.end, sentence[1])]
    for i, word in enumerate(after_words):
        if word in PHYSICAL_HEADS and word != besides:
            while i + 1 < len(after_words) and after_words[i + 1] in PHYSICAL_HEADS:
                i += 1  # "the border fence": the fence, the compound's last noun
            return after_words[i]
    return ""
