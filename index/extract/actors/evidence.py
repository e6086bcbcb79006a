"""What the words around a name say about it: a role, speech, a place, an acronym.

Every function reads the text just before or just after a name span; none knows any
particular article.
"""

from __future__ import annotations

import re

from index.extract.names.keys import strip_particle
from index.extract.names.wordlists import (
    OUTLET_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
)
from index.text.wordlists import SPEECH_VERBS, alternation

_WINDOW = 160
_SPEECH = alternation(SPEECH_VERBS)
_APPOSITION = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+)?([^,.;:“”\"()]{3,140}?)(?=\s*[,.;:“\"(]|\s+who\b|$)"
)
_SPEAKS_AFTER = re.compile(
    rf"^(?:,[^,.“”\"]{{3,140}},)?\s+(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+)*(?:{_SPEECH})\b"
)
_SAID = alternation([v for v in SPEECH_VERBS if v[:3] != "tol"])
_SPEAKS_BEFORE = re.compile(rf"\b(?:{_SAID})\s+$")
_PLACE_AFTER = re.compile(r"^\s+(?:{})\b".format("|".join(PLACE_NOUNS)))
_PLACE_BEFORE = re.compile(
    r"\b(?:{})\s+(?:the\s+)?$".format("|".join(PLACE_PREPOSITIONS)), re.IGNORECASE
)
_OUTLET_AFTER = re.compile(r"^\s+(?:{})\b".format("|".join(OUTLET_NOUNS)))
_ACRONYM_AFTER = re.compile(r"^[”\"’]?\s*\(\s*((?:[A-Z]\.?){2,6})s?\s*\)")
_ACTING = re.compile(
    r"^(?:\s+(?:\w+ly|not|also|now|today|currently|still|never|already|itself))*\s+"
    r"(?:is|are|was|were|has|have|had|will|would|must|can|could|may|might|should|does|did"
    r"|[a-z]{3,}(?<!ss)s|[a-z]{3,}ed)\b"
)
_NOT_ACTING_BEFORE = re.compile(
    r"\b(?:of|and|or|with|by|than|as|on|for|against|upon|about|north|south|east|west"
    r"|(?:north|south)?-?(?:east|west)?(?:ern)|northern|southern|eastern|western)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_AGENT = re.compile(
    r"\b(?:[a-z]{2,}(?:ed|en|wn)|led|held|run|made|sent|built|paid|hit|fought)\s+by\s+$"
)
_VERBAL = re.compile(r"^\w+(?:ing|ed)\b")
_INITIAL_SKIP = frozenset({"of", "for", "the", "and", "in", "on", "to", "al", "el"})
_ROLE_STOP = frozenset({"the", "a", "an", "his", "her", "its", "their", "by", "with", "to"})


def apposition_role(text: str, end: int) -> str:
    """The role an apposition gives right after a name: ", a member of the ... Committee"."""
    match = _APPOSITION.match(text[end : end + _WINDOW])
    if not match or not has_role_noun(match.group(1)) or _VERBAL.match(match.group(1)):
        return ""
    return match.group(1).strip()


def has_role_noun(phrase: str) -> bool:
    """Whether a phrase holds a noun that names a person's role."""
    return any(w.lower().strip("’'") in ROLE_NOUNS for w in phrase.split()[:6])


def role_before(text: str, start: int) -> str:
    """A role written just before a name: "the political analyst", "Security expert"."""
    before = text[max(0, start - _WINDOW) : start]
    words = before[before.rfind("\n") + 1 :].split()
    if not words or words[-1].lower() not in ROLE_NOUNS:
        return ""
    kept = [words.pop()]
    while words and len(kept) < 6 and _role_word(words[-1], kept[0]):
        kept.insert(0, words.pop())
    return " ".join(kept)


def _role_word(word: str, following: str) -> bool:
    if word.lower() in _ROLE_STOP or not word.replace("-", "").isalpha():
        return False
    return word != "of" or following[:1].isupper()


def speaks(text: str, start: int, end: int) -> bool:
    """Whether the name is the subject ("X said") or object ("said X") of a speech verb."""
    after = _SPEAKS_AFTER.match(text[end : end + _WINDOW])
    return bool(after or _SPEAKS_BEFORE.search(text[max(0, start - 30) : start]))


def is_place(text: str, start: int, end: int) -> bool:
    """Whether the name stands as a location: "in al-Qaim", "al-Anbar province"."""
    before = text[max(0, start - 30) : start]
    return bool(_PLACE_AFTER.match(text[end : end + 30]) or _PLACE_BEFORE.search(before))


def is_outlet(text: str, end: int) -> bool:
    """Whether a lowercase media noun follows: "the Aljeebal news outlet"."""
    return bool(_OUTLET_AFTER.match(text[end : end + 30]))


def acts(text: str, start: int, end: int) -> bool:
    """Whether a country name is the subject of a verb, or a passive's agent ("backed by
    Iran"), rather than a location."""
    before = text[max(0, start - 30) : start]
    if _PASSIVE_AGENT.search(before):
        return True
    if _PLACE_BEFORE.search(before) or _NOT_ACTING_BEFORE.search(before):
        return False
    return bool(_ACTING.match(text[end : end + 60]))


def defined_acronym(text: str, end: int, name: str) -> str:
    """The acronym a name defines in brackets after it, when its initials agree."""
    match = _ACRONYM_AFTER.match(text[end : end + 20])
    if not match:
        return ""
    acronym = match.group(1).replace(".", "")
    return acronym if initials_match(name, acronym) else ""


def initials_match(name: str, acronym: str) -> bool:
    """Whether `acronym` spells the initials of `name`'s significant words."""
    words = [strip_particle(w) for w in re.split(r"[\s-]+", name)]
    initials = "".join(w[0] for w in words if w and w.lower() not in _INITIAL_SKIP)
    full = "".join(w[0] for w in words if w)
    return acronym.upper() in {initials.upper(), full.upper()}
