"""Finding actors by any name an analyst types: aliases, spellings, a person's surname."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from index.extract.names.aliases import AliasTable, name_key
from index.extract.names.keys import fold, surname_key, word_key
from index.model import Actor

PERSON = "person"


class ActorNames:
    """The actors of a corpus by the keys of their names, built once and reused.

    A name matches an actor's name or alias in any transliteration; the alias table
    widens it to every name of its entry ("Daesh" finds the Islamic State); a single
    word also matches every PERSON of that surname (both al-Mamaaris for "Mamaari"),
    never an organisation that merely ends with the word (Kata'ib Hezbollah for
    "Hezbollah").
    """

    def __init__(self, actors: Sequence[Actor], table: AliasTable | None = None) -> None:
        self.table = table
        self.order = {actor.id: n for n, actor in enumerate(actors)}
        self.by_key: dict[str, list[Actor]] = defaultdict(list)
        self.by_surname: dict[str, list[Actor]] = defaultdict(list)
        self.actors = {actor.id: actor for actor in actors}
        self.folded: dict[str, str] = {}
        for actor in actors:
            names = (actor.name, *actor.aliases)
            entry = table.lookup(actor.name) if table else None
            table_names = entry.names() if entry else ()
            self.folded[actor.id] = "\n".join(fold(n) for n in (*names, *table_names))
            for key in dict.fromkeys(name_key(n) for n in names):
                self.by_key[key].append(actor)
            if actor.type == PERSON:
                for key in dict.fromkeys(surname_key(n) for n in names):
                    self.by_surname[key].append(actor)

    def containing(self, text: str) -> list[Actor]:
        """Actors one of whose names, or names the alias table gives them, holds `text`
        (accents, case and apostrophes folded): what a filter box shows as it is typed."""
        wanted = fold(text).strip()
        if not wanted:
            return sorted(self.actors.values(), key=lambda a: self.order[a.id])
        found = [a for a, names in self.folded.items() if wanted in names]
        by_id = {a.id: a for a in (self.actors[i] for i in found)}
        for actor in self.match(text):
            by_id.setdefault(actor.id, actor)
        return sorted(by_id.values(), key=lambda a: self.order[a.id])

    def match(self, name: str) -> list[Actor]:
        """The actors `name` may stand for, most mentioned first; when no name matches
        whole, those with a name that opens with its words ("Hashd" for Hashd
        al-Shaabi, never "Hezbollah" for Kata'ib Hezbollah)."""
        entry = self.table.lookup(name) if self.table else None
        keys = {name_key(n) for n in (entry.names() if entry else (name,))}
        found = {a.id: a for key in keys for a in self.by_key.get(key, ())}
        if len(name.split()) == 1:
            for actor in self.by_surname.get(word_key(name), ()):
                found.setdefault(actor.id, actor)
        if not found:
            found = {a.id: a for a in self._opening(name)}
        return sorted(found.values(), key=lambda a: self.order[a.id])

    def _opening(self, name: str) -> list[Actor]:
        """The actors one of whose names (or the alias table's) opens with the words of
        `name`, folded; nothing for fewer than `OPENING_MIN` letters."""
        wanted = fold(name).strip()
        if len(wanted) < OPENING_MIN:
            return []
        return [
            self.actors[actor_id]
            for actor_id, names in self.folded.items()
            if any(_opens(line, wanted) for line in names.split("\n"))
        ]


OPENING_MIN = 3
"""Characters a name needs before it matches the names it opens ("al" would match
scores)."""


def _opens(name: str, words: str) -> bool:
    """Whether `name` opens with `words`, whole words ("hashd al-shaabi", "hashd")."""
    return name.startswith(words) and (len(name) == len(words) or not name[len(words)].isalnum())


def match_actors(
    name: str, actors: Sequence[Actor], table: AliasTable | None = None
) -> list[Actor]:
    """The actors `name` may stand for (see `ActorNames`)."""
    return ActorNames(actors, table).match(name)
