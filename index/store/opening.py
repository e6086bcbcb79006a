"""What `Engine` asks of an index folder besides queries: opening it (or a temporary one
when the cache cannot be used), catching up with the corpus, rebuilding it when it is
found damaged, and reading an article back as it was indexed."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index

from index.corpus import CorpusError, Warn, decode, display_path, repair_article
from index.extract.names.aliases import AliasTable
from index.model import Document
from index.paths import index_dir
from index.repair import Repaired, Vocabulary, apply_breaks
from index.store.build import BuildReport, Progress, open_index, sound, unchanged
from index.store.catalog import (
    BUSY_MS,
    Catalog,
    VocabularyLookup,
)
from index.store.digest import digest_of
from index.store.integrity import damage_reason, is_damage, unusable
from index.store.lock import Busy, build_lock
from index.store.planning import set_stale, stale_ids
from index.store.schema import SCHEMA_VERSION
from index.store.writing import IndexBuildError

Opened = tuple[Path, Index, Catalog, BuildReport | None]
"""The index folder, its Whoosh index and catalog, and what opening it built."""


def open_or_fallback(
    corpus_dir: Path,
    aliases: AliasTable,
    *,
    cache_root: Path | None,
    rebuild: bool,
    verify: bool,
    progress: Progress | None,
    warn: Warn,
) -> Opened:
    """The index of `corpus_dir` in the cache; where the cache cannot be used (a file,
    read-only, full), a temporary index for the session, removed at exit."""
    folder = index_dir(corpus_dir, SCHEMA_VERSION, cache_root)
    try:
        return folder, *_open(folder, corpus_dir, aliases, rebuild, verify, progress, warn)
    except (OSError, sqlite3.OperationalError) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        spare = Path(tempfile.mkdtemp(prefix="borderlens-"))
        atexit.register(shutil.rmtree, spare, True)
        warn(f"cannot use the cache folder ({reason}); using a temporary index in {spare}")
        folder = index_dir(corpus_dir, SCHEMA_VERSION, spare)
        return folder, *open_index(
            folder, corpus_dir, aliases, rebuild=True, progress=progress, warn=warn
        )


def _open(
    folder: Path,
    corpus_dir: Path,
    aliases: AliasTable,
    rebuild: bool,
    verify: bool,
    progress: Progress | None,
    warn: Warn,
) -> tuple[Index, Catalog, BuildReport | None]:
    """`open_index`; an index found damaged only once its catalog is read (planning the
    update, updating) is rebuilt, saying so."""
    try:
        return open_index(
            folder, corpus_dir, aliases, rebuild=rebuild, verify=verify, progress=progress,
            warn=warn,
        )  # fmt: skip
    except Exception as error:
        if rebuild or not is_damage(error) or isinstance(error, sqlite3.OperationalError):
            raise  # not damage: a cache that cannot be used, or a build that fails anew
        warn(unusable(folder, damage_reason(error)))
    return open_index(folder, corpus_dir, aliases, rebuild=True, progress=progress, warn=warn)


def catch_up(
    folder: Path, corpus_dir: Path, aliases: AliasTable, progress: Progress | None
) -> BuildReport | None:
    """Update the index in `folder` if articles were added, changed or removed, through
    connections of its own (readers of the index see the update once it is committed).

    Returns None when nothing changed or another process holds the build lock (its
    update is seen once it commits)."""
    catalog = Catalog.open(folder)
    try:
        ix = whoosh_index.open_dir(str(folder))
        if unchanged((ix, catalog), corpus_dir):
            return None
        from index.store.update import update  # the whole pipeline: only when needed

        try:
            with build_lock(folder.parent, wait=0.0):
                return update(ix, catalog, corpus_dir, aliases, progress or _silent)
        except Busy:
            return None
    finally:
        catalog.close()


def rebuild_damaged(
    folder: Path, corpus_dir: Path, aliases: AliasTable, reason: str, warn: Warn
) -> tuple[Index, Catalog, BuildReport | None]:
    """Rebuild an index found damaged while it was read, saying so."""
    warn(unusable(folder, reason))
    try:
        return open_index(folder, corpus_dir, aliases, rebuild=True, warn=warn)
    except (OSError, sqlite3.OperationalError) as error:
        raise IndexBuildError(f"the index is damaged and cannot be rebuilt: {error}") from None


def read_indexed(catalog: Catalog, corpus_dir: Path, doc_id: str) -> Document:
    """The article as indexed; CorpusError when it is gone or changed since."""
    try:
        entry = catalog.entry(doc_id)
    except KeyError:
        raise CorpusError(f"{doc_id}: not in the index (update it)") from None
    path = corpus_dir / entry.path
    try:
        data = path.read_bytes()
    except OSError:
        raise CorpusError(f"{doc_id}: no longer in the corpus folder") from None
    if digest_of(data, corpus_dir, entry.path) != entry.digest:
        _stale(catalog, doc_id)
        raise CorpusError(f"{doc_id}: changed since it was indexed (update the index)")
    text, warnings = decode(data, display_path(entry.path))
    text = text or ""
    repaired = apply_breaks(text, entry.inserted)
    return Document(doc_id, path, text, entry.meta, entry.passages, repaired, tuple(warnings))


def repair_file(
    path: Path, corpus_dir: Path, cache_root: Path | None = None
) -> tuple[Repaired, list[str]]:
    """`repair_article` of `path` weighed against the vocabulary the index of
    `corpus_dir` keeps, or against its articles read one by one when there is no index
    of these rules or it cannot be read (damaged: nothing is rebuilt for this)."""
    vocabulary = indexed_vocabulary(corpus_dir, cache_root)
    if vocabulary is not None:
        try:
            return repair_article(path, corpus_dir, vocabulary)
        except sqlite3.DatabaseError:
            pass
    return repair_article(path, corpus_dir)


def indexed_vocabulary(corpus_dir: Path, cache_root: Path | None = None) -> Vocabulary | None:
    """The vocabulary the index of `corpus_dir` keeps (as its last update left it), read
    key by key as repair asks; None when there is no sound index of these rules to read
    (`build.sound`; nothing is built or updated for it)."""
    opened = sound(index_dir(corpus_dir, SCHEMA_VERSION, cache_root), corpus_dir, _quiet)
    if opened is None:
        return None
    opened[1].close()  # the lookup reads through connections of its own
    return Vocabulary.stored(VocabularyLookup(opened[1].path))


def _stale(catalog: Catalog, doc_id: str) -> None:
    """List an article found changed under its stamp (an edit that kept its size and
    modification time) for the next update to read again (`planning.STALE`). Never
    waits: when another process is writing the catalog, or it is read-only, the
    article is left unlisted (the error the reader raises still says it changed)."""
    db = catalog.db
    try:
        db.execute("PRAGMA busy_timeout=0")
        try:
            with catalog.transaction():
                set_stale(catalog, stale_ids(catalog) | {doc_id})
        finally:
            db.execute(f"PRAGMA busy_timeout={BUSY_MS}")
    except sqlite3.Error:
        pass


def _quiet(message: str) -> None:
    """No warning given."""


def _silent(done: int, total: int, what: str) -> None:
    """No progress shown."""
