"""Finding actors by any name an analyst types: aliases, spellings, a surname alone."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from index.model import Actor

_PARTICLE = re.compile(r"^(?:al|el|al|an|ar|as|ad|ash)[-\s]+", re.IGNORECASE)
_NON_LETTER = re.compile(r"[^a-z0-9 ]+")


def name_key(name: str) -> str:
    """A name folded for comparison: no accents, case, apostrophes, hyphens or al- prefix."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = [_PARTICLE.sub("", w) for w in re.split(r"[\s]+", plain.replace("-", "- "))]
    return " ".join(_NON_LETTER.sub("", w) for w in words if _NON_LETTER.sub("", w))


def skeleton(key: str) -> str:
    """A transliteration-tolerant form: vowels dropped, doubled letters single."""
    consonants = re.sub(r"(?<=\w)[aeiouy]+", "", key)
    return re.sub(r"(\w)\1+", r"\1", consonants)


def match_actors(name: str, actors: Sequence[Actor]) -> list[Actor]:
    """The actors `name` may stand for: exact alias, else surname, else spelling variant."""
    key = name_key(name)
    if not key:
        return []
    for test in (_same, _surname, _variant):
        found = [a for a in actors if any(test(key, name_key(n)) for n in _names(a))]
        if found:
            return found
    return []


def _names(actor: Actor) -> tuple[str, ...]:
    return (actor.name, *actor.aliases)


def _same(key: str, other: str) -> bool:
    return key == other


def _surname(key: str, other: str) -> bool:
    return " " not in key and other.split(" ")[-1:] == [key]


def _variant(key: str, other: str) -> bool:
    if not other:
        return False
    last = other.split(" ")[-1]
    return skeleton(key) in (skeleton(other), skeleton(last))
