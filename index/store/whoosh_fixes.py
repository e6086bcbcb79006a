"""Two fixes to Whoosh-Reloaded 2.7.5 (pinned), applied when the store is imported.

`BufferFile`, the file Whoosh makes of each part of a memory-mapped segment (postings,
terms, columns), wraps it in a `BytesIO`, which copies the part whole into memory: at
10,000 articles a first search made the process grow by 620 MB. It reads through the
map instead.

`W3PerDocReader._cached_reader` caches a field's length column only when the file
exists; for a field without lengths it asks the file system again on every call, and
writing or scoring a segment calls it once per posting. The absence is cached too: a
segment's files never change once written.
"""

from __future__ import annotations

import io
from typing import Any

from whoosh.codec import whoosh3
from whoosh.filedb import structfile


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
