"""Narrowing quotes and figures to the passages where the filter actors are named."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from index import Engine
from index.model import Document, FigureGroup, Passage, Quote

Place = tuple[str, int]
"""A document id and a passage number."""


def passage_at(document: Document, offset: int) -> Passage | None:
    """The passage of `document` holding `offset`, if any."""
    passages = document.passages
    index = bisect_right([p.start for p in passages], offset) - 1
    if index >= 0 and offset < passages[index].end:
        return passages[index]
    return None


def places_naming(engine: Engine, name: str) -> set[Place]:
    """Every passage that names an actor `name` may stand for."""
    places: set[Place] = set()
    for actor in engine.find_actors(name):
        for mention in actor.mentions:
            passage = passage_at(engine.document(mention.doc), mention.start)
            if passage is not None:
                places.add((mention.doc, passage.number))
    return places


def allowed_places(engine: Engine, names: Sequence[str]) -> set[Place] | None:
    """Passages naming every actor of `names`; None when there is no filter."""
    if not names:
        return None
    sets = [places_naming(engine, name) for name in names]
    return set.intersection(*sets)


def _inside(engine: Engine, doc: str, offset: int, allowed: set[Place] | None) -> bool:
    if allowed is None:
        return True
    passage = passage_at(engine.document(doc), offset)
    return passage is not None and (doc, passage.number) in allowed


def filter_quotes(
    engine: Engine, quotes: Sequence[Quote], names: Sequence[str]
) -> tuple[Quote, ...]:
    """The quotations said in passages naming every actor of `names`."""
    allowed = allowed_places(engine, names)
    return tuple(q for q in quotes if _inside(engine, q.doc, q.start, allowed))


def filter_groups(
    engine: Engine, groups: Sequence[FigureGroup], names: Sequence[str]
) -> tuple[FigureGroup, ...]:
    """Figure groups keeping only values reported in passages naming every actor."""
    allowed = allowed_places(engine, names)
    if allowed is None:
        return tuple(groups)
    kept = []
    for group in groups:
        values = tuple(f for f in group.values if _inside(engine, f.doc, f.start, allowed))
        if values:
            kept.append(FigureGroup(group.measure, group.label, values, group.disagree))
    return tuple(kept)
