"""Building and updating the Whoosh index of a corpus folder, incrementally."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index

from index.corpus.load import Warn, article_paths, doc_id_for, load_corpus
from index.extract import extract_corpus
from index.model import Document, Knowledge
from index.rules import RULES_VERSION
from index.store.catalog import Catalog, Entry, Stamp, read_catalog, write_catalog
from index.store.records import by_document, document_records, fingerprint
from index.store.schema import make_schema

PARALLEL_MIN = 100
"""Changed articles from which two writer processes pay for their start-up (whoosh-notes §5)."""

Progress = Callable[[int, int, str], None]
"""Called with (done, total, what) as a build advances."""


class IndexBuildError(Exception):
    """The index cannot be built or opened (for instance, another process holds its lock)."""


@dataclass(frozen=True)
class BuildReport:
    """What an update did."""

    added: int
    updated: int
    removed: int
    unchanged: int


def stamps(corpus_dir: Path) -> dict[str, Stamp]:
    """Size and modification time of every article, by document id."""
    found = {}
    for path in article_paths(corpus_dir):
        stat = path.stat()
        found[doc_id_for(corpus_dir, path)] = (stat.st_size, stat.st_mtime_ns)
    return found


def open_whoosh(folder: Path) -> Index | None:
    """The Whoosh index in `folder`, or None if it is missing or cannot be opened."""
    try:
        return whoosh_index.open_dir(str(folder)) if whoosh_index.exists_in(str(folder)) else None
    except Exception:
        return None


def fresh_whoosh(folder: Path) -> Index:
    """An empty index in `folder`, replacing it and the indexes of older schema versions."""
    for old in folder.parent.glob("v*"):
        if old != folder and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return whoosh_index.create_in(str(folder), make_schema())


def update(
    folder: Path,
    corpus_dir: Path,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    warn: Warn = lambda message: None,
) -> tuple[Index, Catalog, BuildReport]:
    """Bring the index in `folder` up to date with `corpus_dir`; re-index only what changed."""
    report = progress or (lambda done, total, what: None)
    ix, catalog = _existing(folder, rebuild, warn)
    found = stamps(corpus_dir)
    problems: list[str] = []

    def note(message: str) -> None:
        problems.append(message)
        warn(message)

    documents = load_corpus(corpus_dir, note, lambda done, total: report(done, total, "reading"))
    report(0, 1, "finding actors, quotes and figures")
    knowledge = extract_corpus(documents)
    plan = _plan(documents, knowledge, catalog)
    counts = _write(ix, plan, catalog, report)
    entries = {doc.id: _entry(doc, corpus_dir, plan[doc.id][1]) for doc in documents}
    catalog = Catalog(found, RULES_VERSION, entries, knowledge, tuple(problems))
    write_catalog(folder, catalog)
    return ix, catalog, counts


def _existing(folder: Path, rebuild: bool, warn: Warn) -> tuple[Index, Catalog]:
    ix = None if rebuild else open_whoosh(folder)
    catalog = read_catalog(folder) if ix is not None else None
    if ix is None or catalog is None:
        if folder.exists() and not rebuild:
            warn(f"index at {folder} is damaged or incomplete; rebuilding it")
        return fresh_whoosh(folder), Catalog()
    return ix, catalog


Plan = dict[str, tuple[list[dict[str, object]], str]]


def _plan(documents: Sequence[Document], knowledge: Knowledge, catalog: Catalog) -> Plan:
    known = by_document(knowledge)
    plan = {}
    for doc in documents:
        records = document_records(doc, known[doc.id])
        plan[doc.id] = (records, fingerprint(records))
    return plan


def _write(ix: Index, plan: Plan, catalog: Catalog, report: Progress) -> BuildReport:
    old = {k: e.fingerprint for k, e in catalog.entries.items()}
    changed = [d for d, (_, fp) in plan.items() if old.get(d) != fp]
    removed = [d for d in old if d not in plan]
    unchanged = len(plan) - len(changed)
    if not changed and not removed:
        return BuildReport(0, 0, 0, unchanged)
    parallel = len(changed) >= PARALLEL_MIN
    try:
        writer = ix.writer(procs=2, multisegment=True) if parallel else ix.writer()
    except Exception as error:
        raise IndexBuildError(f"cannot write the index: {error}") from error
    for doc_id in removed + [d for d in changed if d in old]:
        writer.delete_by_term("doc", doc_id)
    for done, doc_id in enumerate(changed, 1):
        for record in plan[doc_id][0]:
            writer.add_document(**record)
        report(done, len(changed), "indexing")
    writer.commit(optimize=not old and not parallel)
    added = sum(1 for d in changed if d not in old)
    return BuildReport(added, len(changed) - added, len(removed), unchanged)


def _entry(doc: Document, corpus_dir: Path, fp: str) -> Entry:
    path = doc.path.relative_to(corpus_dir).as_posix()
    return Entry(doc.id, path, doc.meta, doc.passages, doc.repaired.inserted, fp)
