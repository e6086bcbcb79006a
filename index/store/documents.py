"""Writing articles into the catalog: entries, the per-article work kept for the next
update, their actor mentions, quotes and figures, and the files that were skipped."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence

from index.corpus import display_path
from index.model import Passage, passage_at
from index.repair import Dependencies, Vocabulary
from index.store.affected import RUNS_PER_ARTICLE, drop_runs, kept_runs, put_runs
from index.store.article import Analysis, Summary
from index.store.catalog import Catalog, Stamp, pack
from index.store.planning import UNREADABLE
from index.store.supers import put_supers, remove_supers

_DELETE = (
    "DELETE FROM documents WHERE id=?",
    "DELETE FROM consulted WHERE doc=?",
    "DELETE FROM mentions WHERE doc=?",
    "DELETE FROM quotes WHERE doc=?",
    "DELETE FROM figures WHERE doc=?",
    "DELETE FROM quote_speakers WHERE doc=?",
)


def remove_documents(catalog: Catalog, doc_ids: Iterable[str]) -> None:
    """Forget these articles entirely (inside a transaction)."""
    for doc_id in doc_ids:
        row = catalog.row_of(doc_id)
        if row is not None:
            drop_runs(catalog, row)
            remove_supers(catalog, doc_id)
        for statement in _DELETE:
            catalog.db.execute(statement, (doc_id,))


def put_document(
    catalog: Catalog, analysis: Analysis, stored_stems: set[tuple[str, str]] | None = None
) -> None:
    """Store one analysed article, replacing what the catalog held of it; `stored_stems`
    holds the (stem, word) pairs already stored in this transaction (and gets this
    article's): most words of an article are stored already, so are not sent again."""
    doc = analysis.doc_id
    remove_documents(catalog, [doc])
    meta = analysis.meta
    cursor = catalog.db.execute(
        "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            doc, display_path(analysis.path), os.fsencode(analysis.path), *analysis.stamp,
            analysis.digest,
            meta.source, meta.date, meta.title, meta.url,
            json.dumps([[p.number, p.start, p.end, p.section] for p in analysis.passages]),
            json.dumps(analysis.inserted),
            json.dumps(list(analysis.warnings), ensure_ascii=False),
            pack(analysis.words),
            pack(analysis.extraction),
            analysis.depends.penalty,
        ),
    )  # fmt: skip
    put_runs(catalog, int(cursor.lastrowid or 0), sorted(analysis.depends.searched))
    catalog.db.executemany(
        "INSERT OR IGNORE INTO consulted VALUES (?, ?)",
        ((key, doc) for key in analysis.depends.present),
    )
    _put_knowledge(catalog, analysis)
    stems = analysis.stems
    if stored_stems is not None:
        stems = tuple(pair for pair in stems if pair not in stored_stems)
        stored_stems.update(stems)
    catalog.db.executemany("INSERT OR IGNORE INTO stems VALUES (?, ?)", stems)


def keep_dependencies(catalog: Catalog, depends: Mapping[str, tuple[Dependencies, bool]]) -> None:
    """Replace what the repair of these kept articles read (`put_document` writes it for
    an analysed article), where it changed: the runs it weighed, the keys it consulted,
    its penalty. A `partial` record (True) holds what only some runs read again: it is
    added to what was kept, which it may outgrow (a rebuild records the least)."""
    for doc_id, (read, partial) in depends.items():
        if partial and not read.searched and not read.present:
            continue  # no run was touched: nothing to add
        row = catalog.row_of(doc_id)
        if row is None:
            continue
        before = kept_runs(catalog, row)
        runs = sorted(read.searched.union(before) if partial else read.searched)
        if before != runs[: RUNS_PER_ARTICLE - 1]:
            drop_runs(catalog, row)
            put_runs(catalog, row, runs)
        if partial:  # added to what was kept
            catalog.db.executemany(
                "INSERT OR IGNORE INTO consulted VALUES (?, ?)",
                ((key, doc_id) for key in read.present),
            )
            continue
        rows = catalog.db.execute("SELECT key FROM consulted WHERE doc=?", (doc_id,))
        if {r[0] for r in rows} != read.present:
            catalog.db.execute("DELETE FROM consulted WHERE doc=?", (doc_id,))
            catalog.db.executemany(
                "INSERT INTO consulted VALUES (?, ?)", ((key, doc_id) for key in read.present)
            )
        catalog.db.execute("UPDATE documents SET penalty=? WHERE id=?", (read.penalty, doc_id))


def number(passages: Sequence[Passage], offset: int) -> int:
    """The number of the passage holding `offset` (-1 for none)."""
    passage = passage_at(passages, offset)
    return -1 if passage is None else passage.number


def _put_knowledge(catalog: Catalog, analysis: Analysis) -> None:
    doc, passages, terms = analysis.doc_id, analysis.passages, analysis.terms
    extraction = analysis.extraction
    catalog.db.executemany(
        "INSERT INTO mentions VALUES (?,?,?,?,?)",
        ((doc, c.start, c.end, number(passages, c.start), terms[k]) for c, k in extraction.keyed),
    )
    nodes = put_supers(catalog, doc, display_path(analysis.path), analysis.actors)
    speakers = {q.speaker_key for q in (*extraction.quotes, *(extraction.quotes_if_surnames or ()))}
    catalog.db.executemany(
        "INSERT INTO quote_speakers VALUES (?, ?, ?)",
        ((key, doc, nodes.get(key, key)) for key in speakers if key),
    )
    catalog.db.executemany(
        "INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?)",
        (
            (doc, f.start, f.end, number(passages, f.start), f.value, f.value_max, f.unit,
             f.measure, f.context)
            for f in extraction.figures
        ),
    )  # fmt: skip


def restamp(catalog: Catalog, stamps: Mapping[str, Stamp]) -> None:
    """Record new stamps of articles whose content did not change."""
    catalog.db.executemany(
        "UPDATE documents SET size=?, mtime=? WHERE id=?",
        ((size, mtime, doc) for doc, (size, mtime) in stamps.items()),
    )


def set_skipped(
    catalog: Catalog, found: Iterable[str], skipped: Sequence[Summary], folders: Sequence[str] = ()
) -> None:
    """Remember files that could not be read, so an unchanged one is not read again, and
    what was said of the sub-folders that could not be listed (`folders`, each kept
    under its message, as long as it is said)."""
    present = {os.fsencode(path) for path in found} | {os.fsencode(f) for f in folders}
    for (raw,) in list(catalog.db.execute("SELECT raw FROM skipped")):
        if raw not in present:
            catalog.db.execute("DELETE FROM skipped WHERE raw=?", (raw,))
    catalog.db.executemany(
        "INSERT OR REPLACE INTO skipped VALUES (?,?,?,?,?)",
        ((display_path(s.path), os.fsencode(s.path), *s.stamp, s.problem) for s in skipped),
    )
    catalog.db.executemany(
        "INSERT OR REPLACE INTO skipped VALUES (?,?,?,?,?)",
        ((said, os.fsencode(said), *UNREADABLE, said) for said in folders),
    )


def save_vocabulary(catalog: Catalog, vocabulary: Vocabulary, stored: bool) -> None:
    """Store the vocabulary: the keys a `stored` vocabulary read, or all of it."""
    if not stored:
        catalog.db.execute("DELETE FROM vocabulary")
        catalog.db.executemany("INSERT INTO vocabulary VALUES (?,?,?)", vocabulary.to_rows())
        return
    rows = list(vocabulary.touched_rows())
    catalog.db.executemany(
        "DELETE FROM vocabulary WHERE kind=? AND key=?", ((k, key) for k, key, n in rows if n <= 0)
    )
    catalog.db.executemany(
        "INSERT OR REPLACE INTO vocabulary VALUES (?,?,?)", (r for r in rows if r[2] > 0)
    )
