"""Actors: people, organisations and acting countries, with aliases merged.

The pipeline: name spans (`names_spans`) -> typed candidates (`actor_candidates`) ->
keys within each document (`actor_keys`) -> sets of keys across documents and `Actor`
records (`actor_build`).
"""

from __future__ import annotations

from collections.abc import Sequence

from index.extract.actors.candidates import Candidate, document_candidates
from index.extract.actors.local_keys import assign_keys, stated_links
from index.extract.actors.merge import (
    UnionFind,
    build_actors,
    merge_org_suffixes,
    merge_people,
    resolve_surnames,
)
from index.extract.names.aliases import AliasTable
from index.extract.names.common import document_common_words
from index.model import Actor, Document


def find_actors(documents: Sequence[Document], aliases: AliasTable) -> tuple[Actor, ...]:
    """Every actor named in the content passages of `documents`.

    Args:
        documents: the corpus.
        aliases: the alias table whose entries fold names together.

    Returns:
        Actors, most mentioned first, each with every mention as original offsets.
    """
    sets = UnionFind()
    keyed: list[tuple[Candidate, str]] = []
    for doc in documents:
        common = document_common_words(doc.passage_text(p) for p in doc.content_passages())
        local = assign_keys(list(document_candidates(doc, aliases, common)), aliases)
        for a, b in stated_links(doc.repaired.text, _repaired(doc, local)):
            sets.union(a, b)
        keyed.extend(local)
    merge_people(keyed, sets)
    merge_org_suffixes(keyed, sets)
    resolve_surnames(keyed, sets)
    return build_actors(keyed, sets, aliases)


def _repaired(doc: Document, keyed: list[tuple[Candidate, str]]) -> list[tuple[Candidate, str]]:
    view = doc.repaired
    return [
        (
            Candidate(
                c.doc, view.to_repaired(c.start), view.to_repaired(c.end - 1) + 1, c.name, c.kind
            ),
            k,
        )
        for c, k in keyed
    ]
