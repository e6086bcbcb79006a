"""The corpus-wide actor merge from small per-article summaries.

`merge_actors` folds every candidate mention of every article; an index update cannot
afford that at 10,000 articles. An article's `ActorSummary` keeps what the merge reads
of it (each distinct key, name, kind, canonical name and roles with how many mentions
bear them, its alias links and its keys' index terms), a few hundred bytes; the catalog
adds them up across articles (`index.store.supers`). Folding those shares in corpus
order (`merge_shares`) gives the actors `merge_actors` gives (names, types, roles,
aliases, mention and article counts, ids), without their mentions, which the catalog
keeps apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from index.extract.actors.candidates import ACRONYM, PERSON, SURNAME
from index.extract.actors.find import ActorMerge, Keyed, Links
from index.extract.actors.merge import (
    UnionFind,
    merge_org_suffixes,
    merge_people,
    ranked_roles,
    resolve_surnames,
    unique_ids,
    written_name,
)
from index.extract.names.aliases import AliasTable
from index.extract.names.keys import full_name_id, given_key, slugify, surname_key
from index.model import Actor

Share = tuple[str, str, str, str, tuple[str, ...], int, str, str]
"""(key, name, kind, canonical, roles, mentions, given key, surname key): mentions of one
article alike in all that the merge reads, with the name's keys worked out once."""
_KEY, _NAME, _KIND, _CANONICAL, _ROLES, _MENTIONS, _GIVEN, _SURNAME = range(8)


@dataclass(frozen=True)
class ActorSummary:
    """What the corpus-wide merge reads of one article."""

    shares: tuple[Share, ...]
    """In order of first appearance in the article."""
    links: Links
    terms: tuple[tuple[str, str], ...]
    """(local key, index term) of every key."""


def summarize_actors(keyed: Keyed, links: Links, terms: dict[str, str]) -> ActorSummary:
    """The summary of one article's keyed candidates (see `ActorSummary`)."""
    spans: dict[tuple[str, str, str, str, tuple[str, ...]], set[tuple[int, int]]] = {}
    for c, key in keyed:
        spans.setdefault((key, c.name, c.kind, c.canonical, c.roles), set()).add((c.start, c.end))
    shares = tuple(
        (*alike, len(found), given_key(alike[1]), surname_key(alike[1]))
        for alike, found in spans.items()
    )
    return ActorSummary(shares, tuple(links), tuple(terms.items()))


def merge_shares(
    placed: Sequence[tuple],
    links: Iterable[tuple[str, str]],
    aliases: AliasTable,
    documents: Callable[[Sequence[tuple]], int],
) -> ActorMerge:
    """The actors that shares in corpus order make, and each key's actor: shares of
    many articles added up (`index.store.supers`), whose actors name as many articles as
    `documents` counts for their shares."""
    sets = UnionFind()
    for a, b in links:
        sets.union(a, b)
    # the rules read each distinct name once (a fifth of the shares at 10,000 articles),
    # in order of first appearance: the same sets
    names = list(
        dict.fromkeys(
            (s[_KEY], s[_KIND], s[_GIVEN], s[_SURNAME], written_name(s[_KEY], s[_NAME]))
            for s in placed
        )
    )
    merge_people(names, sets)
    merge_org_suffixes((name[0] for name in names), sets)
    resolve_surnames(names, sets)
    roots = {key: sets.find(key) for key in dict.fromkeys(name[0] for name in names)}
    groups: dict[str, list[tuple]] = defaultdict(list)
    for share in placed:
        groups[roots[share[_KEY]]].append(share)
    built = [
        (root, _actor(group, aliases, documents(group)))
        for root, group in groups.items()
        if not all(s[_KEY].startswith("S:") for s in group)
    ]
    built.sort(key=lambda pair: (-pair[1].mention_count, pair[1].name))
    actors = unique_ids(a for _, a in built)
    by_root = {root: actor.id for (root, _), actor in zip(built, actors, strict=True)}
    return ActorMerge(actors, {k: by_root[r] for k, r in roots.items() if r in by_root})


PERSON_NODE = "P:/"
"""Prefix of a person's node, `P:/<given>|<surname>` (see `nodes_of`): a person key of
the rules (`P:`), which no article's key can be (`P:<doc id>:<n>`, and an id is a path
relative to the corpus folder, which never opens with "/")."""


def nodes_of(shares: Iterable[Share]) -> dict[str, str]:
    """The node of each person key of one article that has a full name: its first full
    name's `full_name_id`, which every person key of the corpus with that full name, as
    spelt, shares (the merge joins them and close spellings, `merge_people`). A key not
    listed is its own node."""
    found: dict[str, str] = {}
    for share in shares:
        key = share[_KEY]
        if key.startswith("P:") and share[_GIVEN] and key not in found:
            found[key] = f"{PERSON_NODE}{full_name_id(share[_NAME])}"
    return found


def _actor(group: Sequence[tuple], aliases: AliasTable, documents: int) -> Actor:
    name, kind = _canonical(group, aliases)
    if len(group) == 1:
        (share,) = group
        return Actor(
            id=slugify(name),
            name=name,
            type=kind,
            roles=tuple(dict.fromkeys(share[_ROLES])),
            aliases=(share[_NAME],) if share[_NAME] != name else (),
            mention_count=share[_MENTIONS],
            doc_count=documents,
        )
    surfaces = dict.fromkeys(s[_NAME] for s in group)
    return Actor(
        id=slugify(name),
        name=name,
        type=kind,
        roles=ranked_roles((s[_ROLES], s[_MENTIONS]) for s in group),
        aliases=tuple(s for s in surfaces if s != name),
        mention_count=sum(s[_MENTIONS] for s in group),
        doc_count=documents,
    )


_WEAK = frozenset({ACRONYM, SURNAME})
"""Kinds of name that neither name nor type an actor while a stronger one is at hand."""


def _canonical(group: Sequence[tuple], aliases: AliasTable) -> tuple[str, str]:
    """`merge.canonical` with each share weighing as many mentions as it stands for."""
    tables: Counter[str] | None = None
    for s in group:
        if s[_KEY].startswith("T:"):
            tables = tables if tables is not None else Counter()
            tables[s[_KEY][2:]] += s[_MENTIONS]
    if tables:
        entry = aliases.lookup(tables.most_common(1)[0][0])
        if entry is not None:
            return entry.name, entry.type
    if len(group) == 1:
        (s,) = group
        return s[_CANONICAL] or s[_NAME], s[_KIND] if s[_KIND] not in _WEAK else PERSON
    named = [s for s in group if s[_KIND] not in _WEAK] or list(group)
    best = max(named, key=lambda s: len(s[_NAME].split()))
    kinds: Counter[str] = Counter()
    for s in named:
        if s[_KIND] not in _WEAK:
            kinds[s[_KIND]] += s[_MENTIONS]
    return best[_CANONICAL] or best[_NAME], kinds.most_common(1)[0][0] if kinds else PERSON
