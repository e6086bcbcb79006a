"""Ranking the records a boolean query matched, without walking Whoosh's matchers.

The matching records come as a set (`fast.match_set`); the best are found from the
words' postings: a length-free BM25 preselects a few hundred, exact BM25 (Whoosh's
BM25F formula, its idf and field lengths) orders them. Browsing (no words) orders by
date, from a date table built once per searcher.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from heapq import nlargest, nsmallest
from typing import TypeVar

from whoosh import query as q
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from index.search.fast import CANDIDATES, K1, MAX_SCORED, scored_words
from index.search.postings import blocks, levels, locate

B = 0.75
"""BM25's length normalisation (Whoosh's default)."""
GROUPS = 512
"""Distinct length-free scores past which `_rough` scores the records one by one."""

Ranked = tuple[int, float, frozenset[tuple[str, str]]]
"""A record, its score, and the (field, word) pairs of the query it holds."""


def best(query: q.Query, searcher: Searcher, matches: set[int], limit: int | None) -> list[Ranked]:
    """The `limit` best of `matches` (all, best first, when `limit` is None)."""
    if not matches:  # an empty index has no idf (Whoosh takes the log of 0 records)
        return []
    words = list(scored_words(query))
    reader = searcher.reader()
    keys = list(dict.fromkeys((w.fieldname, w.text) for w in words))
    if len(words) > MAX_SCORED:
        order = nsmallest(limit, matches) if limit else sorted(matches)
        held = _frequencies(reader, keys, set(order))
        return [(d, 1.0, frozenset(held.get(d, {}))) for d in order]
    idf = {(w.fieldname, w.text): searcher.idf(w.fieldname, w.text) * w.boost for w in words}
    size = len(matches) if limit is None else max(CANDIDATES, limit)
    pool = _preselect(reader, idf, matches, size)
    frequencies = _frequencies(reader, keys, set(pool))
    average = {field: searcher.avg_field_length(field) or 1.0 for field, _ in idf}
    scored = []
    for doc in pool:
        tf = frequencies.get(doc, {})
        score = sum(
            idf[key] * _saturated(f, reader.doc_field_length(doc, key[0], 1) / average[key[0]])
            for key, f in tf.items()
        )
        scored.append((doc, score, frozenset(tf)))
    scored.sort(key=lambda r: (-r[1], r[0]))
    ordered = settled(searcher, scored, None, lambda r: r[1])
    return ordered if limit is None else spread(searcher, ordered, limit)


PER_ARTICLE = 10
"""Records of one article listed before the next best of other articles: a long report
that matches in a hundred paragraphs does not fill the whole list."""


def spread(searcher: Searcher, ranked: list[T], limit: int) -> list[T]:
    """The first `limit` of `ranked` once each article's records past its first
    `PER_ARTICLE` wait for the other articles' (in order, among themselves): the same
    prefix for any `limit`, so the first screenful stays when more are asked for."""
    kept: list[T] = []
    waiting: list[T] = []
    taken: dict[str, int] = defaultdict(int)
    for record in ranked:
        article = _place(searcher, record[0])[0]
        if taken[article] < PER_ARTICLE:
            taken[article] += 1
            kept.append(record)
            if len(kept) == limit:
                break
        else:
            waiting.append(record)
    return [*kept, *waiting][:limit]


def _preselect(
    reader: IndexReader, idf: dict[tuple[str, str], float], matches: set[int], size: int
) -> list[int]:
    """The `size` records of `matches` best by a length-free BM25 (ties: corpus order)."""
    groups = _grouped(reader, idf, matches, size)
    if groups is None:
        rough = _rough(reader, idf, matches)
        if len(rough) < size:  # records matched without a scored word (a NOT) rank last
            rough.update((d, 0.0) for d in matches if d not in rough)
        ranked = nlargest(size, rough.items(), key=lambda item: (item[1], -item[0]))
        return [d for d, _ in ranked]
    chosen: list[int] = []
    for _, docs in sorted(groups.items(), key=lambda group: -group[0]):
        chosen.extend(sorted(docs)[: size - len(chosen)])
        if len(chosen) >= size:
            break
    return chosen


def _grouped(
    reader: IndexReader, idf: dict[tuple[str, str], float], matches: set[int], size: int
) -> dict[float, set[int]] | None:
    """`matches` grouped by the score `_rough` gives them, worked out word by word from
    the words' `levels` with set operations instead of a step per posting: a word's
    frequencies are few, so are the sums. As in `_preselect`, records holding no scored
    word join (at 0.0) only when the others are fewer than `size`. None when the groups
    grow past `GROUPS`."""
    groups: dict[float, set[int]] = {}
    unheld = set(matches)
    for key, weight in idf.items():
        word = levels(reader, *key)
        grown: dict[float, set[int]] = {}
        for score, docs in [(0.0, unheld), *groups.items()]:
            for f, holding in word.items():
                if not docs:
                    break
                both = docs & holding
                if both:
                    docs -= both
                    _join(grown, score + weight * f * (K1 + 1) / (f + K1), both)
            if docs and docs is not unheld:
                _join(grown, score, docs)
        if len(grown) > GROUPS:
            return None
        groups = grown
    if sum(map(len, groups.values())) < size and unheld:
        groups.setdefault(0.0, set()).update(unheld)
    return groups


def _join(groups: dict[float, set[int]], score: float, docs: set[int]) -> None:
    """Put `docs` (a set of the caller's own, taken as it is) in the group of `score`."""
    if score in groups:
        groups[score] |= docs
    else:
        groups[score] = docs


def _rough(
    reader: IndexReader, idf: dict[tuple[str, str], float], matches: set[int]
) -> dict[int, float]:
    """A length-free BM25 of every matched record that holds a scored word: one pass
    over the words' postings, one float per record."""
    rough: dict[int, float] = {}
    get = rough.get
    for key, weight in idf.items():
        saturated: dict[float, float] = {}
        for offset, ids, weights in blocks(reader, *key):
            for i, f in zip(ids, weights, strict=False):
                doc = offset + i
                if doc in matches:
                    part = saturated.get(f)
                    if part is None:
                        part = saturated[f] = weight * f * (K1 + 1) / (f + K1)
                    rough[doc] = get(doc, 0.0) + part
    return rough


def _frequencies(
    reader: IndexReader, keys: list[tuple[str, str]], docs: set[int]
) -> dict[int, dict[tuple[str, str], float]]:
    """The frequency of each of `keys` (field, word) in each of `docs` that holds it."""
    found: dict[int, dict[tuple[str, str], float]] = defaultdict(dict)
    for key in keys:
        kept = blocks(reader, *key)
        for number, held in locate(kept, docs).items():
            weights = kept[number][2]
            for n, doc in held:
                found[doc][key] = weights[n]
    return found


def _saturated(frequency: float, relative_length: float) -> float:
    return frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * relative_length))


def newest(searcher: Searcher, matches: Iterable[int], limit: int | None) -> list[Ranked]:
    """`matches` by date, newest first (undated last), then in corpus order."""
    dates = _dates(searcher)
    order = sorted(matches, key=lambda d: (-dates.get(d, 0), d))
    ranked = [(d, 0.0, frozenset[tuple[str, str]]()) for d in order]
    return settled(searcher, ranked, limit or None, lambda r: dates.get(r[0], 0))


T = TypeVar("T", bound=tuple)
TIE_READS = 2_000
"""The largest tie `settled` orders by place (a record's place is read once per
searcher, about 15 µs): browsing an undated folder ties every record, which keep the
order of their record numbers."""


def settled(
    searcher: Searcher, ranked: list[T], limit: int | None, value: Callable[[T], object]
) -> list[T]:
    """The first `limit` of `ranked` (records first, in order of `value`), records of
    equal value in corpus order: by article, then place in it. Record numbers, which
    ordered them, follow the order the build's workers finished in, which differs from
    one build to the next. Only the ties that reach the shown records are read, up to
    `TIE_READS` records each."""
    end = len(ranked) if limit is None else min(limit, len(ranked))
    out: list[T] = []
    start = 0
    while start < end:
        stop = start + 1
        while stop < len(ranked) and value(ranked[stop]) == value(ranked[start]):
            stop += 1
        group = ranked[start:stop]
        if 1 < len(group) <= TIE_READS:
            group.sort(key=lambda r: _place(searcher, r[0]))
        out.extend(group)
        start = stop
    return out[:end]


PLACES_KEPT = 200_000
"""Records whose place a searcher keeps (about 100 bytes each) before it starts afresh."""


def _place(searcher: Searcher, docnum: int) -> tuple[str, int]:
    """A record's article and offset, kept by the searcher: reading a record's stored
    fields costs about 15 µs, and a tie of a date range holds hundreds of records."""
    places: dict[int, tuple[str, int]] = searcher.__dict__.setdefault("_places", {})
    found = places.get(docnum)
    if found is None:
        if len(places) >= PLACES_KEPT:
            places.clear()
        stored = searcher.stored_fields(docnum)
        found = places[docnum] = (str(stored.get("doc", "")), int(stored.get("start", 0) or 0))
    return found


def _dates(searcher: Searcher) -> dict[int, int]:
    cache: dict[int, int] | None = searcher.__dict__.get("_dates")
    if cache is None:
        cache = {}
        reader = searcher.reader()
        for text in reader.lexicon("date"):
            value = text.decode("utf-8") if isinstance(text, bytes) else text
            number = int(value.replace("-", "")) if value.replace("-", "").isdigit() else 0
            for offset, ids, _ in blocks(reader, "date", value):
                for i in ids:
                    cache[offset + i] = number
        searcher.__dict__["_dates"] = cache
    return cache
