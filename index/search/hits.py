"""Running a query on the index and turning Whoosh hits into plain `Hit` records.

Highlights come from the character offsets stored in the postings (`chars=True`), so no
text is analysed again; they are shifted from record-relative to document offsets.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh import query as q
from whoosh.searching import Searcher

from index.model import COMMENTS, FOOTER, FRONT, TITLE, Hit, Span
from index.search import rank
from index.search.fast import live, match_set
from index.search.postings import blocks, values
from index.store.schema import PASSAGE, QUOTE, TEXT_FIELDS
from index.text.tokens import merged_spans

HIDDEN_SECTIONS = (FRONT, TITLE, FOOTER, COMMENTS)
"""Sections left out unless a query names a `section:` (a title is found with `title:`)."""


@dataclass(frozen=True)
class Results:
    """The hits of one query (best first) and how many records matched in all."""

    hits: tuple[Hit, ...]
    total: int
    note: str = ""
    """Said of the query as run (for instance, a prefix cut to its most frequent words)."""


NameLookup = Callable[[set[str]], Mapping[str, str]]
"""Maps the actor terms of the shown hits to actor names."""


def run(
    searcher: Searcher,
    query: q.Query,
    *,
    quotes: bool = False,
    limit: int | None = 50,
    actor_names: NameLookup | None = None,
    newest: bool = False,
) -> Results:
    """Search for `query` among passages (or quotations) and materialise the shown hits;
    best first, or `newest` first. Boolean queries of words are counted and ranked from
    their postings (`fast`, `rank`); phrases go through Whoosh's own search."""
    allowed = scope(searcher, quotes=quotes, hidden=_names_field(query, "section"))
    matches = match_set(query, searcher.reader(), allowed)
    if matches is None:
        return _whoosh_run(searcher, query, allowed, limit, actor_names, newest)
    chosen = (
        rank.newest(searcher, matches, limit)
        if newest
        else rank.best(query, searcher, matches, limit)
    )
    fields = [searcher.stored_fields(docnum) for docnum, _, _ in chosen]
    names = _names(fields, actor_names)
    shown = [(docnum, terms) for docnum, _, terms in chosen]
    spans = _matched_chars(searcher, shown, query)
    hits = tuple(
        _hit(stored, score, spans.get(docnum, []), names)
        for (docnum, score, _), stored in zip(chosen, fields, strict=True)
    )
    return Results(hits, len(matches))


def _whoosh_run(
    searcher: Searcher,
    query: q.Query,
    allowed: set[int],
    limit: int | None,
    actor_names: NameLookup | None,
    newest: bool,
) -> Results:
    if not allowed:
        return Results((), 0)
    order = {"sortedby": "date", "reverse": True} if newest else {}
    results = searcher.search(query, filter=allowed, limit=limit, terms=True, **order)
    found = rank.settled(
        searcher,
        [(hit.docnum, hit.score or 0.0, hit) for hit in results],
        None,
        (lambda r: r[2].get("date", "")) if newest else (lambda r: r[1]),
    )
    names = _names([hit.fields() for _, _, hit in found], actor_names)
    shown = [(hit.docnum, hit.matched_terms()) for _, _, hit in found]
    spans = _matched_chars(searcher, shown, query)
    hits = tuple(
        _hit(hit.fields(), score, spans.get(hit.docnum, []), names) for _, score, hit in found
    )
    if limit is None or results.scored_length() < limit:
        total = results.scored_length()
    else:
        total = sum(1 for docnum in searcher.docs_for_query(query) if docnum in allowed)
    return Results(hits, total)


def _names(fields: Iterable[Mapping[str, object]], lookup: NameLookup | None) -> Mapping[str, str]:
    terms = {t for f in fields for t in str(f.get("actor", "")).split(",") if t}
    return lookup(terms) if lookup and terms else {}


def scope(searcher: Searcher, *, quotes: bool, hidden: bool) -> set[int]:
    """The records a search may return: passages (or quotations), without the hidden
    sections unless `hidden`; computed once per searcher."""
    cache: dict[tuple[bool, bool], set[int]] = searcher.__dict__.setdefault("_scopes", {})
    key = (quotes, hidden)
    if key not in cache:
        reader = searcher.reader()
        found = live(reader, "kind", [QUOTE if quotes else PASSAGE])
        if not hidden:
            found -= live(reader, "section", list(HIDDEN_SECTIONS))
        cache[key] = found
    return cache[key]


def _hidden() -> q.Query:
    return q.Or([q.Term("section", s) for s in HIDDEN_SECTIONS])


def _names_field(query: q.Query, field: str) -> bool:
    return any(leaf.field() == field for leaf in query.leaves() if hasattr(leaf, "field"))


def _hit(
    fields: Mapping[str, Any],
    score: float,
    chars: list[tuple[int, int]],
    actor_names: Mapping[str, str],
) -> Hit:
    base = fields["start"]
    actors = dict.fromkeys(
        actor_names[a] for a in fields.get("actor", "").split(",") if a in actor_names
    )
    return Hit(
        doc=fields["doc"],
        passage=fields["passage"],
        score=round(float(score), 4),
        source=fields.get("source", ""),
        date=fields.get("date", ""),
        title=fields.get("title", ""),
        section=fields.get("section", ""),
        start=base,
        end=fields["end"],
        text=fields["body"],
        highlights=tuple(Span(base + s, base + e) for s, e in merged_spans(sorted(set(chars)))),
        actors=tuple(actors),
    )


def _matched_chars(
    searcher: Searcher, shown: Sequence[tuple[int, Iterable[tuple[str, Any]]]], query: q.Query
) -> dict[int, list[tuple[int, int]]]:
    """The characters (relative to its record) of each matched word in each shown
    record: one walk of each word's postings for all the shown records together. A word
    the query names only inside phrases is marked only where it stands in one of them
    ("Syria" of "Syria plunges" not where the text says "Syria" alone)."""
    reader = searcher.reader()
    phrases, free = _phrases(query)
    bound = {(field, w) for field, words, _ in phrases for w in words} - free
    wanted: dict[tuple[str, str], set[int]] = defaultdict(set)
    for docnum, terms in shown:
        for field, term in terms:
            if field in TEXT_FIELDS:
                wanted[(field, _text(term))].add(docnum)
    for docnum, terms in shown:  # a phrase's words, to find where they stand in a row
        if any((field, _text(term)) in bound for field, term in terms):
            for field, words, _ in phrases:
                for word in words:
                    wanted[(field, word)].add(docnum)
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    held: dict[int, dict[tuple[str, str], list[tuple[int, int, int]]]] = defaultdict(dict)
    for (field, term), docs in wanted.items():
        if (field, term) not in reader:
            continue
        decode = reader.schema[field].format.decode_characters
        kept = blocks(reader, field, term)
        for docnum, chars in values(reader, field, term, kept, docs, decode).items():
            held[docnum][(field, term)] = chars
            if (field, term) not in bound:
                found[docnum] += [(start, end) for _, start, end in chars]
    for docnum, words_chars in held.items():
        for field, words, slop in phrases:
            if any((field, w) in bound for w in words):
                found[docnum] += _in_a_row([words_chars.get((field, w), []) for w in words], slop)
    return found


def _phrases(query: q.Query) -> tuple[list[tuple[str, tuple[str, ...], int]], set[tuple[str, str]]]:
    """The phrases of `query` in highlighted fields (field, words, slop), and the words
    its other parts name."""
    phrases, free = [], set()
    for leaf in query.leaves():
        if isinstance(leaf, q.Phrase):
            if leaf.fieldname in TEXT_FIELDS and len(leaf.words) > 1:
                phrases.append((leaf.fieldname, tuple(leaf.words), max(leaf.slop, 1)))
        else:
            free.update((field, _text(text)) for field, text in leaf.iter_all_terms())
    return phrases, free


def _text(term: str | bytes) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


def _in_a_row(occurrences: list[list[tuple[int, int, int]]], slop: int) -> list[tuple[int, int]]:
    """The characters of the words' occurrences (position, start, end) that stand as the
    phrase: each word after the one before, at most `slop` positions on."""
    at = [{position: (start, end) for position, start, end in words} for words in occurrences]
    found = []
    for position, start, end in occurrences[0]:
        chain = [(start, end)]
        for later in at[1:]:
            position = next((p for p in range(position + 1, position + slop + 1) if p in later), -1)
            if position < 0:
                break
            chain.append(later[position])
        else:
            found += chain
    return found
