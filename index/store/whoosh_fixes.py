"""Three fixes to Whoosh-Reloaded 2.7.5 (pinned), applied when the store is imported.

`BufferFile`, the file Whoosh makes of each part of a memory-mapped segment (postings,
terms, columns), wraps it in a `BytesIO`, which copies the part whole into memory: at
10,000 articles a first search made the process grow by 620 MB. It reads through the
map instead.

`W3PerDocReader._cached_reader` caches a field's length column only when the file
exists; for a field without lengths it asks the file system again on every call, and
writing or scoring a segment calls it once per posting. The absence is cached too: a
segment's files never change once written.

`FileIndex._reader`, given a reader to reuse (`Searcher.refresh`), adds that reader's
segments to those of the index's table of contents when they are not in it: segments
merged away, or all of them once another process rebuilt the index, are read again
beside their successors, and every hit came twice. It reuses a reader only for a
segment the table of contents lists.
"""

from __future__ import annotations

import io
from typing import Any

from whoosh.codec import whoosh3
from whoosh.filedb import structfile
from whoosh.index import FileIndex
from whoosh.reading import EmptyReader, MultiReader, SegmentReader


def _cached_reader(self: Any, fieldname: str, column: Any) -> Any:
    readers = self._readers
    if fieldname not in readers:
        found = self.has_column(fieldname)
        readers[fieldname] = self.column_reader(fieldname, column) if found else None
    return readers[fieldname]


whoosh3.W3PerDocReader._cached_reader = _cached_reader


class _ViewReader(io.RawIOBase):
    """A read-only file over a memoryview (of the segment's memory map): reads copy what
    they read, never the whole view."""

    def __init__(self, view: memoryview) -> None:
        super().__init__()
        self._view = view
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = max(0, min(len(buffer), len(self._view) - self._pos))
        buffer[:size] = self._view[self._pos : self._pos + size]
        self._pos += size
        return size

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos


def _buffer_file_init(self: Any, buf: Any, name: str | None = None, onclose: Any = None) -> None:
    self._buf = buf
    self._name = name
    self.file = io.BufferedReader(_ViewReader(memoryview(buf)))
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


structfile.BufferFile.__init__ = _buffer_file_init


def _reader(
    cls: Any, storage: Any, schema: Any, segments: list[Any], generation: int, reuse: Any = None
) -> Any:
    if not segments:
        return EmptyReader(schema)
    reusable = {}
    if reuse is not None:
        reusable = {r.segment(): r for r, _ in reuse.leaf_readers() if r.segment() is not None}

    def reader_of(segment: Any) -> Any:
        found = reusable.pop(segment, None)
        return found or SegmentReader(storage, schema, segment, generation=generation)

    try:
        if len(segments) == 1:
            return reader_of(segments[0])
        return MultiReader([reader_of(s) for s in segments], generation=generation)
    finally:
        for unused in reusable.values():
            unused.close()


FileIndex._reader = classmethod(_reader)
