"""The curated alias table, extendable by the analyst's own TOML file.

The shipped table (`data/aliases.toml`) names the well-known actors of the domain; an
analyst extends or corrects it with a file of the same format in the config directory.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from index.extract.names.keys import KEYS_KEPT, translit_key
from index.paths import aliases_file

DATA_FILE = Path(__file__).parent / "data" / "aliases.toml"
"""The alias table shipped with borderlens."""

ACTOR_TYPES = frozenset({"person", "organization", "country"})
"""The types an actor may have."""

_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}s?$|^[A-Z][a-z]?[A-Z]{1,4}$")


class AliasFileError(ValueError):
    """An alias file that cannot be read as an alias table."""


@dataclass(frozen=True)
class AliasEntry:
    """One actor the table knows: canonical name, type and other names."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class AliasTable:
    """Canonical names and the aliases that stand for them."""

    entries: tuple[AliasEntry, ...] = field(default=())

    @cached_property
    def _index(self) -> dict[str, AliasEntry]:
        return {name_key(n): e for e in reversed(self.entries) for n in e.names()}

    @cached_property
    def lowercase_names(self) -> frozenset[str]:
        """The multi-word organisation names of the table, lower-cased."""
        names = (n for e in self.entries if e.type == "organization" for n in e.names())
        return frozenset(n.lower() for n in names if " " in n)

    def lookup(self, name: str) -> AliasEntry | None:
        """The entry that `name` (in any spelling the table folds together) stands for."""
        return self._index.get(name_key(name))


@lru_cache(maxsize=KEYS_KEPT)
def name_key(name: str) -> str:
    """The lookup key of a name: exact for acronyms, transliteration-folded otherwise."""
    compact = name.replace(".", "")
    if _ACRONYM.match(compact):
        return "ACR:" + compact
    return translit_key(name)


def read_entries(path: Path) -> list[tuple[AliasEntry, bool]]:
    """The entries of one alias file, each with its `replace` flag.

    Raises:
        AliasFileError: the file is not valid TOML or an entry is malformed.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise AliasFileError(f"{path}: {error}") from error
    raw = data.get("actor", [])
    if not isinstance(raw, list):
        raise AliasFileError(f"{path}: [[actor]] entries expected")
    return [_entry(item, path) for item in raw]


def _entry(item: object, path: Path) -> tuple[AliasEntry, bool]:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise AliasFileError(f"{path}: every [[actor]] needs a name")
    kind = item.get("type", "organization")
    aliases = item.get("aliases", [])
    if kind not in ACTOR_TYPES or not isinstance(aliases, list):
        raise AliasFileError(f"{path}: {item['name']}: bad type or aliases")
    entry = AliasEntry(item["name"], str(kind), tuple(str(a) for a in aliases))
    return entry, bool(item.get("replace", False))


def merge_entries(
    base: Iterable[AliasEntry], extra: Iterable[tuple[AliasEntry, bool]]
) -> tuple[AliasEntry, ...]:
    """`base` with every `extra` entry merged into (or replacing) the entry it names."""
    entries = list(base)
    for entry, replace in extra:
        keys = {name_key(n) for n in entry.names()}
        hits = [i for i, e in enumerate(entries) if keys & {name_key(n) for n in e.names()}]
        if hits and not replace:
            old = entries[hits[0]]
            merged = tuple(dict.fromkeys((old.name, *old.aliases, *entry.aliases)))
            entry = AliasEntry(entry.name, entry.type, tuple(a for a in merged if a != entry.name))
        entries = [e for i, e in enumerate(entries) if i not in hits] + [entry]
    return tuple(entries)


def load_alias_table(user_file: Path | None = None) -> AliasTable:
    """The shipped table, extended or corrected by the analyst's file.

    Args:
        user_file: an alias TOML file; None looks in the config directory.

    Returns:
        The merged table.

    Raises:
        AliasFileError: the analyst's file is malformed.
    """
    shipped = [entry for entry, _ in read_entries(DATA_FILE)]
    path = aliases_file() if user_file is None else user_file
    extra = read_entries(path) if path.is_file() else []
    return AliasTable(merge_entries(shipped, extra))
