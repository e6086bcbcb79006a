"""Reading a word's postings a block at a time, below Whoosh's matchers.

Whoosh's matchers walk postings one record at a time in Python, and a `skip_to` reads
every block header on the way. Here a word's blocks are decoded once and kept with the
reader (`blocks`), and the values of a word (positions, characters) are decoded only
in the blocks, and for the records, that are asked for (`values`). Both read the block
reader's internals of the pinned Whoosh-Reloaded 2.7.5 (`_read_ids`, `_read_weights`,
`_read_values`, `_next_block`, `_goto`, `_baseoffset`, `_nextoffset`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from whoosh.reading import IndexReader

T = TypeVar("T")
KEPT = 2_000_000
"""Decoded postings kept per reader across queries."""
LEVELS_KEPT = 2_000_000
"""Records kept per reader in words' `levels`, over every word (as many as `KEPT`)."""
Blocks = list[tuple[int, Any, Any]]
"""A word's postings block by block: (offset of its segment, ids, weights)."""
Place = tuple[int, int]
"""Where a block lies: the number of its leaf reader, its position in the postings file."""


def blocks(reader: IndexReader, field: str, text: str | bytes) -> list[tuple[int, Any, Any]]:
    """(offset, ids, weights) of each block of a word's postings, segment by segment;
    deleted records are still in them (callers intersect with the live records).

    Decoded blocks are kept with the reader (most recently used first, `KEPT` postings
    at most), with where each block lies (`_places`): a query typed letter by letter
    asks for the same words again and again.
    """
    cache: dict[tuple[str, str | bytes], tuple[Blocks, list[Place]]]
    cache = reader.__dict__.setdefault("_blocks", {})
    key = (field, text)
    found = cache.pop(key, None)
    if found is None:
        read, places = [], []
        for offset, matcher, place in _walk(reader, field, text):
            matcher._read_ids()
            matcher._read_weights()
            read.append((offset, matcher._ids, matcher._weights))
            places.append(place)
        found = (read, places)
        kept = reader.__dict__.get("_kept", 0) + sum(len(ids) for _, ids, _ in read)
        while cache and kept > KEPT:
            oldest = next(iter(cache))
            kept -= sum(len(ids) for _, ids, _ in cache.pop(oldest)[0])
        reader.__dict__["_kept"] = kept
    cache[key] = found
    return found[0]


def _places(reader: IndexReader, field: str, text: str | bytes) -> list[Place]:
    """Where each block of `blocks(reader, field, text)` lies."""
    blocks(reader, field, text)
    return reader.__dict__["_blocks"][field, text][1]


def _walk(reader: IndexReader, field: str, text: str | bytes) -> Iterator[tuple[int, Any, Place]]:
    """Each block of a word's postings, segment by segment: (offset of the segment,
    Whoosh's block matcher standing on the block, where the block lies)."""
    for number, (sub, offset) in enumerate(reader.leaf_readers()):
        if (field, text) not in sub:
            continue
        matcher = sub.postings(field, text)
        matcher = getattr(matcher, "child", matcher)
        place = matcher._baseoffset
        while matcher.is_active():
            yield offset, matcher, (number, place)
            place = matcher._nextoffset
            matcher._next_block()


def levels(reader: IndexReader, field: str, text: str | bytes) -> dict[float, set[int]]:
    """Every record holding `text` in `field`, by the word's frequency in it (deleted
    records too, as in `blocks`): what a length-free BM25 of the word tells apart."""
    return _kept_levels(reader, field, text)[0]


def holding(reader: IndexReader, field: str, text: str | bytes) -> set[int]:
    """`postings_set`, kept with the reader beside the word's `levels`: not to be
    changed by the caller."""
    return _kept_levels(reader, field, text)[1]


def _kept_levels(
    reader: IndexReader, field: str, text: str | bytes
) -> tuple[dict[float, set[int]], set[int]]:
    """A word's `levels` and their union, kept with the reader (most recently used
    first, `LEVELS_KEPT` records at most)."""
    cache: dict[tuple[str, str | bytes], tuple[dict[float, set[int]], set[int]]]
    cache = reader.__dict__.setdefault("_levels", {})
    key = (field, text)
    found = cache.pop(key, None)
    if found is None:
        grouped: dict[float, set[int]] = {}
        for offset, ids, weights in blocks(reader, field, text):
            docs = [offset + i for i in ids] if offset else ids
            low = min(weights, default=1.0)
            if low == max(weights, default=1.0):
                grouped.setdefault(low, set()).update(docs)
                continue
            for doc, f in zip(docs, weights, strict=False):
                held = grouped.get(f)
                if held is None:
                    held = grouped[f] = set()
                held.add(doc)
        found = (grouped, set().union(*grouped.values()))
        kept = reader.__dict__.get("_levels_kept", 0) + len(found[1])
        while cache and kept > LEVELS_KEPT:
            kept -= len(cache.pop(next(iter(cache)))[1])
        reader.__dict__["_levels_kept"] = kept
    cache[key] = found
    return found


def postings_set(reader: IndexReader, field: str, text: str | bytes) -> set[int]:
    """Every record holding `text` in `field` (deleted ones too: see `blocks`)."""
    found: set[int] = set()
    for offset, ids, _ in blocks(reader, field, text):
        found.update([offset + i for i in ids] if offset else ids)
    return found


def values(
    reader: IndexReader,
    field: str,
    word: str,
    kept: Blocks,
    docs: set[int],
    decode: Callable[[bytes], T],
) -> dict[int, T]:
    """`decode` of the value of `word` in each of `docs` that holds it: only the blocks
    holding one of `docs` are read, straight from where they lie (their ids come from
    `kept`, the word's `blocks`), and in them only those records' values decoded."""
    found: dict[int, T] = {}
    where = locate(kept, docs)
    places = _places(reader, field, word)
    leaves = reader.leaf_readers()
    matchers: dict[int, Any] = {}
    for number in sorted(where):
        leaf, position = places[number]
        matcher = matchers.get(leaf)
        if matcher is None:
            matcher = leaves[leaf][0].postings(field, word)
            matcher = matchers[leaf] = getattr(matcher, "child", matcher)
        matcher._goto(position)
        matcher._read_values()
        for n, doc in where[number]:
            found[doc] = decode(matcher._values[n])
    return found


def locate(kept: Blocks, docs: Iterable[int]) -> dict[int, list[tuple[int, int]]]:
    """Where each of `docs` holding the word of `kept` stands: {block number: [(position
    in the block, record)]}, by bisection (a block's ids are sorted, blocks follow each
    other in record order), not by a walk of every posting."""
    firsts = [offset + ids[0] for offset, ids, _ in kept]
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for doc in docs:
        number = bisect_right(firsts, doc) - 1
        if number < 0:
            continue
        offset, ids, _ = kept[number]
        n = bisect_left(ids, doc - offset)
        if n < len(ids) and ids[n] == doc - offset:
            found[number].append((n, doc))
    return found
