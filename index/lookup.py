"""Finding actors by any name an analyst types: aliases, spellings, a surname alone."""

from __future__ import annotations

from collections.abc import Sequence

from index.extract.aliases import AliasTable, name_key
from index.extract.names_normal import surname_key, word_key
from index.model import Actor


def match_actors(
    name: str, actors: Sequence[Actor], table: AliasTable | None = None
) -> list[Actor]:
    """The actors `name` may stand for.

    A name matches an actor's name or alias in any transliteration; the alias table
    widens it to every name of its entry ("Daesh" finds the Islamic State); a single
    word also matches every actor of that surname (both al-Mamaaris for "Mamaari").
    """
    entry = table.lookup(name) if table else None
    keys = {name_key(n) for n in (entry.names() if entry else (name,))}
    found = [a for a in actors if keys & {name_key(n) for n in _names(a)}]
    if len(name.split()) > 1:
        return found
    surname = word_key(name)
    namesakes = [a for a in actors if any(surname_key(n) == surname for n in _names(a))]
    return found + [a for a in namesakes if a not in found]


def _names(actor: Actor) -> tuple[str, ...]:
    return (actor.name, *actor.aliases)
