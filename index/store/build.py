"""Opening an index folder, or building it afresh when it is missing, damaged or stale."""

from __future__ import annotations

import shutil
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index

from index.corpus import Warn
from index.extract.names.aliases import AliasTable
from index.rules import RULES_VERSION
from index.store.catalog import Catalog, CatalogError
from index.store.schema import SCHEMA_VERSION, make_schema
from index.store.update import BuildReport, Progress, plan, update
from index.store.writing import IndexBuildError

__all__ = ["BuildReport", "IndexBuildError", "Progress", "open_index"]


def open_index(
    folder: Path,
    corpus_dir: Path,
    aliases: AliasTable,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    warn: Warn = lambda message: None,
) -> tuple[Index, Catalog, BuildReport | None]:
    """The index of `corpus_dir` in `folder`, updated first if any article changed.

    The report is None when the index was ready as it stood.
    """
    report = progress or (lambda done, total, what: None)
    opened = None if rebuild else _existing(folder, warn)
    if opened is not None:
        ix, catalog = opened
        todo = plan(catalog, corpus_dir)
        if not todo.changed and not todo.removed:
            return ix, catalog, None
    else:
        ix, catalog = _fresh(folder)
    return ix, catalog, update(ix, catalog, corpus_dir, aliases, report)


def _existing(folder: Path, warn: Warn) -> tuple[Index, Catalog] | None:
    """The index and catalog in `folder` if both open and were made by these rules."""
    if not folder.exists():
        return None
    try:
        catalog = Catalog.open(folder)
        if catalog.setting("rules") != RULES_VERSION:
            catalog.close()
            return None
        ix = whoosh_index.open_dir(str(folder))
        ix.reader().close()
        return ix, catalog
    except (CatalogError, Exception):
        warn(f"index at {folder} is damaged or incomplete; rebuilding it")
        return None


def _fresh(folder: Path) -> tuple[Index, Catalog]:
    """An empty index and catalog in `folder`, replacing it and older schema versions."""
    for old in folder.parent.glob("v*"):
        if old != folder and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ix = whoosh_index.create_in(str(folder), make_schema())
    catalog = Catalog.open(folder, create=True)
    with catalog.transaction():
        catalog.set_setting("rules", RULES_VERSION)
        catalog.set_setting("schema", str(SCHEMA_VERSION))
    return ix, catalog
