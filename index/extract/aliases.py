"""The curated alias table, extendable by the analyst's own TOML file. (stub)"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class AliasTable:
    """Canonical names and the aliases that stand for them."""

    groups: tuple[tuple[str, ...], ...] = field(default=())


def load_alias_table(user_file: Path | None = None) -> AliasTable:
    """The shipped table, extended or corrected by `user_file` when given."""
    return AliasTable()
