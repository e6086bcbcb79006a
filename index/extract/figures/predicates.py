"""What happens to what a number counts: the predicate that makes it a different measure.

"400 people were killed", "killing 400 people" and "400 dead" measure deaths; "58 people
missing", "113 people rescued" and "350,000 people in need" measure other things, though
they all count people. The predicate is read from the sentence: a verb governing the
counted phrase ("killed 13 pirates", "shed 398,000 jobs"), a participle or state after it
("13 pirates were captured", "two pirates in custody"), a participle before the noun ("5,000
displaced people"), or the amount noun a bare number belongs to ("the death toll rose to
654", "the unemployment rate stayed at 9.1%").
"""

from __future__ import annotations

import re

from index.text.wordlists import APPROXIMATORS, alternation

_CLASSES = {
    "death": "kill killed killing kills die died dies dying dead slain perish perished",
    "injury": "injure injured injuring injures wound wounded wounding hurt",
    "missing": "missing unaccounted",
    "displacement": "displace displaced displacing fled flee fleeing evacuate evacuated "
    "evacuating homeless uprooted",
    "rescue": "rescue rescued rescuing saved",
    "capture": "capture captured capturing arrest arrested arresting detain detained "
    "detaining apprehended",
    "custody": "custody jailed imprisoned",
    "release": "free freed freeing release released releasing liberated",
    "return": "return returned returning repatriate repatriated repatriating",
    "deportation": "deport deported deporting expelled",
    "damage": "damage damaged damaging",
    "burial": "bury buried burying interred",
    "destruction": "destroy destroyed destroying collapsed razed flattened",
    "affected": "affect affected affecting",
    "involvement": "involved",
    "loss": "lose lost losing shed shedding cut cutting",
    "gain": "add added adding create created creating gain gained gaining",
    "support": "support supported supporting supports sustain sustained sustaining",
    "infection": "infect infected infecting",
    "withdrawal": "withdraw withdraws withdrew withdrawn withdrawing withdrawal drawdown pullout",
}
PREDICATES = {word: name for name, words in _CLASSES.items() for word in words.split()}
"""A verb form or state word → the measure it makes of what is counted."""

EVENTS = frozenset({"death", "injury"})
"""Predicates that name the measure themselves ("death:count:civilian")."""

_AUX = (
    r"(?:had|have|has|were|was|are|is|been|being|be|reportedly|also|already|all|still|now"
    r"|ultimately|officially|confirmed|believed|feared|reported|thought|said|estimated|known"
    r"|left|found|later|in|as|to)"
)
_AFTER = re.compile(
    r"\s+(?:(?:in|at|from|on|aboard)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"(?:,[^,.;]{1,40},)?\s+)?(?:(?:who|that|which)\s+)?"
    rf"(?P<aux>(?:{_AUX}\s+){{0,4}})(?P<word>[a-z]+)\b"
)
_BEFORE = re.compile(
    rf"\b(?P<word>[a-z]+)\s+(?:(?:{alternation(APPROXIMATORS)}|all|the|another|some|an"
    rf"|additional|up\s+to)\s+)*$",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"\b(?:(?P<modifier>[a-z]+)[\s-]+)?(?P<noun>toll|rate|number|total|tally|count|level|share"
    r"|proportion|percentage|population)\b[^.;:]{0,120}?$",
    re.IGNORECASE,
)
_TO_LEAVE = re.compile(
    r"\s+(?:(?:are|were|is|was|will|would|have|had)\s+)?(?:(?:expected|due|set|scheduled"
    r"|planned|going|about)\s+)?(?:to\s+)?(?:be\s+)?(?:withdraw|withdrawn|leave|pull\s+out)\b"
)
"""After what is counted, a verb by which it leaves ("3,000 more troops are expected to
withdraw"): said of the counted themselves, unlike a verb they do to others ("agreements
expected to support jobs")."""
_BY = re.compile(r"\s+by\b")
"""A participle with its agent after a noun describes it ("brigades supported by ...")."""
_CUSTODY = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:in|into|under)\s+(?:[\w.]+\s+){0,2}?custody\b", re.IGNORECASE
)
_OWNER = re.compile(
    rf"\b(?:the|their|its)\s+(?P<noun>[a-z]+)\s+of\s+(?:(?:{alternation(APPROXIMATORS)}"
    rf"|all|the|another|some)\s+)*$"
)
_NOT_OWNERS = frozenset(
    """number total toll rate share percentage proportion majority most rest remainder
    stretch section part portion length segment strip area group list count tally figure
    level lives one some all each any none release""".split()
)
_NOT_MODIFIERS = frozenset(
    "the a an its their this that of final overall new total official confirmed".split()
)


def predicate_after(text: str, end: int) -> str:
    """The predicate written right after a counted phrase ending at `end`, or ""."""
    if _CUSTODY.match(text, end):
        return "custody"
    if _TO_LEAVE.match(text, end):
        return "withdrawal"
    match = _AFTER.match(text, end)
    found = PREDICATES.get(match.group("word"), "") if match else ""
    if found and found not in EVENTS and not match.group("aux") and _BY.match(text, match.end()):
        return ""
    return found


def belongs_to(text: str, start: int, floor: int) -> str:
    """The noun a counted phrase belongs to: "the remains of two pirates" → "remains"."""
    match = _OWNER.search(text, max(floor, start - 40), start)
    if match is None or match.group("noun").lower() in _NOT_OWNERS:
        return ""
    return match.group("noun").lower()


def predicate_before(text: str, start: int, floor: int) -> str:
    """The predicate of a verb that governs the number starting at `start`, or ""."""
    match = _BEFORE.search(text, max(floor, start - 50), start)
    return PREDICATES.get(match.group("word").lower(), "") if match else ""


def predicate_of(modifiers: tuple[str, ...]) -> str:
    """The predicate of a participle before the counted noun ("displaced people")."""
    found = (PREDICATES.get(w.lower(), "") for w in reversed(modifiers))
    return next((p for p in found if p), "")


def amount_head(text: str, start: int, floor: int) -> str:
    """The amount a bare number is the value of ("the death toll has risen to 654" →
    "death", "the unemployment rate at 9.1" → "unemployment-rate"), or ""."""
    match = _AMOUNT.search(text, max(floor, start - 160), start)
    if match is None:
        return ""
    noun = match.group("noun").lower()
    modifier = (match.group("modifier") or "").lower()
    modifier = "" if modifier in _NOT_MODIFIERS else modifier
    if noun == "toll":
        return PREDICATES.get(modifier, "death") if modifier != "death" else "death"
    return f"{modifier}-{noun}" if modifier else noun
