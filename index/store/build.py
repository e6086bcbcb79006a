"""Opening an index folder, or building it afresh when it is missing, damaged or stale.

Reading needs no lock. Writing takes the build lock (`lock.py`); a process that finds
another one building uses the index as it stands, or waits when there is none yet. A
full build is written beside the live index and switched in by renaming, so a reader
never sees a half-built index and a failed build leaves the previous one in place.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index

from index.corpus import Warn
from index.extract.names.aliases import AliasFileError, AliasTable, load_alias_table
from index.rules import RULES_VERSION
from index.store import integrity
from index.store.catalog import Catalog
from index.store.lock import Busy, build_lock
from index.store.planning import SCANNED, BuildReport, Plan, Progress, plan
from index.store.schema import SCHEMA_VERSION, make_schema
from index.store.writing import BuildCancelled, IndexBuildError

__all__ = ["BuildCancelled", "BuildReport", "IndexBuildError", "Progress", "open_index"]

WAIT_FOR_BUILD = 900.0
"""Seconds to wait for another process's build when there is no index to use."""

Opened = tuple[Index, Catalog]


def open_index(
    folder: Path,
    corpus_dir: Path,
    aliases: AliasTable,
    *,
    rebuild: bool = False,
    verify: bool = False,
    progress: Progress | None = None,
    warn: Warn = lambda message: None,
) -> tuple[Index, Catalog, BuildReport | None]:
    """The index of `corpus_dir` in `folder`, updated first if any article changed.

    `verify` reads every file of the index whole (see `integrity.thorough_problem`)
    instead of their sizes and ends; while an update works, when there is one (the
    update commits only once the index is found sound, see `integrity.Deep`). The
    report is None when the index was used as it stood.
    """
    report = progress or (lambda done, total, what: None)
    opened = None if rebuild else sound(folder, corpus_dir, warn)
    deep = integrity.Deep(opened[1], opened[0]) if opened is not None and verify else None
    planned = None
    if opened is not None:
        planned = _Planned(plan(opened[1], corpus_dir), _state(opened[1]), deep)
        if planned.todo.nothing:
            if not _damaged(opened, folder, deep, warn):
                return (*opened, None)
            opened = planned = None
    if opened is not None:
        try:
            with build_lock(folder.parent, wait=0.0, waiting=warn):
                return _build(folder, corpus_dir, aliases, rebuild, False, report, warn, planned)
        except Busy as busy:
            if not _damaged(opened, folder, deep, warn):
                warn(f"{busy}; using the index as it was")
                return (*opened, None)
    try:  # none, or damaged: wait for another process's build, then check again
        with build_lock(folder.parent, wait=WAIT_FOR_BUILD, waiting=warn):
            return _build(folder, corpus_dir, aliases, rebuild, verify, report, warn)
    except Busy as busy:
        raise IndexBuildError(str(busy)) from None


def _damaged(opened: Opened, folder: Path, deep: integrity.Deep | None, warn: Warn) -> bool:
    """Whether the thorough check `deep` (if any) finds the opened index damaged; it is
    then closed, with a warning."""
    wrong = deep.problem() if deep is not None else ""
    if wrong:
        _drop(opened, folder, wrong, warn)
    return bool(wrong)


def _drop(opened: Opened, folder: Path, reason: str, warn: Warn) -> None:
    """Close an index found unusable for `reason`, saying it will be rebuilt."""
    opened[1].close()
    warn(integrity.unusable(folder, reason))


def unchanged(opened: Opened, corpus_dir: Path) -> bool:
    """True when no article was added, changed or removed since the last update."""
    return plan(opened[1], corpus_dir).nothing


@dataclass(frozen=True)
class _Planned:
    """An update planned before the build lock was taken, and the catalog's state then."""

    todo: Plan
    state: tuple[str, str]
    deep: integrity.Deep | None = None
    """The thorough check of the index as it was, when one runs."""


def _state(catalog: Catalog) -> tuple[str, str]:
    """What tells whether another process updated the catalog since: the folder listing
    it last indexed and the Whoosh generation it matches."""
    return catalog.setting(SCANNED), catalog.setting("generation")


def _build(
    folder: Path,
    corpus_dir: Path,
    aliases: AliasTable,
    rebuild: bool,
    verify: bool,
    report: Progress,
    warn: Warn,
    planned: _Planned | None = None,
) -> tuple[Index, Catalog, BuildReport | None]:
    """Under the lock: update the index in place (as `planned` before the lock, unless
    another process updated it meanwhile), or build a new one aside."""
    from index.store.update import update  # the whole pipeline: not needed to search

    opened = None if rebuild else sound(folder, corpus_dir, lambda message: None, verify)
    if opened is not None:
        deep = planned.deep if planned is not None else None
        if planned is not None and planned.state == _state(opened[1]):
            todo = planned.todo  # a walk of the folder less (1.2 s at 50,000 articles)
        else:
            todo = plan(opened[1], corpus_dir)
            if deep is not None:  # it checks the index as it was before another update
                deep = integrity.Deep(opened[1], opened[0])
        updated = _update(opened, folder, corpus_dir, aliases, report, todo, deep, warn)
        if updated is not None:
            return updated
    aside = folder.with_name(folder.name + ".building")
    catalog = None
    try:
        ix, catalog = _fresh(aside, corpus_dir)
        built = update(ix, catalog, corpus_dir, aliases, report)
    except BaseException:
        if catalog is not None:
            catalog.close()
        shutil.rmtree(aside, ignore_errors=True)
        raise
    catalog.close()
    _switch(aside, folder)
    reopened = sound(folder, corpus_dir, warn)
    if reopened is None:
        raise IndexBuildError(f"the index built at {folder} cannot be opened")
    return (*reopened, built)


def _update(
    opened: Opened,
    folder: Path,
    corpus_dir: Path,
    aliases: AliasTable,
    report: Progress,
    todo: Plan,
    deep: integrity.Deep | None,
    warn: Warn,
) -> tuple[Index, Catalog, BuildReport | None] | None:
    """The opened index brought up to date as `todo` plans, committed once `deep` (when
    given) finds it sound; None when it is damaged (closed, with a warning)."""
    from index.store.update import update  # the whole pipeline: not needed to search

    try:
        if todo.nothing:
            if deep is not None:
                deep.confirm()
            return (*opened, None)
        return (*opened, update(*opened, corpus_dir, aliases, report, todo, deep))
    except integrity.Damaged as damaged:
        _drop(opened, folder, str(damaged), warn)
        return None


def sound(folder: Path, corpus_dir: Path, warn: Warn, verify: bool = False) -> Opened | None:
    """The index and catalog in `folder` if both open, were made by these rules for
    this folder, and match their record; None (with a warning if damaged) otherwise."""
    if not (folder / "catalog.sqlite").is_file():
        return None
    catalog = None
    try:
        catalog = Catalog.open(folder)
        if catalog.setting("rules") != RULES_VERSION:
            catalog.close()
            return None
        ix = whoosh_index.open_dir(str(folder))
        check = integrity.thorough_problem if verify else integrity.problem
        wrong = check(catalog, ix, corpus_dir)
        if not wrong:
            return ix, catalog
    except Exception as error:
        wrong = f"it cannot be opened ({type(error).__name__})"
    if catalog is not None:
        catalog.close()
    warn(integrity.unusable(folder, wrong))
    return None


def _fresh(folder: Path, corpus_dir: Path) -> Opened:
    """An empty index and catalog in `folder`."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ix = whoosh_index.create_in(str(folder), make_schema())
    catalog = Catalog.open(folder, create=True)
    with catalog.transaction():
        catalog.set_setting("rules", RULES_VERSION)
        catalog.set_setting("schema", str(SCHEMA_VERSION))
        integrity.record(catalog, ix, corpus_dir)
    return ix, catalog


def _switch(built: Path, folder: Path) -> None:
    """Put the index built in `built` in the place of `folder`, and drop older versions."""
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        folder.rename(old)
    built.rename(folder)
    shutil.rmtree(old, ignore_errors=True)
    for stale in folder.parent.glob("v*"):
        if stale.name != folder.name and stale.is_dir() and stale.name[1:].isdigit():
            shutil.rmtree(stale, ignore_errors=True)


def alias_table(warn: Warn) -> AliasTable:
    """The alias table; a malformed file of the analyst's is reported and left aside."""
    try:
        return load_alias_table(None)
    except (AliasFileError, OSError) as error:
        warn(f"{error}; using the shipped aliases only")
        return load_alias_table(Path("/nonexistent/aliases.toml"))
