"""The catalog beside a Whoosh index: file stamps, documents' layout and extracted knowledge.

It is what makes opening a ready index instant: the app reads it instead of loading,
repairing and mining every article again.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from index.model import Actor, Figure, Knowledge, Mention, Metadata, Passage, Quote

CATALOG_FILE = "catalog.json"
Stamp = tuple[int, int]
"""A file's size and modification time in nanoseconds."""


@dataclass(frozen=True)
class Entry:
    """What the index knows of one document without reading it."""

    id: str
    path: str
    meta: Metadata
    passages: tuple[Passage, ...]
    inserted: tuple[int, ...]
    fingerprint: str


@dataclass(frozen=True)
class Catalog:
    """Everything an index needs besides Whoosh's own files."""

    stamps: dict[str, Stamp] = field(default_factory=dict)
    code: str = ""
    """The rules version (`index.rules.RULES_VERSION`) the index was built with."""
    entries: dict[str, Entry] = field(default_factory=dict)
    knowledge: Knowledge = field(default_factory=Knowledge)
    warnings: tuple[str, ...] = ()
    """What loading the corpus reported (unreadable files, bad sidecars)."""


def read_catalog(folder: Path) -> Catalog | None:
    """The catalog stored in `folder`, or None when missing or unreadable."""
    try:
        data = json.loads((folder / CATALOG_FILE).read_text(encoding="utf-8"))
        return _catalog(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_catalog(folder: Path, catalog: Catalog) -> None:
    """Store `catalog` atomically: a crash leaves the old one or the new one, never half."""
    temporary = folder / f".{CATALOG_FILE}.tmp"
    temporary.write_text(json.dumps(asdict(catalog), ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, folder / CATALOG_FILE)


def _catalog(data: dict[str, Any]) -> Catalog:
    return Catalog(
        stamps={k: (int(v[0]), int(v[1])) for k, v in data["stamps"].items()},
        code=data["code"],
        entries={k: _entry(v) for k, v in data["entries"].items()},
        knowledge=_knowledge(data["knowledge"]),
        warnings=tuple(data["warnings"]),
    )


def _entry(data: dict[str, Any]) -> Entry:
    return Entry(
        id=data["id"],
        path=data["path"],
        meta=Metadata(**data["meta"]),
        passages=tuple(Passage(**p) for p in data["passages"]),
        inserted=tuple(data["inserted"]),
        fingerprint=data["fingerprint"],
    )


def _knowledge(data: dict[str, Any]) -> Knowledge:
    return Knowledge(
        actors=tuple(_actor(a) for a in data["actors"]),
        quotes=tuple(Quote(**q) for q in data["quotes"]),
        figures=tuple(Figure(**f) for f in data["figures"]),
    )


def _actor(data: dict[str, Any]) -> Actor:
    return Actor(
        id=data["id"],
        name=data["name"],
        type=data["type"],
        roles=tuple(data["roles"]),
        aliases=tuple(data["aliases"]),
        mentions=tuple(Mention(**m) for m in data["mentions"]),
    )
