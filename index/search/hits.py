"""Running a query on the index and turning Whoosh hits into plain `Hit` records.

Highlights come from the character offsets stored in the postings (`chars=True`), so no
text is analysed again; they are shifted from record-relative to document offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from whoosh import query as q
from whoosh.index import Index
from whoosh.searching import Hit as WhooshHit
from whoosh.searching import Searcher

from index.model import COMMENTS, FOOTER, FRONT, Hit, Span
from index.store.schema import PASSAGE, QUOTE, TEXT_FIELDS

HIDDEN_SECTIONS = (FRONT, FOOTER, COMMENTS)
"""Sections left out unless a query names a `section:`."""


@dataclass(frozen=True)
class Results:
    """The hits of one query (best first) and how many records matched in all."""

    hits: tuple[Hit, ...]
    total: int


def run(
    ix: Index,
    query: q.Query,
    *,
    quotes: bool = False,
    limit: int | None = 50,
    actor_names: Mapping[str, str] | None = None,
) -> Results:
    """Search `ix` for `query` among passages (or quotations) and materialise the hits."""
    kind = q.Term("kind", QUOTE if quotes else PASSAGE)
    mask = None if _names_field(query, "section") else _hidden()
    with ix.searcher() as searcher:
        results = searcher.search(query, filter=kind, mask=mask, limit=limit, terms=True)
        hits = tuple(_hit(searcher, hit, actor_names or {}) for hit in results)
        return Results(hits, len(results))


def _hidden() -> q.Query:
    return q.Or([q.Term("section", s) for s in HIDDEN_SECTIONS])


def _names_field(query: q.Query, field: str) -> bool:
    return any(leaf.field() == field for leaf in query.leaves() if hasattr(leaf, "field"))


def _hit(searcher: Searcher, hit: WhooshHit, actor_names: Mapping[str, str]) -> Hit:
    fields = hit.fields()
    base = fields["start"]
    spans = sorted(set(_matched_chars(searcher, hit)))
    actors = [a for a in fields.get("actor", "").split(",") if a]
    return Hit(
        doc=fields["doc"],
        passage=fields["passage"],
        score=round(float(hit.score or 0.0), 4),
        source=fields.get("source", ""),
        date=fields.get("date", ""),
        title=fields.get("title", ""),
        section=fields.get("section", ""),
        start=base,
        end=fields["end"],
        text=fields["body"],
        highlights=tuple(Span(base + s, base + e) for s, e in _merged(spans)),
        actors=tuple(actor_names.get(a, a) for a in actors),
    )


def _matched_chars(searcher: Searcher, hit: WhooshHit) -> Iterable[tuple[int, int]]:
    reader = searcher.reader()
    for field, term in hit.matched_terms():
        if field not in TEXT_FIELDS:
            continue
        postings = reader.postings(field, term)
        postings.skip_to(hit.docnum)
        if postings.is_active() and postings.id() == hit.docnum:
            for _, start, end in postings.value_as("characters"):
                yield start, end


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
