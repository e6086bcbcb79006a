"""Telling a sound index from a damaged one, cheaply, every time it is opened.

After each commit the catalog records the Whoosh generation, the size and ends of every
Whoosh file and the corpus folder it indexes; an index whose files no longer match (truncated,
overwritten, deleted or copied from another corpus) is rebuilt instead of answering
wrongly or crashing.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from whoosh.index import Index

from index.store.catalog import Catalog

_WHOOSH = ("*.seg", "*.toc")
EDGE = 4096
"""Bytes read at each end of a file."""


def manifest(folder: Path) -> dict[str, str]:
    """Every Whoosh file in `folder` with its size and a digest of its two ends (where
    its header and its table of contents are), read in two small reads."""
    found: dict[str, str] = {}
    for pattern in _WHOOSH:
        for path in folder.glob(pattern):
            try:
                with path.open("rb") as handle:
                    size = os.fstat(handle.fileno()).st_size
                    head = handle.read(EDGE)
                    handle.seek(max(0, size - EDGE))
                    digest = hashlib.blake2b(head + handle.read(EDGE), digest_size=8)
            except OSError:
                continue
            found[path.name] = f"{size}:{digest.hexdigest()}"
    return found


def record(catalog: Catalog, ix: Index, corpus_dir: Path) -> None:
    """Remember what a sound index looks like (inside the update's transaction)."""
    folder = Path(ix.storage.folder)
    catalog.set_setting("generation", str(ix.latest_generation()))
    catalog.set_setting("manifest", json.dumps(manifest(folder), sort_keys=True))
    catalog.set_setting("corpus", str(corpus_dir.resolve()))


def problem(catalog: Catalog, ix: Index, corpus_dir: Path) -> str:
    """What is wrong with an opened index, or "" when it matches its record."""
    if catalog.setting("corpus") != str(corpus_dir.resolve()):
        return "it indexes another folder"
    if catalog.setting("generation") != str(ix.latest_generation()):
        return "its word index and catalog differ"
    try:
        expected = json.loads(catalog.setting("manifest") or "{}")
    except ValueError:
        return "its catalog is damaged"
    live = {k: v for k, v in manifest(Path(ix.storage.folder)).items() if k in expected}
    return "" if live == expected else "files of its word index are missing or damaged"
