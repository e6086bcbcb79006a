"""Copying text: OSC 52 to the terminal (inside tmux, its passthrough form too), and a file.

The plain sequence goes through Textual's `App.copy_to_clipboard`; tmux with
`set-clipboard on` takes it into its own buffer and forwards it to the outer terminal.
The passthrough-wrapped form reaches the outer terminal when tmux has
`allow-passthrough on`; it is written to the terminal Textual draws on (stderr) directly,
since Textual has no public call for an arbitrary escape sequence. No terminal says
whether it accepted the request, so neither is reported as a success: the file is.
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


def copy(app: App[object], text: str, file: Path | None = None) -> str:
    """Send `text` to the terminal's clipboard and write it to `file`; say where it went."""
    app.copy_to_clipboard(text)
    inside_tmux = bool(os.environ.get("TMUX"))
    if inside_tmux:
        write_to_terminal(osc52(text, tmux=True))
    sent = "OSC 52 sent" + (" (plain + tmux)" if inside_tmux else "")
    target = file or clipboard_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        return f"{sent}; could not write {_short(target)}: {error.strerror or error}"
    return f"{sent}; saved in {_short(target)}"


def _short(path: Path) -> str:
    home = Path.home()
    return f"~/{path.relative_to(home)}" if path.is_relative_to(home) else str(path)
