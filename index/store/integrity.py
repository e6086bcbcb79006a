"""Telling a sound index from a damaged one: cheaply every time it is opened, wholly
when the analyst runs `index` (then in a thread while an update works, see `Deep`).

After each commit the catalog records the Whoosh generation, the corpus folder it
indexes and, for every Whoosh file, its size, a digest of its two ends and a digest of
all of it. Opening compares sizes and ends (two small reads a file); `thorough` also
compares the whole files and checks the catalog page by page and row by row. Whoosh
segment files never change once written, so a file's full digest is computed once, when
it first appears, and carried over by later updates.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
import struct
import threading
import zlib
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from fnmatch import fnmatch
from pathlib import Path
from typing import BinaryIO

from whoosh.index import Index

from index.store.catalog import Catalog, reader

_WHOOSH = ("*.seg", "*.toc")
EDGE = 4096
"""Bytes read at each end of a file."""
_CHUNK = 1 << 20

_ROW_CHECKS = (
    "SELECT count(*) FROM documents WHERE typeof(size)!='integer' OR typeof(mtime)!='integer'"
    " OR NOT json_valid(passages) OR json_type(passages)!='array'"
    " OR NOT json_valid(inserted) OR json_type(inserted)!='array'"
    " OR NOT json_valid(warnings) OR json_type(warnings)!='array'",
    "SELECT count(*) FROM actors WHERE typeof(tie)!='integer' OR NOT json_valid(roles)"
    " OR json_type(roles)!='array' OR NOT json_valid(aliases) OR json_type(aliases)!='array'"
    " OR typeof(mentions)!='integer' OR typeof(documents)!='integer'",
    "SELECT count(*) FROM mentions WHERE typeof(start)!='integer' OR typeof(end)!='integer'"
    " OR typeof(passage)!='integer'",
    "SELECT count(*) FROM quotes WHERE typeof(start)!='integer' OR typeof(end)!='integer'"
    " OR typeof(passage)!='integer' OR typeof(text)!='text'",
    "SELECT count(*) FROM supers WHERE typeof(mentions)!='integer' OR typeof(docs)!='integer'"
    " OR typeof(mark)!='integer' OR typeof(seq)!='integer' OR typeof(term)!='text'"
    " OR NOT json_valid(roles) OR json_type(roles)!='array'",
    "SELECT count(*) FROM figures WHERE typeof(start)!='integer' OR typeof(end)!='integer'"
    " OR typeof(value) NOT IN ('real','integer') OR typeof(unit)!='text'"
    " OR typeof(measure)!='text'",
)
"""Each counts the rows of a table that the readers could not decode."""


def _ends(handle: BinaryIO, size: int) -> str:
    head = handle.read(EDGE)
    handle.seek(max(0, size - EDGE))
    return hashlib.blake2b(head + handle.read(EDGE), digest_size=8).hexdigest()


def _whole(handle: BinaryIO) -> str:
    handle.seek(0)
    digest = hashlib.blake2b(digest_size=16)
    while chunk := handle.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def manifest(
    folder: Path,
    known: dict[str, str] | None = None,
    *,
    whole: bool = True,
    names: Iterable[str] | None = None,
) -> dict[str, str]:
    """Every Whoosh file in `folder` (or those `names`) as "size:ends:whole"; a file of
    `known` (a previous manifest) with the same size and ends keeps its whole digest
    without being read. Without `whole`, only "size:ends" (two small reads a file)."""
    known = known or {}
    found: dict[str, str] = {}
    if names is None:
        paths: Iterable[Path] = (p for pattern in _WHOOSH for p in folder.glob(pattern))
    else:
        # a damaged record may name anything: only plain names of Whoosh files are read
        plain = (n for n in names if Path(n).name == n and any(fnmatch(n, w) for w in _WHOOSH))
        paths = (folder / name for name in plain)
    for path in paths:
        try:
            with path.open("rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                quick = f"{size}:{_ends(handle, size)}"
                if not whole:
                    found[path.name] = quick
                    continue
                old = known.get(path.name, "")
                kept = old.rsplit(":", 1)[1] if old.startswith(quick + ":") else ""
                found[path.name] = f"{quick}:{kept or _whole(handle)}"
        except OSError:
            continue
    return found


def record(catalog: Catalog, ix: Index, corpus_dir: Path) -> None:
    """Remember what a sound index looks like (inside the update's transaction)."""
    folder = Path(ix.storage.folder)
    catalog.set_setting("generation", str(ix.latest_generation()))
    files = manifest(folder, _recorded(catalog))
    catalog.set_setting("manifest", json.dumps(files, sort_keys=True))
    catalog.set_setting("corpus", str(corpus_dir.resolve()))


def _recorded(catalog: Catalog) -> dict[str, str]:
    try:
        found = json.loads(catalog.setting("manifest") or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def problem(catalog: Catalog, ix: Index, corpus_dir: Path) -> str:
    """What is wrong with an opened index, or "" when its files match the record by size
    and ends."""
    if catalog.setting("corpus") != str(corpus_dir.resolve()):
        return "it indexes another folder"
    if catalog.setting("generation") != str(ix.latest_generation()):
        return "its word index and catalog differ"
    expected = _recorded(catalog)
    if not expected:
        return "its catalog is damaged"
    live = manifest(Path(ix.storage.folder), whole=False)
    quick = {name: ":".join(value.split(":")[:2]) for name, value in expected.items()}
    if any(live.get(name) != value for name, value in quick.items()):
        return "files of its word index are missing or damaged"
    return ""


def thorough_problem(catalog: Catalog, ix: Index, corpus_dir: Path) -> str:
    """`problem`, then every byte of the Whoosh files against their digests, every page
    of the catalog, and every row's types: what `index` checks before saying an index
    is sound."""
    found = problem(catalog, ix, corpus_dir)
    return found or _deep(Path(ix.storage.folder), _recorded(catalog), catalog.db)


def _deep(folder: Path, expected: dict[str, str], db: sqlite3.Connection) -> str:
    """What `thorough_problem` reads past `problem`: the files of the record `expected`
    whole, and the catalog through `db`."""
    # SQLite checks the catalog while the Whoosh files are read and hashed: both let go
    # of the GIL, so the two take the time of the longer
    with ThreadPoolExecutor(1) as pool:
        checked = pool.submit(lambda: db.execute("PRAGMA quick_check").fetchone())
        live = manifest(folder, names=expected)  # every file read whole, nothing carried
        # over; a record of an older version holds sizes and ends only: those are compared
        damaged = any(not live.get(k, "").startswith(v) for k, v in expected.items())
        check = checked.result()
    if damaged:
        return "files of its word index are damaged"
    if check is None or check[0] != "ok":
        return "its catalog is damaged"
    for statement in _ROW_CHECKS:
        if db.execute(statement).fetchone()[0]:
            return "its catalog holds rows that cannot be read"
    return ""


class Damaged(Exception):
    """What `Deep.confirm` raises when the index turned out damaged; the message is why."""


class Deep:
    """`thorough_problem` past `problem`, for an index as it was when this was made,
    run from `start` on in a thread with a connection of its own, so that an update
    works meanwhile: hashing and SQLite's check let go of the GIL, and an update's last
    steps (merging actors, writing the catalog) keep one core. The update adds files
    beside those read, and commits its transaction only after `confirm` (the catalog is
    read as it was last committed); it starts the thread only once it forks no more
    workers (a thread holding a lock when a process forks leaves it held in the child).
    The thread is a daemon: a stopped update does not wait for it (see `cancel`)."""

    THREAD = "borderlens-deep-check"

    def __init__(self, catalog: Catalog, ix: Index) -> None:
        self._args = (Path(ix.storage.folder), _recorded(catalog), catalog.path)
        self._thread: threading.Thread | None = None
        self._db: sqlite3.Connection | None = None
        self._found = ""

    def start(self) -> None:
        """Start reading, if not started yet."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self.THREAD, daemon=True)
            self._thread.start()

    def _run(self) -> None:
        folder, expected, path = self._args
        try:
            self._db = reader(path)
            try:
                self._found = _deep(folder, expected, self._db)
            finally:
                self._db.close()
        except Exception as error:  # the check itself cannot read the index
            self._found = f"it cannot be read ({type(error).__name__})"

    def problem(self) -> str:
        """What is wrong with the index, or "" (waits for the check to end)."""
        self.start()
        assert self._thread is not None
        self._thread.join()
        return self._found

    def confirm(self) -> None:
        """Raise `Damaged` if the index is damaged (waits for the check to end)."""
        found = self.problem()
        if found:
            raise Damaged(found)

    def cancel(self) -> None:
        """Stop SQLite's part of the check (the update it served was stopped)."""
        db = self._db
        if db is not None:
            try:
                db.interrupt()
            except sqlite3.ProgrammingError:  # closed meanwhile: done already
                pass


DAMAGE: tuple[type[BaseException], ...] = (
    sqlite3.DatabaseError, ValueError, TypeError, IndexError, EOFError,
    struct.error, pickle.UnpicklingError, zlib.error,
)  # fmt: skip
"""What reading a damaged index raises: SQLite's "malformed" errors, rows of the wrong
type or shape, Whoosh files cut short or overwritten."""


def unusable(folder: Path, reason: str) -> str:
    """The warning given when the index in `folder` is rebuilt for `reason`."""
    return f"the index at {folder} is unusable ({reason}); rebuilding it"


def is_damage(error: BaseException) -> bool:
    """True for what reading a damaged index raises: `DAMAGE`, and the bare `Exception`
    Whoosh raises on a block of postings it cannot decode ("Block tag error")."""
    return isinstance(error, DAMAGE) or type(error) is Exception


CERTAIN: tuple[type[BaseException], ...] = (
    sqlite3.DatabaseError, EOFError, struct.error, pickle.UnpicklingError, zlib.error,
    json.JSONDecodeError, UnicodeDecodeError,
)  # fmt: skip
"""Errors only damage raises when the index is read (what it decodes was written by us)."""


def confirmed_damage(error: BaseException, catalog: Catalog, ix: Index, corpus_dir: Path) -> bool:
    """True when `error`, raised while reading the index, comes from damage: one of
    `CERTAIN`, or another of `is_damage` (a TypeError, an IndexError, Whoosh's bare
    Exception: a bug raises those too) when `thorough_problem` finds the index damaged.
    A bug is then not taken for damage, and the index not rebuilt at every call."""
    if isinstance(error, CERTAIN):
        return True
    if not is_damage(error):
        return False
    try:
        return bool(thorough_problem(catalog, ix, corpus_dir))
    except Exception:  # the check itself cannot read the index
        return True


def damage_reason(error: BaseException) -> str:
    """A one-line reason for a reading error of `DAMAGE`."""
    if isinstance(error, sqlite3.DatabaseError):
        return f"its catalog is damaged ({error})"
    return f"it cannot be read ({type(error).__name__})"
