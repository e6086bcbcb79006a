"""What an update has to do: the folder compared with the catalog by size and
modification time (cheap: no article is read)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from index.corpus import doc_id_of, scan_articles
from index.store.catalog import Catalog

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


@dataclass
class Plan:
    """What an update has to do."""

    found: dict[str, tuple[str, tuple[int, int]]] = field(default_factory=dict)
    changed: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    restamped: dict[str, tuple[int, int]] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)

    @property
    def nothing(self) -> bool:
        """True when no article was added, changed or removed."""
        return not self.changed and not self.removed


def plan(catalog: Catalog, corpus_dir: Path) -> Plan:
    """Compare the folder with the catalog by size and modification time."""
    known = catalog.stamps()
    skipped = catalog.skipped()
    result = Plan()
    for path, stamp in scan_articles(corpus_dir):
        doc_id = doc_id_of(path)
        result.found[doc_id] = (path, stamp)
        old = known.get(doc_id)
        if old is not None and old[0] == path and old[1] == stamp:
            continue
        if old is None and skipped.get(path) == stamp:
            continue
        result.changed.append((path, stamp))
    result.removed = [d for d in known if d not in result.found]
    return result
