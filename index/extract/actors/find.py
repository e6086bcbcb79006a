"""Actors: per document, then across the corpus.

`document_keys` reads ONE document: name spans -> typed candidates -> local keys, and the
alias links the text states ("X, formerly Y"). `merge_actors` is the only corpus-wide
step: it folds those small per-document values (never a document or its text) into
`Actor` records, and says which actor each local key became.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from index.extract.actors.candidates import Candidate, document_candidates
from index.extract.actors.local_keys import assign_keys, home_demonym, stated_links
from index.extract.actors.merge import (
    UnionFind,
    build_actors,
    merge_org_suffixes,
    merge_people,
    name_keys,
    resolve_surnames,
)
from index.extract.names.aliases import AliasTable
from index.extract.names.common import document_common_words
from index.model import Actor, Document

Keyed = tuple[tuple[Candidate, str], ...]
"""A document's candidates, each with its local key, in text order."""
Links = tuple[tuple[str, str], ...]
"""Pairs of local keys the text states are one actor."""


class KeyedDocument(Protocol):
    """What `merge_actors` reads of a document's extraction."""

    @property
    def keyed(self) -> Keyed:
        """The document's candidates with their local keys."""
        ...

    @property
    def links(self) -> Links:
        """The alias links the document states."""
        ...


@dataclass(frozen=True)
class ActorMerge:
    """The corpus's actors and the actor each local key belongs to."""

    actors: tuple[Actor, ...] = ()
    actor_of: Mapping[str, str] = field(default_factory=dict)
    """Local key -> actor id; a lone surname no one bears has no entry."""

    def actor(self, key: str) -> Actor | None:
        """The actor a local key belongs to, or None."""
        found = self.actor_of.get(key)
        return self._by_id.get(found) if found else None

    @cached_property
    def _by_id(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}


def document_keys(doc: Document, aliases: AliasTable) -> tuple[Keyed, Links]:
    """The candidates of one document with their local keys, and its stated alias links.

    Depends on nothing but `doc` (its text and repaired view), the alias table and the
    shipped word lists.
    """
    common = document_common_words(doc.passage_text(p) for p in doc.content_passages())
    home = home_demonym(doc.repaired.text)
    found = list(document_candidates(doc, aliases, common, home))
    keyed = tuple(assign_keys(found, aliases, home))
    links = tuple(stated_links(doc.repaired.text, _repaired(doc, keyed)))
    return keyed, links


def merge_actors(extractions: Iterable[KeyedDocument], aliases: AliasTable) -> ActorMerge:
    """Fold the local keys of many documents into actors.

    Args:
        extractions: per-document extractions (`DocExtraction`), in corpus order.
        aliases: the alias table whose entries fold names together.

    Returns:
        Actors, most mentioned first, each with every mention as original offsets, and
        the actor id of every local key.
    """
    sets = UnionFind()
    keyed: list[tuple[Candidate, str]] = []
    for extraction in extractions:
        for a, b in extraction.links:
            sets.union(a, b)
        keyed.extend(extraction.keyed)
    names = name_keys(keyed)
    merge_people(names, sets)
    merge_org_suffixes((k for _, k in keyed), sets)
    resolve_surnames(names, sets)
    actors, actor_of = build_actors(keyed, sets, aliases)
    return ActorMerge(actors, actor_of)


def _repaired(doc: Document, keyed: Sequence[tuple[Candidate, str]]) -> Keyed:
    view = doc.repaired
    return tuple(
        (
            Candidate(
                c.doc, view.to_repaired(c.start), view.to_repaired(c.end - 1) + 1, c.name, c.kind
            ),
            k,
        )
        for c, k in keyed
    )
