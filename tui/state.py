"""What the app remembers between runs: theme, search history, last export folder.

A small JSON file in the platformdirs state folder (`index.state_file()`); a missing or
damaged file gives the defaults, and a write that fails is not an error.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from index import state_file

HISTORY = 100
"""Queries kept in the history."""


@dataclass(frozen=True)
class State:
    """The remembered settings."""

    theme: str = ""
    """The theme chosen last ("" for Textual's default)."""
    history: tuple[str, ...] = ()
    """Queries the search box was left with (Enter or Esc), oldest first."""
    export_dir: str = ""
    """The folder of the last export ("" for the default)."""

    def remember(self, query: str) -> State:
        """This state with `query` at the end of the history, without duplicates."""
        if not query.strip():
            return self
        kept = [q for q in self.history if q != query][-(HISTORY - 1) :]
        return replace(self, history=(*kept, query))


@dataclass
class StateFile:
    """The state file, read once and written on each change."""

    path: Path = field(default_factory=state_file)
    state: State = field(init=False)

    def __post_init__(self) -> None:
        self.state = read_state(self.path)

    def update(self, state: State) -> None:
        """Keep `state` and write it (quietly giving up when the folder is not writable)."""
        if state == self.state:
            return
        self.state = state
        try:
            write_state(self.path, state)
        except OSError:
            pass


def read_state(path: Path) -> State:
    """The state in `path`, or the defaults when it is missing or damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return State()
    if not isinstance(data, dict):
        return State()
    history = data.get("history")
    queries = [q for q in history if isinstance(q, str)] if isinstance(history, list) else []
    return State(
        theme=_text(data.get("theme")),
        history=tuple(queries),
        export_dir=_text(data.get("export_dir")),
    )


def write_state(path: Path, state: State) -> None:
    """Write `state` to `path` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(asdict(state), ensure_ascii=False, indent=2), "utf-8")
    os.replace(temporary, path)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
