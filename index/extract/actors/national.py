"""National institutions named by a nationality and an institution noun.

"the Israeli army", "Iraqi security forces", "the U.S. administration", "Syria's
government": a country demonym (or a country's possessive) before the head noun of a
state institution makes an organisation, named canonically "Israeli army". Generic plural
groups ("Iraqi officials", "Iraqi forces", "Iranian-backed militias") are not institutions.
Heads that are often adjectives ("military", "police", "intelligence") count only when no
lowercase noun follows them ("an Iraqi military officer" names no institution).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from index.text.wordlists import SPEECH_VERBS

DEMONYM_OF = {
    "Iraq": "Iraqi",
    "Syria": "Syrian",
    "Iran": "Iranian",
    "Israel": "Israeli",
    "Turkey": "Turkish",
    "Jordan": "Jordanian",
    "Lebanon": "Lebanese",
    "Egypt": "Egyptian",
    "Russia": "Russian",
    "China": "Chinese",
    "France": "French",
    "Germany": "German",
    "Britain": "British",
    "Kuwait": "Kuwaiti",
    "Qatar": "Qatari",
    "Yemen": "Yemeni",
    "Libya": "Libyan",
    "Afghanistan": "Afghan",
    "Pakistan": "Pakistani",
    "India": "Indian",
    "Ukraine": "Ukrainian",
    "Tunisia": "Tunisian",
    "Algeria": "Algerian",
    "Morocco": "Moroccan",
    "Sudan": "Sudanese",
    "Bahrain": "Bahraini",
    "Oman": "Omani",
    "America": "US",
    "US": "US",
    "U.S.": "US",
    "UK": "British",
    "U.K.": "British",
    "Azerbaijan": "Azerbaijani",
    "Armenia": "Armenian",
}
"""A country's demonym, as its institutions are named canonically ("US military")."""

_SAME_DEMONYM = {
    "American": "US",
    "U.S.": "US",
    "U.K.": "British",
    "UK": "British",
    "Saudi": "Saudi",
    "Emirati": "Emirati",
    "Kurdish": "Kurdish",
    "Palestinian": "Palestinian",
}
NATIONAL_DEMONYMS = {**{d: d for d in DEMONYM_OF.values()}, **_SAME_DEMONYM}
"""Each nationality adjective with the demonym its institutions are named by."""

NOUN_HEADS = (
    "army",
    "government",
    "administration",
    "regime",
    "parliament",
    "cabinet",
    "presidency",
    "judiciary",
    "embassy",
    "navy",
    "air force",
    "security forces",
    "armed forces",
    "security services",
    "intelligence services",
    "foreign ministry",
    "defense ministry",
    "defence ministry",
    "interior ministry",
    "coast guard",
    "border guards",
)
"""Institution nouns that name the institution even before another noun ("army forces")."""

ADJECTIVE_HEADS = ("military", "police", "intelligence")
"""Institution nouns that are often adjectives: "Iraqi military officer"."""

_SYNONYMS = {"regime": "government"}
_NOT_NOUNS = frozenset(
    """and or but of in on at to for from with by as than that which who whose while
    has have had is are was were will would may might can could must should shall does
    did do not also""".split()
) | frozenset(SPEECH_VERBS)
_DEMONYM = "|".join(re.escape(d) for d in sorted(NATIONAL_DEMONYMS, key=len, reverse=True))
_COUNTRY = "|".join(re.escape(c) for c in sorted(DEMONYM_OF, key=len, reverse=True))
_HEADS = sorted((*NOUN_HEADS, *ADJECTIVE_HEADS), key=len, reverse=True)
_HEAD = "|".join(_HEADS).replace(" ", r"\s+")
_INSTITUTION = re.compile(
    rf"(?<![\w.’'-])(?:(?P<demonym>{_DEMONYM})|(?P<country>{_COUNTRY})[’']s)\s+"
    rf"(?P<head>{_HEAD})(?![\w-])",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"^\s+([a-z]+)\b")


@dataclass(frozen=True)
class Institution:
    """A national institution written in text: its offsets and canonical name."""

    start: int
    end: int
    name: str


def institutions(text: str, start: int, end: int) -> Iterator[Institution]:
    """Every national institution named in `text[start:end]`, in text order."""
    for match in _INSTITUTION.finditer(text, start, end):
        demonym = _demonym(match)
        written = " ".join(match.group("head").lower().split())
        head = _SYNONYMS.get(written, written)
        if demonym and not _modifies_noun(text, match.end(), written):
            yield Institution(match.start(), match.end(), f"{demonym} {head}")


def _demonym(match: re.Match[str]) -> str:
    if match.group("demonym"):
        return NATIONAL_DEMONYMS.get(match.group("demonym"), "")
    return DEMONYM_OF.get(match.group("country"), "")


def _modifies_noun(text: str, end: int, head: str) -> bool:
    """Whether an adjective-like head is followed by the noun it modifies."""
    if head not in ADJECTIVE_HEADS:
        return False
    following = _NEXT_WORD.match(text[end : end + 30])
    if following is None:
        return False
    word = following.group(1)
    return word not in _NOT_NOUNS and not word.endswith("ed")
