"""Actors: people, organisations and acting countries, with aliases merged.

The pipeline: name spans (`names_spans`) -> typed candidates (`actor_candidates`) ->
keys within each document (`actor_keys`) -> sets of keys across documents and `Actor`
records (`actor_build`).
"""

from __future__ import annotations

import re
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
from index.model import Actor, Document

_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")


def common_words(documents: Sequence[Document]) -> frozenset[str]:
    """Words written in lowercase somewhere in the corpus: at a sentence start, not names."""
    return frozenset(
        w
        for d in documents
        for p in d.content_passages()
        for w in _LOWER_WORD.findall(d.passage_text(p))
    )


def find_actors(documents: Sequence[Document], aliases: AliasTable) -> tuple[Actor, ...]:
    """Every actor named in the content passages of `documents`.

    Args:
        documents: the corpus.
        aliases: the alias table whose entries fold names together.

    Returns:
        Actors, most mentioned first, each with every mention as original offsets.
    """
    common = common_words(documents)
    sets = UnionFind()
    keyed: list[tuple[Candidate, str]] = []
    for doc in documents:
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
