"""Whoosh writing for an update: one writer holds the lock, workers add segments."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from whoosh.index import TOC, Index, clean_files
from whoosh.writing import SegmentWriter

from index.store.pool import Writer


class IndexBuildError(Exception):
    """The index cannot be built or opened (for instance, another process holds its lock)."""


class BuildCancelled(Exception):
    """Raised by a progress callback to stop a build; the previous index stays as it was."""


def open_writer(ix: Index) -> Writer:
    """The writer that deletes, merges small segments and commits (it takes the lock)."""
    try:
        return Writer(ix)
    except Exception as error:
        raise IndexBuildError(f"cannot write the index: {error or type(error).__name__}") from error


def delete_documents(writer: SegmentWriter, doc_ids: Iterable[str]) -> None:
    """Mark every record of these articles deleted."""
    for doc_id in doc_ids:
        writer.delete_by_term("doc", doc_id)


def commit(writer: SegmentWriter, segments: list[Any]) -> None:
    """Commit the writer's work together with the segments that workers wrote.

    This is what Whoosh's own multi-segment writer does at commit (`MpWriter._commit`):
    existing segments are merged by the usual policy, the workers' segments are added
    to the table of contents as they are.
    """
    if not segments:
        writer.commit()
        return
    final = writer._merge_segments(None, False, True)
    final += segments
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()


def discard(writer: SegmentWriter, ix: Index) -> None:
    """After a failed update: release the writer and remove every file the update wrote
    (sorting pools, segments of workers that never reached the table of contents), so
    a full disk leaves the previous index as it was and nothing partial beside it.
    Each step goes on when the one before it fails (on a full disk, closing can fail)."""
    try:
        if not writer.is_closed:
            writer.cancel()
    except Exception:  # the lock is released below all the same
        try:
            writer.writelock.release()
        except Exception:
            pass
    folder = Path(ix.storage.folder)
    for scratch in folder.glob("*.tmp"):
        shutil.rmtree(scratch, ignore_errors=True)  # Whoosh's pools
    try:
        generation = ix.latest_generation()
        toc = TOC.read(ix.storage, ix.indexname, generation)
        clean_files(ix.storage, ix.indexname, generation, toc.segments)
    except Exception:  # an unreadable TOC is found and rebuilt at the next open
        pass
