"""One fix to Whoosh-Reloaded 2.7.5 (pinned), applied when the store is imported.

`W3PerDocReader._cached_reader` caches a field's length column only when the file
exists; for a field without lengths it asks the file system again on every call, and
writing or scoring a segment calls it once per posting. The absence is cached too: a
segment's files never change once written.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec import whoosh3


def _cached_reader(self: Any, fieldname: str, column: Any) -> Any:
    readers = self._readers
    if fieldname not in readers:
        found = self.has_column(fieldname)
        readers[fieldname] = self.column_reader(fieldname, column) if found else None
    return readers[fieldname]


whoosh3.W3PerDocReader._cached_reader = _cached_reader
