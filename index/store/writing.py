"""Whoosh writing for an update: one writer holds the lock, workers add segments."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whoosh.index import Index
from whoosh.writing import SegmentWriter


class IndexBuildError(Exception):
    """The index cannot be built or opened (for instance, another process holds its lock)."""


class BuildCancelled(Exception):
    """Raised by a progress callback to stop a build; the previous index stays as it was."""


def open_writer(ix: Index) -> SegmentWriter:
    """The writer that deletes, merges small segments and commits (it takes the lock)."""
    try:
        return SegmentWriter(ix)
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
