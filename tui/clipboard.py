"""Copying text: OSC 52 to the terminal (and tmux's passthrough form inside tmux), and a file.

The plain sequence goes through Textual's `App.copy_to_clipboard`. Textual draws on the
process's stderr; inside tmux the passthrough-wrapped sequence is written to that same
terminal directly, since Textual has no public call for an arbitrary escape sequence.
"""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path

from textual.app import App

from index import clipboard_file


def osc52(text: str, tmux: bool = False) -> str:
    """The escape sequence that asks the terminal to put `text` on the clipboard."""
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    sequence = f"\x1b]52;c;{payload}\a"
    if tmux:
        return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"
    return sequence


def write_to_terminal(sequence: str) -> None:
    """Write `sequence` to the terminal the app draws on, in one write; nothing if none."""
    stream = sys.__stderr__
    if stream is not None and stream.isatty():
        os.write(stream.fileno(), sequence.encode("utf-8"))


def copy(app: App[object], text: str, file: Path | None = None) -> Path:
    """Send `text` to the terminal's clipboard and to `file`; return the file's path."""
    app.copy_to_clipboard(text)
    if os.environ.get("TMUX"):
        write_to_terminal(osc52(text, tmux=True))
    target = file or clipboard_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text + "\n", encoding="utf-8")
    return target
