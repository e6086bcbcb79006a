"""Whoosh's segment writer with a cheaper pool of postings.

Whoosh's writer puts every posting, a tuple (field, term, document, weight, value), in
a pool; past a size it sorts the pool and pickles it to a run file posting by posting,
and at commit it unpickles the runs and merges them posting by posting. Profiled on 600
generated articles (416,000 postings), the pickling, unpickling and merging took a third
of the writing. Postings arrive in document order, so `TermPool` keeps them under their
(field, term), sorts only the terms, writes a run as a few marshalled lists of terms with
their postings, and merges runs term by term. A run holds about twice as many postings in
the same memory, since a term's postings share its field and term. Runs are merged as
Whoosh merges them, a chunk of each in memory at a time.

`Writer._flush_segment` also gives Whoosh the field lengths of the new segment's
documents as lists read once, where Whoosh looked each up in its column, once per
posting.
"""

from __future__ import annotations

import heapq
import marshal
import random
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

from whoosh.writing import SegmentWriter

KEY_BYTES = 160
"""Memory of a term new to the pool, besides its text: its key, list and dict slot."""
POSTING_BYTES = 80
"""Memory of a posting in the pool, besides its value's bytes: three list slots, a
weight and the value's object."""
CHUNK = 512
"""Terms marshalled at a time in a run file (a run is read back a chunk at a time)..."""
CHUNK_VALUES = 3 * 1024
"""... or fewer, when they hold this many values (three a posting): at commit every run
holds a chunk in memory."""
OPEN_RUNS = 64
"""Runs merged at once; beyond, runs are first merged into fewer, longer ones."""

Posting = tuple[str, bytes, int, float, bytes]
_TERM = itemgetter(0, 1)


class TermPool:
    """Postings kept by (field, term), in the order added; spilled to sorted runs
    past `limitmb` megabytes. Each term's postings must come in document order (a
    writer adds documents, then the segments it merges, in that order)."""

    def __init__(self, tempstore: Any, limitmb: float) -> None:
        self._store = tempstore
        self._limit = int(limitmb * (1 << 20))
        self._terms: dict[tuple[str, bytes], list[Any]] = {}
        self._size = 0
        self._runs: list[str] = []

    def add(self, item: Posting) -> None:
        """Pool one posting."""
        key = item[:2]
        value = item[4] or b""
        found = self._terms.get(key)
        if found is None:
            self._terms[key] = [item[2], item[3], value]
            self._size += KEY_BYTES + len(key[1])
        else:
            found += (item[2], item[3], value)
        self._size += POSTING_BYTES + len(value)
        if self._size > self._limit:
            self._save()

    def iter_postings(self) -> Iterator[Posting]:
        """Every posting, sorted by field, term and document."""
        if self._runs:
            self._save()
            while len(self._runs) > OPEN_RUNS:  # longer runs, still in the order of adding
                groups = range(0, len(self._runs), OPEN_RUNS)
                self._runs = [
                    self._write(self._merged(self._runs[i : i + OPEN_RUNS])) for i in groups
                ]
            runs, self._runs = self._runs, []
            entries: Iterator[tuple[str, bytes, list[Any]]] = self._merged(runs)
        else:
            terms, self._terms = self._terms, {}
            entries = ((*key, terms[key]) for key in sorted(terms))
        for field, term, postings in entries:
            values = iter(postings)
            for doc, weight, value in zip(values, values, values, strict=True):
                yield field, term, doc, weight, value

    def cleanup(self) -> None:
        """Remove the run files left (after a commit or a cancelled write)."""
        for name in self._runs:
            try:
                self._store.delete_file(name)
            except OSError:
                pass
        self._runs = []
        self._terms = {}

    def _save(self) -> None:
        terms, self._terms, self._size = self._terms, {}, 0
        if terms:
            self._runs.append(self._write((*key, terms[key]) for key in sorted(terms)))

    def _write(self, entries: Iterator[tuple[str, bytes, list[Any]]]) -> str:
        name = f"{random.getrandbits(64):016x}.run"
        with self._store.create_file(name).raw_file() as handle:
            chunk: list[tuple[str, bytes, list[Any]]] = []
            size = 0
            for entry in entries:
                chunk.append(entry)
                size += len(entry[2])
                if len(chunk) >= CHUNK or size >= CHUNK_VALUES:
                    marshal.dump(chunk, handle)
                    chunk, size = [], 0
            if chunk:
                marshal.dump(chunk, handle)
        return name

    def _merged(self, runs: list[str]) -> Iterator[tuple[str, bytes, list[Any]]]:
        """The entries of `runs` by term; a term in several runs comes once from each,
        in the order of the runs (which is document order)."""
        return heapq.merge(*(self._read(name) for name in runs), key=_TERM)

    def _read(self, name: str) -> Iterator[tuple[str, bytes, list[Any]]]:
        handle = self._store.open_file(name).raw_file()
        try:
            while True:
                try:
                    chunk = marshal.load(handle)
                except EOFError:
                    return
                yield from chunk
        finally:
            handle.close()
            self._store.delete_file(name)


class Writer(SegmentWriter):
    """Whoosh's `SegmentWriter` with a `TermPool` and field lengths read once."""

    def __init__(self, ix: Any, *, limitmb: float = 64, **kwargs: Any) -> None:
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.pool = TermPool(self._tempstorage, limitmb)

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = _Lengths(self.per_document_reader()) if self.codec.length_stats else None
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
        self.fieldwriter.close()
        if lengths is not None:
            lengths.close()


class _Lengths:
    """A segment's field lengths by document, each field's read whole when first asked."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._fields: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        found = self._fields.get(fieldname)
        if found is None:
            read = self._reader.doc_field_length
            count = self._reader.doc_count_all()
            found = self._fields[fieldname] = [read(d, fieldname) for d in range(count)]
        return found[docnum] if docnum < len(found) else default

    def close(self) -> None:
        self._reader.close()
