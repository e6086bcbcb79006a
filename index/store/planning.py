"""What an update has to do: the folder compared with the catalog by size and
modification time (cheap: no article is read)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from index.corpus import doc_id_of, scan_articles
from index.store.catalog import Catalog

UNREADABLE = (0, -1)
"""The stamp a sub-folder that cannot be listed is kept under with the skipped files (no
file has it)."""
SCANNED = "scanned"
"""The catalog setting holding the listing digest of the last update (`Plan.scanned`)."""

STALE = "stale"
"""The catalog setting listing (JSON) the articles a reader found changed under an
unchanged stamp (`opening.read_indexed`): the next update reads them again."""

Progress = Callable[[int, int, str], None]
"""Called with (done, total, what) as a build advances."""


@dataclass(frozen=True)
class BuildReport:
    """What an update did."""

    added: int
    updated: int
    removed: int
    unchanged: int
    repaired_again: int = 0
    """Unchanged articles repaired again because a word they weighed changed count."""
    indexed_again: int = 0
    """Of those, the articles whose repair changed, so analysed and indexed again."""


@dataclass
class Plan:
    """What an update has to do."""

    found: dict[str, tuple[str, tuple[int, int]]] = field(default_factory=dict)
    changed: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    restamped: dict[str, tuple[int, int]] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    scanned: str = ""
    """A digest of the folder's listing as planned (paths, sizes, modification times);
    stored by the update, so that the next plan of an unchanged folder compares one
    value instead of every article."""
    unreadable: tuple[str, ...] = ()
    """What the walk said of the sub-folders it could not list (kept as skipped)."""
    retold: bool = False
    """Whether that differs from what the catalog keeps (an update stores it)."""

    @property
    def nothing(self) -> bool:
        """True when no article was added, changed or removed, and no folder's state."""
        return not self.changed and not self.removed and not self.retold


def plan(catalog: Catalog, corpus_dir: Path) -> Plan:
    """Compare the folder with the catalog by size and modification time."""
    problems: list[str] = []
    listing = scan_articles(corpus_dir, problems.append)
    result = Plan(scanned=_listing_digest(listing, problems), unreadable=tuple(problems))
    stale = stale_ids(catalog)
    if result.scanned == catalog.setting(SCANNED) and not stale:
        return result
    known = catalog.stamps()
    skipped = catalog.skipped()
    for path, stamp in listing:
        doc_id = doc_id_of(path)
        result.found[doc_id] = (path, stamp)
        old = known.get(doc_id)
        if old is not None and old[0] == path and old[1] == stamp and doc_id not in stale:
            continue
        if old is None and skipped.get(path) == stamp:
            continue
        result.changed.append((path, stamp))
    result.removed = [d for d in known if d not in result.found]
    told = {name for name, stamp in skipped.items() if stamp == UNREADABLE}
    result.retold = told != set(problems)
    return result


def stale_ids(catalog: Catalog) -> set[str]:
    """The articles listed in the `STALE` setting."""
    try:
        listed = json.loads(catalog.setting(STALE) or "[]")
    except ValueError:
        return set()
    return {d for d in listed if isinstance(d, str)} if isinstance(listed, list) else set()


def set_stale(catalog: Catalog, doc_ids: set[str]) -> None:
    """List `doc_ids` in the `STALE` setting (inside a transaction)."""
    catalog.set_setting(STALE, json.dumps(sorted(doc_ids), ensure_ascii=False))


def _listing_digest(listing: list[tuple[str, tuple[int, int]]], problems: list[str]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for path, (size, mtime) in listing:
        digest.update(f"{path}\0{size}\0{mtime}\n".encode("utf-8", "surrogateescape"))
    for problem in problems:
        digest.update(f"{problem}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()
