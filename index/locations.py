"""Where borderlens finds its bundled corpus and keeps its caches and configuration."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from platformdirs import user_cache_path, user_config_path

APP = "borderlens"
CACHE_ENV = "BORDERLENS_CACHE_DIR"
"""Environment variable that moves the cache (tests and read-only homes use it)."""


def bundled_corpus() -> Path:
    """The articles that ship with borderlens (inside the wheel, or beside a checkout)."""
    packaged = Path(__file__).parent / "bundled_corpus"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "corpus"


def cache_root() -> Path:
    """The folder that holds every index borderlens builds."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else user_cache_path(APP, appauthor=False)


def config_dir() -> Path:
    """The folder of the analyst's own settings (for instance `aliases.toml`)."""
    return user_config_path(APP, appauthor=False)


def index_dir(corpus_dir: Path, schema_version: int, root: Path | None = None) -> Path:
    """The index of one corpus folder, keyed by its absolute path and the schema version."""
    resolved = corpus_dir.resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:12]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", resolved.name)[:40] or "corpus"
    return (root or cache_root()) / f"{name}-{digest}" / f"v{schema_version}"
