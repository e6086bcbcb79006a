"""Every path borderlens uses: the bundled corpus, caches, settings, state and exports.

The one place that asks platformdirs; `BORDERLENS_CACHE_DIR` moves the cache (and the
clipboard file with it), `BORDERLENS_CONFIG_DIR` and `BORDERLENS_STATE_DIR` the
settings and the remembered state (tests and read-only homes use them).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from platformdirs import (
    user_cache_path,
    user_config_path,
    user_documents_path,
    user_state_path,
)

APP = "borderlens"
CACHE_ENV = "BORDERLENS_CACHE_DIR"
CONFIG_ENV = "BORDERLENS_CONFIG_DIR"
STATE_ENV = "BORDERLENS_STATE_DIR"


def bundled_corpus() -> Path:
    """The articles that ship with borderlens (inside the wheel, or beside a checkout)."""
    packaged = Path(__file__).parent / "bundled_corpus"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "corpus"


def _folder(env: str, default: Path) -> Path:
    override = os.environ.get(env)
    return Path(override) if override else default


def cache_root() -> Path:
    """The folder that holds every index borderlens builds."""
    return _folder(CACHE_ENV, user_cache_path(APP, appauthor=False))


def config_dir() -> Path:
    """The folder of the analyst's own settings."""
    return _folder(CONFIG_ENV, user_config_path(APP, appauthor=False))


def state_dir() -> Path:
    """The folder of what the app remembers between runs."""
    return _folder(STATE_ENV, user_state_path(APP, appauthor=False))


def aliases_file() -> Path:
    """The analyst's own aliases (`aliases.toml` in the config folder)."""
    return config_dir() / "aliases.toml"


def clipboard_file() -> Path:
    """Where the last copied citation is also written."""
    return cache_root() / "clipboard.txt"


def state_file() -> Path:
    """Theme, search history and the last export folder, kept across runs."""
    return state_dir() / "state.json"


def default_export_dir() -> Path:
    """Where exports go unless the analyst chose another folder."""
    return user_documents_path() / APP


def index_dir(corpus_dir: Path, schema_version: int, root: Path | None = None) -> Path:
    """The index of one corpus folder, keyed by its absolute path and the schema version."""
    resolved = corpus_dir.resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", resolved.name)[:40] or "corpus"
    return (root or cache_root()) / f"{name}-{digest}" / f"v{schema_version}"
