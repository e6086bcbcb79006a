"""Bringing an index up to date with its corpus folder, redoing only what changed.

An update: (1) walks the folder and compares each article's size and mtime, then its
content digest, with the catalog; (2) reads the changed and new articles once to learn
their words (`Summary`); (3) moves the corpus vocabulary by those articles' summaries and
finds the unchanged articles whose repair looked up a value that moved, and checks their
repair run by run (`index.repair.recheck`), over every core; (4) analyses and indexes
exactly the changed, the new and the affected articles whose repair changed, over every
core (fewer than `PARALLEL_MIN` new and changed ones are analysed here while the workers
of step 3 check, and those workers analyse an affected article they repair again whole);
(5) merges actors across the corpus from the kept per-article extractions; (6) commits
the Whoosh segments and then the catalog, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace
from itertools import chain
from pathlib import Path

from whoosh.index import Index

from index.corpus import doc_id_of
from index.extract.names.aliases import AliasTable
from index.repair import Dependencies, Vocabulary
from index.store import integrity, workers
from index.store.affected import affected
from index.store.article import Analysis, Recheck, Summary
from index.store.catalog import Catalog, Repairs
from index.store.documents import (
    keep_dependencies,
    put_document,
    remove_documents,
    restamp,
    save_vocabulary,
    set_skipped,
)
from index.store.merging import write_knowledge
from index.store.planning import SCANNED, BuildReport, Plan, Progress, plan, set_stale, stale_ids
from index.store.records import Record
from index.store.workers import AnalysisRun, Mapped, rechecks, summaries
from index.store.writing import commit, delete_documents, discard, open_writer


def update(
    ix: Index,
    catalog: Catalog,
    corpus_dir: Path,
    aliases: AliasTable,
    progress: Progress,
    todo: Plan | None = None,
    deep: integrity.Deep | None = None,
) -> BuildReport:
    """Bring `ix` and `catalog` up to date with `corpus_dir` (as `todo` planned it, if
    given). The thorough check `deep`, if given, runs while the update ends, which
    commits nothing if it finds the index damaged (`integrity.Damaged`)."""
    confirm = deep.confirm if deep is not None else lambda: None
    todo = todo or plan(catalog, corpus_dir)
    known = catalog.stamps()
    read: list[Summary] = []
    counter = iter(range(1, len(todo.changed) + 1))
    vocabulary = Vocabulary.stored(catalog.vocabulary_lookup()) if known else Vocabulary()
    moved: set[str] = set()

    def tick() -> None:
        progress(next(counter), len(todo.changed), "reading")

    with summaries(corpus_dir, todo.changed, tick) as found:
        for summary in found:
            old = known.get(summary.doc_id)
            if old is not None and not summary.problem and old[2] == summary.digest:
                todo.restamped[summary.doc_id] = summary.stamp
            elif summary.words is not None:
                moved |= vocabulary.add(summary.words)
                read.append(replace(summary, words=None))
            else:
                read.append(summary)
    skipped = [s for s in read if s.problem]
    fresh = [s for s in read if not s.problem]
    if not fresh and not todo.removed and not any(s.doc_id in known for s in skipped):
        with catalog.transaction():
            restamp(catalog, todo.restamped)
            catalog.set_setting(SCANNED, todo.scanned)
            _unlist_stale(catalog, todo)
            set_skipped(catalog, [p for p, _ in todo.found.values()], skipped, todo.unreadable)
            integrity.record(catalog, ix, corpus_dir)
            confirm()
        return BuildReport(0, 0, 0, _unchanged(todo, known, read))
    gone = [*todo.removed, *(s.doc_id for s in read if s.doc_id in known)]
    for _, words in catalog.blobs("summary", gone):
        moved |= vocabulary.remove(words)
    moved = vocabulary.moved(moved)
    concerns = affected(catalog, ix, moved) if known else {}
    redo_ids = set(concerns) - {s.doc_id for s in read}
    redo_ids -= set(todo.removed)
    stored = catalog.repairs(sorted(redo_ids))
    again = [Summary(*stored[doc_id][:3], None) for doc_id in sorted(stored)]
    writer = open_writer(ix)
    run = AnalysisRun(ix, corpus_dir, vocabulary, aliases, writer)
    try:
        delete_documents(writer, gone)
        few = len(fresh) < workers.PARALLEL_MIN  # (read here, where tests may set it)
        here = fresh if few else []  # a few: no workers of their own
        early: list[Analysis] = []

        def meanwhile() -> None:  # analysed here while the workers check
            early.extend(run.run(here))

        checks = _checks(corpus_dir, again, stored, vocabulary, aliases, concerns, progress)
        kept, redone = _kept_repairs(checks, meanwhile)
        redo_ids -= kept.keys()
        delete_documents(writer, redo_ids)
        settled = kept.keys() | {analysis.doc_id for analysis, _ in redone}
        later = [*(() if here else fresh), *(s for s in again if s.doc_id not in settled)]
        total = len(early) + len(redone) + len(later)
        if deep is not None and not run.forks(later):
            deep.start()  # from here on this process works on one core and forks nothing
        with catalog.transaction():
            remove_documents(catalog, gone)
            keep_dependencies(catalog, kept)
            analysed, stems = [], set[tuple[str, str]]()
            indexed = chain(early, run.index(redone), run.run(later))
            for done, analysis in enumerate(indexed, 1):
                put_document(catalog, analysis, stems)
                analysed.append(analysis.doc_id)
                progress(done, total, "indexing")
            if deep is not None:
                deep.start()  # (no thread may run while workers are forked)
            progress(0, 1, "merging actors")
            restamp(catalog, todo.restamped)
            catalog.set_setting(SCANNED, todo.scanned)
            _unlist_stale(catalog, todo)
            set_skipped(catalog, [p for p, _ in todo.found.values()], skipped, todo.unreadable)
            save_vocabulary(catalog, vocabulary, stored=bool(known))
            write_knowledge(catalog, aliases, analysed)
            confirm()
            commit(writer, run.segments)
            integrity.record(catalog, ix, corpus_dir)
    except BaseException:
        run.stop()
        discard(writer, ix)
        if deep is not None:
            deep.cancel()
        raise
    added = sum(1 for s in fresh if s.doc_id not in known)
    return BuildReport(
        added,
        len(fresh) - added,
        len(todo.removed) + sum(1 for s in skipped if s.doc_id in known),
        _unchanged(todo, known, read),
        len(again),
        len(again) - len(kept),
    )


REDONE_HELD = 200
"""Articles repaired into other spaces by the checks, held with their records until
they are indexed (each holds its text about three times): more are analysed again."""


def _unlist_stale(catalog: Catalog, todo: Plan) -> None:
    """Take the articles this update read again off the stale list (one listed since it
    planned stays, for the next update)."""
    stale = stale_ids(catalog)
    if stale:
        set_stale(catalog, stale - {doc_id_of(path) for path, _ in todo.changed})


def _unchanged(todo: Plan, known: Container[str], read: list[Summary]) -> int:
    """The indexed articles left as they were (files skipped as binary are not articles)."""
    return sum(1 for d in todo.found if d in known) - sum(1 for s in read if s.doc_id in known)


def _checks(
    corpus_dir: Path,
    items: list[Summary],
    stored: dict[str, Repairs],
    vocabulary: Vocabulary,
    aliases: AliasTable,
    concerns: dict[str, frozenset[str]],
    progress: Progress,
) -> Mapped[Recheck | None]:
    """The affected articles' repairs checked again against the moved vocabulary, run
    by run, the workers started; `stored` is what the catalog kept of them
    (`Catalog.repairs`), `concerns` the moved keys that concern each (`affected`)."""
    counter = iter(range(1, len(items) + 1))

    def tick() -> None:
        progress(next(counter), len(items), "checking repairs")

    former = vocabulary.as_before()
    _ = former.evidence, vocabulary.evidence  # made here, once, before the fork
    work = [(s, concerns[s.doc_id], *stored[s.doc_id][3:]) for s in items]
    return rechecks(corpus_dir, work, vocabulary, former, aliases, tick)


def _kept_repairs(
    checks: Mapped[Recheck | None], meanwhile: Callable[[], None]
) -> tuple[dict[str, tuple[Dependencies, bool]], list[tuple[Analysis, list[Record]]]]:
    """The affected articles whose repair, checked again, restores the spaces it
    restored before: of those only what the repair read changes, so they are neither
    analysed nor indexed again. Their new dependencies, by id, and whether they are of
    some runs only (see `keep_dependencies`); and the first `REDONE_HELD` articles
    whose repair changed, analysed by the workers, to be indexed again (the others are
    analysed again after the checks). `meanwhile` runs while the workers check."""
    kept, redone = {}, []
    with checks:
        meanwhile()
        for check in checks:
            if check is None:
                continue
            if check.inserted is None:
                kept[check.doc_id] = (check.depends, True)
            elif check.analysed is None:
                kept[check.doc_id] = (check.depends, False)
            elif len(redone) < REDONE_HELD:
                redone.append(check.analysed)
    return kept, redone
