"""Across documents: fold local keys into actors and build the `Actor` records.

Alias-table keys are global already. People merge across articles when their surname and
first given name agree up to transliteration ("Ali Nehmeh al-Bandawi" and "Ali Naama
Al-Bindawi"); a lone surname with no antecedent joins the one person of that surname, if
there is exactly one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from index.extract.actors.candidates import ACRONYM, PERSON, SURNAME, Candidate
from index.extract.names.aliases import AliasTable
from index.extract.names.keys import (
    close_spellings,
    given_key,
    given_spelling,
    is_kunya,
    slugify,
    surname_key,
    surname_spelling,
)
from index.model import Actor, Mention

Keyed = Sequence[tuple[Candidate, str]]
_MIN_SUFFIX = 3


class UnionFind:
    """Disjoint sets of string keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        """The representative of `key`'s set."""
        root = self.parent.setdefault(key, key)
        if root != key:
            root = self.parent[key] = self.find(root)
        return root

    def union(self, a: str, b: str) -> None:
        """Put `a` and `b` in one set."""
        self.parent[self.find(b)] = self.find(a)


NameKeys = tuple[str, str, str, str, str]
"""(local key, kind, given-name key, surname key, the name as written, "" for a key no
person's) of a mention: what the people rules read."""


def name_keys(keyed: Keyed) -> list[NameKeys]:
    """The `NameKeys` of keyed candidates, in their order."""
    return [
        (key, c.kind, given_key(c.name), surname_key(c.name), written_name(key, c.name))
        for c, key in keyed
    ]


PEOPLE_KEYS = frozenset({"P:", "S:", "T:"})
"""Prefixes of the keys a person's mention may have (`T:` also an organisation's)."""


def written_name(key: str, name: str) -> str:
    """The name a people rule may read the spelling of: a person's, "" for another key's."""
    return name if key[:2] in PEOPLE_KEYS else ""


def merge_people(names: Sequence[NameKeys], sets: UnionFind) -> None:
    """Union person keys whose full names agree on given name and surname: their keys,
    and their spellings close enough to write one name ("Ali Hassan" is not "Ali
    Hussein"); a name joins the first, in order of appearance, it can write. (Spellings
    are read only where two keys meet: most full names have one.)"""
    by_name: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key, _, given, surname, name in names:
        if not (given and key.startswith("P:")):
            continue
        anchors = by_name.setdefault((given, surname), [])
        for anchor, anchor_name in anchors:
            if anchor == key or _alike(name, anchor_name):
                sets.union(anchor, key)
                break
        else:
            anchors.append((key, name))


def _alike(name: str, other: str) -> bool:
    """Whether two full names of the same keys are spelt closely enough to be one."""
    if name == other:
        return True
    return close_spellings(given_spelling(name), given_spelling(other)) and close_spellings(
        surname_spelling(name), surname_spelling(other)
    )


def resolve_surnames(names: Sequence[NameKeys], sets: UnionFind) -> None:
    """Attach lone surnames (and surname-only people) to the single person bearing them,
    in a spelling that can write the same name (a lone "Hassan" is not Fuad Hussein's,
    though one consonant skeleton keys both)."""
    lone: dict[str, set[str]] = {}  # key: its names
    wanted: set[str] = set()  # the surnames of lone keys: only their bearers are read
    for key, _, given, surname, name in names:
        if key[:2] == "S:" or (key[:2] == "P:" and not given):
            lone.setdefault(key, set()).add(name)
            wanted.add(surname)
    owners: dict[str, dict[str, set[str]]] = {}
    for key, kind, given, surname, name in names:
        kunya = is_kunya(name)  # Yasser alone is not Abu Yasser
        if surname in wanted and given and not kunya and kind == PERSON and key[:2] in {"P:", "T:"}:
            owners.setdefault(surname, {}).setdefault(sets.find(key), set()).add(name)
    for key, _, _, surname, _ in names:
        if key not in lone:
            continue
        written, bearers = lone.pop(key), owners.get(surname, {})
        if len(bearers) != 1:
            continue  # none, or several people of the skeleton: no one in particular
        ((root, borne),) = bearers.items()
        theirs = {surname_spelling(n) for n in borne}
        if all(any(close_spellings(surname_spelling(n), b) for b in theirs) for n in written):
            sets.union(root, key)


def merge_org_suffixes(keys: Iterable[str], sets: UnionFind) -> None:
    """Union an organisation named by the tail of a longer one ("Security and Defense
    Committee" in "Parliamentary Security and Defense Committee") when the tail is unique."""
    organisations = {k for k in keys if k.startswith("O:")}
    owners: dict[str, set[str]] = defaultdict(set)
    for key in organisations:
        words = key[2:].split()
        for i in range(1, len(words) - _MIN_SUFFIX + 1):
            owners[" ".join(words[i:])].add(key)
    for key in organisations:
        found = owners.get(key[2:], set())
        if len(found) == 1:
            sets.union(next(iter(found)), key)


def build_actors(
    keyed: Keyed, sets: UnionFind, aliases: AliasTable
) -> tuple[tuple[Actor, ...], dict[str, str]]:
    """One `Actor` per set of keys, with canonical name, type, roles and mentions.

    Returns:
        The actors, most mentioned first, and each key's actor id (a key whose set is
        only unresolved surnames has none).
    """
    roots = {key: sets.find(key) for key in dict.fromkeys(k for _, k in keyed)}
    groups: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
    for pair in keyed:
        groups[roots[pair[1]]].append(pair)
    built = [(root, _actor(g, aliases)) for root, g in groups.items() if not _unresolved(g)]
    built.sort(key=lambda pair: (-len(pair[1].mentions), pair[1].name))
    actors = unique_ids(a for _, a in built)
    by_root = {root: actor.id for (root, _), actor in zip(built, actors, strict=True)}
    return actors, {key: by_root[root] for key, root in roots.items() if root in by_root}


def _unresolved(group: Keyed) -> bool:
    return all(k.startswith("S:") for _, k in group)


def _actor(group: Keyed, aliases: AliasTable) -> Actor:
    candidates = [c for c, _ in group]
    name, kind = canonical(group, aliases)
    surfaces = dict.fromkeys(c.name for c in candidates)
    return Actor(
        id=slugify(name),
        name=name,
        type=kind,
        roles=ranked_roles((c.roles, 1) for c in candidates),
        aliases=tuple(s for s in surfaces if s != name),
        mentions=tuple(
            Mention(*span) for span in sorted({(c.doc, c.start, c.end) for c in candidates})
        ),
    )


def ranked_roles(borne: Iterable[tuple[Sequence[str], int]]) -> tuple[str, ...]:
    """An actor's roles from (roles, mentions bearing them) in corpus order: those more
    mentions give first (the one an actor is listed with), ties in order of appearance.
    A role one garbled paragraph gives never stands before the one most articles give."""
    weight: dict[str, int] = {}
    for roles, mentions in borne:
        for role in dict.fromkeys(roles):
            weight[role] = weight.get(role, 0) + mentions
    return tuple(sorted(weight, key=lambda role: -weight[role]))


def canonical(group: Keyed, aliases: AliasTable) -> tuple[str, str]:
    """The name and type of the actor a group of keyed candidates makes."""
    tables = Counter(k[2:] for _, k in group if k.startswith("T:"))
    if tables:
        entry = aliases.lookup(tables.most_common(1)[0][0])
        if entry is not None:
            return entry.name, entry.type
    weak = {ACRONYM, SURNAME}
    named = [c for c, _ in group if c.kind not in weak] or [c for c, _ in group]
    best = max(named, key=lambda c: len(c.name.split()))
    kinds = Counter(c.kind for c in named if c.kind not in weak)
    return best.canonical or best.name, kinds.most_common(1)[0][0] if kinds else PERSON


def unique_ids(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """The actors with ids made unique in order ("-2", "-3" after the first)."""
    seen: Counter[str] = Counter()
    unique = []
    for actor in actors:
        seen[actor.id] += 1
        if seen[actor.id] > 1:
            actor = Actor(
                f"{actor.id}-{seen[actor.id]}",
                actor.name,
                actor.type,
                actor.roles,
                actor.aliases,
                actor.mentions,
                actor.mention_count,
                actor.doc_count,
            )
        unique.append(actor)
    return tuple(unique)
