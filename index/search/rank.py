"""Ranking the records a boolean query matched, without walking Whoosh's matchers.

The matching records come as a set (`fast.match_set`); the best are found from the
words' postings: a length-free BM25 preselects a few hundred, exact BM25 (Whoosh's
BM25F formula, its idf and field lengths) orders them. Browsing (no words) orders by
date, from a date table built once per searcher.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from heapq import nlargest

from whoosh import query as q
from whoosh.searching import Searcher

from index.search.fast import CANDIDATES, K1, MAX_SCORED, blocks, scored_words

B = 0.75
"""BM25's length normalisation (Whoosh's default)."""

Ranked = tuple[int, float, frozenset[tuple[str, str]]]
"""A record, its score, and the (field, word) pairs of the query it holds."""


def best(query: q.Query, searcher: Searcher, matches: set[int], limit: int | None) -> list[Ranked]:
    """The `limit` best of `matches` (all, best first, when `limit` is None)."""
    words = list(scored_words(query))
    reader = searcher.reader()
    frequencies: dict[int, dict[tuple[str, str], float]] = defaultdict(dict)
    for leaf in words:
        key = (leaf.fieldname, leaf.text)
        for offset, ids, weights in blocks(reader, *key):
            for i, w in zip(ids, weights, strict=False):
                doc = offset + i
                if doc in matches:
                    frequencies[doc][key] = w
    if len(words) > MAX_SCORED:
        order = sorted(matches)[: limit or len(matches)]
        return [(d, 1.0, frozenset(frequencies.get(d, {}))) for d in order]
    idf = {(w.fieldname, w.text): searcher.idf(w.fieldname, w.text) * w.boost for w in words}
    average = {field: searcher.avg_field_length(field) or 1.0 for field, _ in idf}
    size = len(matches) if limit is None else max(CANDIDATES, limit)
    pool = nlargest(size, matches, key=lambda d: (_rough(frequencies.get(d, {}), idf), -d))
    scored = []
    for doc in pool:
        tf = frequencies.get(doc, {})
        score = sum(
            idf[key] * _saturated(f, reader.doc_field_length(doc, key[0], 1) / average[key[0]])
            for key, f in tf.items()
        )
        scored.append((doc, score, frozenset(tf)))
    scored.sort(key=lambda r: (-r[1], r[0]))
    return scored[:limit] if limit is not None else scored


def _rough(tf: dict[tuple[str, str], float], idf: dict[tuple[str, str], float]) -> float:
    return sum(idf[key] * f * (K1 + 1) / (f + K1) for key, f in tf.items())


def _saturated(frequency: float, relative_length: float) -> float:
    return frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * relative_length))


def newest(searcher: Searcher, matches: Iterable[int], limit: int | None) -> list[Ranked]:
    """`matches` by date, newest first (undated last), then in corpus order."""
    dates = _dates(searcher)
    order = sorted(matches, key=lambda d: (-dates.get(d, 0), d))
    return [(d, 0.0, frozenset()) for d in order[: limit or len(order)]]


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
