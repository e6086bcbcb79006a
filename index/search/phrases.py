"""Phrases answered from the postings: the records holding every word (sets, cheap),
then the word positions of those records alone, checked for words in a row.

Whoosh walks a phrase's matchers over every record that holds all its words, in Python,
a span object per occurrence; a common phrase ("security forces") at 10,000 articles
took a quarter of a second. Here positions are decoded only for the candidate records,
once per word, and the count stays exact. The positions decoded are kept with the
reader, a word at a time (`KEPT` records at most): a phrase typed or refined asks for
the same words again.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate
from pickle import loads

from whoosh.reading import IndexReader

from index.search.postings import Blocks, values

KEPT = 200_000
"""Records whose decoded positions are kept per reader, over every word."""
_COUNT = 4
"""Bytes of the count Whoosh's `Positions`-like formats write before the pickled list."""

Positions = dict[int, tuple[int, ...]]


def in_a_row(
    reader: IndexReader,
    field: str,
    words: Sequence[tuple[str, Blocks]],
    candidates: set[int],
) -> set[int]:
    """The records of `candidates` (each holding every one of `words`, given with their
    blocks) where the words stand in a row: the first at a position p, the next at p + 1…"""
    if not candidates or len(words) < 2:
        return set(candidates)
    where = [_positions(reader, field, word, kept, candidates) for word, kept in words]
    first, rest = where[0], list(enumerate(where[1:], 1))
    found = set()
    for doc in candidates:
        starts = set(first[doc])
        for k, positions in rest:
            starts.intersection_update([p - k for p in positions[doc]])
            if not starts:
                break
        else:
            found.add(doc)
    return found


def _positions(
    reader: IndexReader, field: str, word: str, kept: Blocks, docs: set[int]
) -> Positions:
    """The positions of `word` in each of `docs` (which all hold it), from the reader's
    cache where decoded before."""
    cache: dict[tuple[str, str], Positions] = reader.__dict__.setdefault("_positions", {})
    known = cache.pop((field, word), {})
    missing = docs.difference(known) if known else docs
    if missing:
        known.update(values(reader, field, word, kept, missing, decode_positions))
        total = reader.__dict__.get("_positions_kept", 0) + len(missing)
        while cache and total > KEPT:
            total -= len(cache.pop(next(iter(cache))))
        reader.__dict__["_positions_kept"] = total
    cache[field, word] = known
    return known


def decode_positions(value: bytes) -> tuple[int, ...]:
    """What Whoosh's `decode_positions` gives (the word's positions in the record), with
    less work per record: its value is a count, then a pickled list of position steps
    (`Positions`: source, title) or of (position step, start step, length) (`Characters`:
    text, quote); the pickle's last byte may be left off."""
    if not value.endswith(b"."):
        value += b"."
    codes = loads(value[_COUNT:])
    if codes and isinstance(codes[0], int):
        return tuple(accumulate(codes))
    return tuple(accumulate(code[0] for code in codes))
