"""The corpus-wide actor merge from small per-article summaries.

`merge_actors` folds every candidate mention of every article; an index update cannot
afford that at 10,000 articles. An article's `ActorSummary` keeps what the merge reads
of it (each distinct key, name, kind, canonical name and roles with how many mentions
bear them, its alias links and its keys' index terms), a few hundred bytes. Folding the
summaries in corpus order gives the actors `merge_actors` gives (names, types, roles,
aliases, mention and article counts, ids), without their mentions, which the catalog
keeps apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from index.extract.actors.candidates import ACRONYM, PERSON, SURNAME
from index.extract.actors.find import ActorMerge, Keyed, Links
from index.extract.actors.merge import (
    UnionFind,
    merge_org_suffixes,
    merge_people,
    resolve_surnames,
    unique_ids,
)
from index.extract.names.aliases import AliasTable
from index.extract.names.keys import slugify
from index.model import Actor

Share = tuple[str, str, str, str, tuple[str, ...], int]
"""(key, name, kind, canonical, roles, mentions): mentions of one article alike in all
that the merge reads."""


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
    shares = tuple((*alike, len(found)) for alike, found in spans.items())
    return ActorSummary(shares, tuple(links), tuple(terms.items()))


class _Share(NamedTuple):
    """A share placed in its article, as the merge rules read candidates."""

    key: str
    name: str
    kind: str
    canonical: str
    roles: tuple[str, ...]
    mentions: int
    doc: str


def merge_summaries(
    summaries: Iterable[tuple[str, ActorSummary]], aliases: AliasTable
) -> ActorMerge:
    """Actors (without mentions, with their counts) and each local key's actor, from
    (doc id, summary) in corpus order; the same as `merge_actors` of those articles."""
    sets = UnionFind()
    keyed: list[tuple[_Share, str]] = []
    for doc, summary in summaries:
        for a, b in summary.links:
            sets.union(a, b)
        keyed.extend((_Share(*share, doc), share[0]) for share in summary.shares)
    merge_people(keyed, sets)  # type: ignore[arg-type]
    merge_org_suffixes(keyed, sets)  # type: ignore[arg-type]
    resolve_surnames(keyed, sets)  # type: ignore[arg-type]
    roots = {key: sets.find(key) for key in dict.fromkeys(k for _, k in keyed)}
    groups: dict[str, list[_Share]] = defaultdict(list)
    for share, key in keyed:
        groups[roots[key]].append(share)
    built = [
        (root, _actor(group, aliases))
        for root, group in groups.items()
        if not all(s.key.startswith("S:") for s in group)
    ]
    built.sort(key=lambda pair: (-pair[1].mention_count, pair[1].name))
    actors = unique_ids(a for _, a in built)
    by_root = {root: actor.id for (root, _), actor in zip(built, actors, strict=True)}
    return ActorMerge(actors, {k: by_root[r] for k, r in roots.items() if r in by_root})


def _actor(group: Sequence[_Share], aliases: AliasTable) -> Actor:
    name, kind = _canonical(group, aliases)
    surfaces = dict.fromkeys(s.name for s in group)
    return Actor(
        id=slugify(name),
        name=name,
        type=kind,
        roles=tuple(dict.fromkeys(r for s in group for r in s.roles)),
        aliases=tuple(s for s in surfaces if s != name),
        mention_count=sum(s.mentions for s in group),
        doc_count=len({s.doc for s in group}),
    )


def _canonical(group: Sequence[_Share], aliases: AliasTable) -> tuple[str, str]:
    """`merge.canonical` with each share weighing as many mentions as it stands for."""
    tables: Counter[str] = Counter()
    for s in group:
        if s.key.startswith("T:"):
            tables[s.key[2:]] += s.mentions
    if tables:
        entry = aliases.lookup(tables.most_common(1)[0][0])
        if entry is not None:
            return entry.name, entry.type
    weak = {ACRONYM, SURNAME}
    named = [s for s in group if s.kind not in weak] or list(group)
    best = max(named, key=lambda s: len(s.name.split()))
    kinds: Counter[str] = Counter()
    for s in named:
        if s.kind not in weak:
            kinds[s.kind] += s.mentions
    return best.canonical or best.name, kinds.most_common(1)[0][0] if kinds else PERSON
