"""The catalog beside a Whoosh index, in SQLite: articles, their layout and repair, the
per-article work kept for the next update, and the corpus's actors, quotes and figures.

Every read is a query for what is shown, so opening a ready index parses nothing whole;
every update is written in one transaction (WAL), so a crash leaves the old catalog or
the new one. Offsets are original-text offsets, as everywhere in the library.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.model import Metadata, Passage
from index.store import rows
from index.store.tables import TABLES

CATALOG_FILE = "catalog.sqlite"
IN_BATCH = 500
"""Values bound in one `IN (...)` of a query (`Catalog.rows_in`)."""

Stamp = tuple[int, int]
"""A file's size and modification time in nanoseconds."""


class CatalogError(Exception):
    """The catalog cannot be read: missing, damaged or of another format."""


@dataclass(frozen=True)
class Entry:
    """What the index knows of one article without reading it."""

    id: str
    path: str
    meta: Metadata
    passages: tuple[Passage, ...]
    inserted: tuple[int, ...]
    digest: str
    stamp: Stamp


class Catalog:
    """One catalog file, opened for reading and (inside `transaction`) writing."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.db = connection
        self.path = path
        self.identity = _identity(path)
        """Which file was opened: another process's rebuild puts a new one in its place."""

    def replaced(self) -> bool:
        """Whether the file at `path` is no longer the one this connection reads (another
        process rebuilt the index aside and switched it in, or removed it)."""
        return _identity(self.path) != self.identity

    @classmethod
    def open(cls, folder: Path, *, create: bool = False) -> Catalog:
        """The catalog in `folder`; `create` makes an empty one if there is none."""
        path = folder / CATALOG_FILE
        if not create and not path.is_file():
            raise CatalogError(f"no catalog in {folder}")
        try:
            db = _connect(path, create)
            if create:
                db.executescript(TABLES)
            db.execute("SELECT value FROM settings WHERE name='rules'").fetchone()
        except sqlite3.DatabaseError as error:
            raise CatalogError(f"{path}: {error}") from error
        return cls(db, path)

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic update: committed when the block ends, rolled back on error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def setting(self, name: str) -> str:
        """A stored setting ("rules", "schema"), or "" when unset."""
        row = self.db.execute("SELECT value FROM settings WHERE name=?", (name,)).fetchone()
        return str(row[0]) if row else ""

    def set_setting(self, name: str, value: str) -> None:
        """Store a setting (inside a transaction)."""
        self.db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (name, value))

    def doc_ids(self) -> tuple[str, ...]:
        """Every article id, in corpus order (by path)."""
        return tuple(r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY path"))

    def has_articles(self) -> bool:
        """Whether any article is indexed (one row read, where `doc_ids` reads them all)."""
        return self.db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None

    def stamps(self) -> dict[str, tuple[str, Stamp, str]]:
        """Path, stamp and content digest of every article, by id."""
        rows = self.db.execute("SELECT id, raw, size, mtime, digest FROM documents")
        return {r[0]: (os.fsdecode(r[1]), (r[2], r[3]), r[4]) for r in rows}

    def entry(self, doc_id: str) -> Entry:
        """One article's entry; KeyError when the catalog does not hold it."""
        row = self.db.execute(
            "SELECT id, raw, source, date, title, url, passages, inserted, digest, size, mtime"
            " FROM documents WHERE id=?",
            (doc_id,),
        ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return _entry(row)

    def entries(self) -> Iterator[Entry]:
        """Every article's entry, in corpus order."""
        rows = self.db.execute(
            "SELECT id, raw, source, date, title, url, passages, inserted, digest, size, mtime"
            " FROM documents ORDER BY path"
        )
        return (_entry(row) for row in rows)

    def meta(self, doc_id: str) -> Metadata:
        """Source, date, title and address of one article."""
        row = self.db.execute(
            "SELECT source, date, title, url FROM documents WHERE id=?", (doc_id,)
        ).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return Metadata(*map(rows.optional_text, row))

    def metas(self) -> dict[str, Metadata]:
        """Source, date, title and address of every article, by id."""
        found = self.db.execute("SELECT id, source, date, title, url FROM documents")
        return {r[0]: Metadata(*map(rows.optional_text, r[1:])) for r in found}

    def warnings(self) -> tuple[str, ...]:
        """What loading reported, articles first (in corpus order), then skipped files."""
        said = self.db.execute(
            "SELECT warnings FROM documents WHERE warnings != '[]' ORDER BY path"
        )
        found = [message for (text,) in said for message in rows.texts(text)]
        found += [r[0] for r in self.db.execute("SELECT problem FROM skipped ORDER BY path")]
        return tuple(found)

    def skipped(self) -> dict[str, Stamp]:
        """Files that were not articles (binary, unreadable), with their stamps."""
        rows = self.db.execute("SELECT raw, size, mtime FROM skipped")
        return {os.fsdecode(r[0]): (r[1], r[2]) for r in rows}

    def blobs(self, column: str, doc_ids: Iterable[str] | None = None) -> Iterator[tuple[str, Any]]:
        """(id, value) of a pickled per-article column ("summary" or "extraction")."""
        assert column in {"summary", "extraction"}
        if doc_ids is None:
            rows = self.db.execute(f"SELECT id, {column} FROM documents ORDER BY path")
        else:
            rows = (
                (d, r[0])
                for d in doc_ids
                for r in self.db.execute(f"SELECT {column} FROM documents WHERE id=?", (d,))
            )
        return ((doc, unpack(blob)) for doc, blob in rows)

    def doc_of_row(self, row: int) -> str:
        """The id of the article stored at `row` ("" when there is none)."""
        found = self.db.execute("SELECT id FROM documents WHERE rowid=?", (row,)).fetchone()
        return str(found[0]) if found else ""

    def row_of(self, doc_id: str) -> int | None:
        """The row an article is stored at, if it is stored."""
        found = self.db.execute("SELECT rowid FROM documents WHERE id=?", (doc_id,)).fetchone()
        return int(found[0]) if found else None

    def repairs(self, doc_ids: list[str]) -> dict[str, Repairs]:
        """Path, stamp, content digest, repair penalty (see `Dependencies.penalty`), word
        summary (packed: `unpack` it where it is read) and restored spaces of each
        article, by id."""
        columns = "id, raw, size, mtime, digest, penalty, summary, inserted"
        return {
            r[0]: (
                os.fsdecode(r[1]), (r[2], r[3]), r[4], float(r[5]), bytes(r[6]),
                rows.integers(r[7]),
            )
            for r in self._rows(columns, doc_ids)
        }  # fmt: skip

    def _rows(self, columns: str, doc_ids: list[str]) -> Iterator[tuple[Any, ...]]:
        """`columns` of the documents of `doc_ids`."""
        return self.rows_in(f"SELECT {columns} FROM documents WHERE id IN ({{marks}})", doc_ids)

    def rows_in(self, query: str, values: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
        """The rows of `query` for all of `values`, which its `IN ({marks})` takes
        `IN_BATCH` at a time (SQLite bounds the parameters of a statement)."""
        for start in range(0, len(values), IN_BATCH):
            part = values[start : start + IN_BATCH]
            yield from self.db.execute(query.format(marks=",".join("?" * len(part))), part)

    def vocabulary_lookup(self) -> VocabularyLookup:
        """Stored vocabulary counts, one key at a time, from any process (see below)."""
        return VocabularyLookup(self.path)


Repairs = tuple[str, Stamp, str, float, bytes, tuple[int, ...]]
"""What `Catalog.repairs` gives of an article."""

BUSY_MS = 5000
"""Milliseconds a write waits for another connection's transaction (Python's default)."""


def _identity(path: Path) -> str:
    """The device and inode of the file at `path` ("" when there is none)."""
    try:
        found = os.stat(path)
    except OSError:
        return ""
    return f"{found.st_dev}.{found.st_ino}"


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    """A connection in WAL mode; read-only (immutable) where the folder cannot be written,
    so a ready index on a read-only disk is still used as it stands."""
    if not create and not os.access(path.parent, os.W_OK):
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    db = sqlite3.connect(
        path, timeout=BUSY_MS / 1000, check_same_thread=False, isolation_level=None
    )
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def reader(path: Path) -> sqlite3.Connection:
    """A read-only connection of its own to the catalog at `path` (immutable where its
    folder cannot be written, as `_connect`)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


class VocabularyLookup:
    """A stored vocabulary count by kind and key, read through a connection of the
    calling process's own (a forked worker must not share its parent's)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._db: sqlite3.Connection | None = None

    def __call__(self, kind: str, key: str) -> int:
        if self._db is None or self._pid != os.getpid():
            self._db = reader(self.path)
            self._pid = os.getpid()
        row = self._db.execute(
            "SELECT count FROM vocabulary WHERE kind=? AND key=?", (kind, key)
        ).fetchone()
        return int(row[0]) if row else 0


def pack(value: object) -> bytes:
    """A per-article value as stored: pickled, then compressed (they are mostly words)."""
    return zlib.compress(pickle.dumps(value, protocol=5), 1)


def unpack(blob: bytes) -> Any:
    """The value `pack` stored."""
    return pickle.loads(zlib.decompress(blob))


def _entry(row: Sequence[Any]) -> Entry:
    meta = Metadata(*(rows.optional_text(value) for value in row[2:6]))
    return Entry(
        rows.text(row[0]),
        os.fsdecode(row[1]),
        meta,
        rows.passages(row[6]),
        rows.integers(row[7]),
        rows.text(row[8]),
        (rows.integer(row[9]), rows.integer(row[10])),
    )
