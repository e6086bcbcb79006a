"""The status line and the index build progress."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Label, ProgressBar

from tui.safe_text import one_line


class StatusLine(Horizontal):
    """A one-line status: what happened last, and the build progress while indexing."""

    text: reactive[str] = reactive("")
    """The message shown."""
    building: reactive[bool] = reactive(False)
    """Whether the index is being built (shows the progress bar)."""

    def __init__(self) -> None:
        super().__init__()
        self._before = ""

    def compose(self) -> ComposeResult:
        yield Label("", id="status-text", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="build-progress")

    def watch_text(self, text: str) -> None:
        self.query_one("#status-text", Label).update(one_line(text))

    def watch_building(self, building: bool) -> None:
        self.set_class(building, "-building")

    def progress(self, done: int, total: int, what: str) -> None:
        """Show build progress: `done` of `total`, working on `what`."""
        if not self.building:
            self._before = self.text
        self.building = True
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        step = what if what.startswith("indexing") else f"indexing: {what}"
        self.text = f"{step} ({done}/{total})"

    def done(self) -> None:
        """Hide the build progress and say again what was said before it."""
        if self.building:
            self.building = False
            self.text = self._before
