"""The articles of a corpus folder: their paths, stamps, ids and names as text."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from index.corpus.metadata import SIDECAR_SUFFIX

ARTICLE_SUFFIXES = (".txt",)
"""File endings read as articles."""

Stamp = tuple[int, int]
"""A file's size and modification time in nanoseconds; an article with a metadata
sidecar ("x.toml" beside "x.txt") adds the sidecar's size plus one and takes the later
of the two times, so that adding, editing or removing a sidecar changes the stamp."""


class CorpusError(Exception):
    """The corpus folder cannot be read at all."""


def article_paths(folder: Path, warn: Callable[[str], None] = lambda message: None) -> list[Path]:
    """Every article file under `folder`, in a stable order."""
    return [folder / relative for relative, _ in scan_articles(folder, warn)]


def scan_articles(
    folder: Path, warn: Callable[[str], None] = lambda message: None
) -> list[tuple[str, Stamp]]:
    """Every article under `folder` as (path relative to it, (size, mtime ns)), sorted.

    One `scandir` walk: a file that vanishes while it is walked is left out; a
    sub-folder that cannot be listed is left out with a warning.
    """
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder")
    found: list[tuple[str, Stamp]] = []
    pending = [("", str(folder))]
    while pending:
        prefix, directory = pending.pop()
        try:
            entries = list(os.scandir(directory))
        except OSError as error:
            if prefix:
                warn(f"{display_path(prefix)}: skipped, cannot be read ({error.strerror})")
            continue
        sidecars = {e.name: e for e in entries if e.name.endswith(SIDECAR_SUFFIX)}
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((f"{prefix}{entry.name}/", entry.path))
                elif entry.name.lower().endswith(ARTICLE_SUFFIXES) and entry.is_file():
                    stamp = _stamp(entry, sidecars.get(_sidecar_name(entry.name)))
                    found.append((prefix + entry.name, stamp))
            except OSError:
                continue
    return sorted(found)


def _sidecar_name(name: str) -> str:
    stem, dot, _ = name.rpartition(".")
    return (stem if dot else name) + SIDECAR_SUFFIX


def _stamp(article: os.DirEntry[str], sidecar: os.DirEntry[str] | None) -> Stamp:
    stat = article.stat()
    size, mtime = stat.st_size, stat.st_mtime_ns
    try:
        if sidecar is not None and sidecar.is_file():
            side = sidecar.stat()
            size, mtime = size + side.st_size + 1, max(mtime, side.st_mtime_ns)
    except OSError:  # gone meanwhile: the article alone
        pass
    return size, mtime


def doc_id_for(folder: Path, path: Path) -> str:
    """A document's id: its path below the corpus folder, without the ending."""
    return doc_id_of(path.relative_to(folder).as_posix())


def doc_id_of(relative: str) -> str:
    """The document id of an article's path relative to its corpus folder (bytes that
    are not UTF-8 in a file name shown as \\xNN escapes)."""
    shown = display_path(relative)
    stem, dot, suffix = shown.rpartition(".")
    return stem if dot and "/" not in suffix else shown


def display_path(relative: str) -> str:
    """A file name as text: undecodable bytes (kept by the OS as surrogates) as \\xNN,
    and a backslash of the name doubled, so that no two names read alike."""
    raw = relative.replace("\\", "\\\\").encode("utf-8", "surrogateescape")
    return raw.decode("utf-8", "backslashreplace")
