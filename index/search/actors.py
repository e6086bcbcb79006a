"""Finding actors by any name an analyst types, and the passages that name them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from index.extract.names.aliases import AliasTable, name_key
from index.extract.names.keys import surname_key, word_key
from index.model import Actor, Passage

PERSON = "person"


def match_actors(
    name: str, actors: Sequence[Actor], table: AliasTable | None = None
) -> list[Actor]:
    """The actors `name` may stand for.

    A name matches an actor's name or alias in any transliteration; the alias table
    widens it to every name of its entry ("Daesh" finds the Islamic State); a single
    word also matches every PERSON of that surname (both al-Mamaaris for "Mamaari"),
    never an organisation that merely ends with the word (Kata'ib Hezbollah for
    "Hezbollah").
    """
    entry = table.lookup(name) if table else None
    keys = {name_key(n) for n in (entry.names() if entry else (name,))}
    found = [a for a in actors if keys & {name_key(n) for n in _names(a)}]
    if len(name.split()) > 1:
        return found
    surname = word_key(name)
    namesakes = [
        a for a in actors if a.type == PERSON and any(surname_key(n) == surname for n in _names(a))
    ]
    return found + [a for a in namesakes if a not in found]


def _names(actor: Actor) -> tuple[str, ...]:
    return (actor.name, *actor.aliases)


@dataclass(frozen=True)
class Places:
    """Passages, as (document id, passage number), where every chosen actor is named."""

    passages: frozenset[tuple[str, int]]
    layouts: Mapping[str, Sequence[Passage]]

    def holds(self, doc: str, offset: int) -> bool:
        """Whether original offset `offset` of `doc` falls in one of these passages."""
        passage = passage_at(self.layouts.get(doc, ()), offset)
        return passage is not None and (doc, passage.number) in self.passages


def passage_at(passages: Sequence[Passage], offset: int) -> Passage | None:
    """The passage holding `offset`, if any."""
    at = bisect_right([p.start for p in passages], offset) - 1
    if at >= 0 and offset < passages[at].end:
        return passages[at]
    return None


def places_naming(actors: Sequence[Actor], layouts: Mapping[str, Sequence[Passage]]) -> Places:
    """The passages that name every actor of `actors` (at least one is required)."""
    sets = []
    for actor in actors:
        found = set()
        for mention in actor.mentions:
            passage = passage_at(layouts.get(mention.doc, ()), mention.start)
            if passage is not None:
                found.add((mention.doc, passage.number))
        sets.append(found)
    return Places(frozenset(set.intersection(*sets)), layouts)
