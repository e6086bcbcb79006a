"""Copying a citation: OSC 52 to the terminal (wrapped for tmux) and a file as fallback."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from platformdirs import user_cache_path
from textual.app import App

from index.model import Document


def citation(document: Document, start: int, end: int, speaker: str = "") -> str:
    """The text of `[start, end)` of `document`, quoted, with where it comes from."""
    meta = document.meta
    words = " ".join(document.text[start:end].split())
    who = f"{speaker}, " if speaker else ""
    title = f", “{meta.title}”" if meta.title else ""
    where = f"{meta.source or 'unknown source'}, {meta.date or 'undated'}{title}"
    return f"“{words}”\n— {who}{where} [{document.id}, chars {start}–{end}]"


def osc52(text: str, tmux: bool = False) -> str:
    """The escape sequence that asks the terminal to put `text` on the clipboard."""
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    sequence = f"\x1b]52;c;{payload}\a"
    if tmux:
        return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"
    return sequence


def clipboard_file() -> Path:
    """Where the last copied citation is also written."""
    return user_cache_path("borderlens", appauthor=False) / "clipboard.txt"


def copy(app: App[object], text: str, file: Path | None = None) -> Path:
    """Send `text` to the terminal's clipboard and to `file`; return the file's path."""
    app._clipboard = text
    driver = app._driver
    if driver is not None:
        driver.write(osc52(text, tmux=bool(os.environ.get("TMUX"))))
    target = file or clipboard_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text + "\n", encoding="utf-8")
    return target
