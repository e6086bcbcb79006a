"""The export dialog: choose a format and a folder, then write the rows there."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from tui import export


class ExportDialog(ModalScreen[str | None]):
    """Exports `rows` of `what` (results, quotes or figures); dismisses with what it did,
    in one line, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, what: str, rows: Sequence[export.Row], folder: Path) -> None:
        super().__init__()
        self.what = what
        """What is exported, as the file is named."""
        self.rows = list(rows)
        """The rows to write."""
        self.folder = folder
        """The folder proposed."""

    def compose(self) -> ComposeResult:
        with Vertical(id="export"):
            yield Label(f"Export {self.what}", id="export-title", markup=False)
            with RadioSet(id="export-format"):
                for index, name in enumerate(export.FORMATS):
                    yield RadioButton(name, value=index == 0)
            yield Input(str(self.folder), placeholder="folder", id="export-folder")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    @property
    def choice(self) -> tuple[str, Path]:
        """The format and folder currently chosen."""
        index = self.query_one(RadioSet).pressed_index
        folder = self.query_one("#export-folder", Input).value.strip() or "."
        return list(export.FORMATS)[max(index, 0)], Path(folder).expanduser()

    @on(Button.Pressed, "#export-ok")
    @on(Input.Submitted, "#export-folder")
    def accept(self) -> None:
        """Write the file with the current choice and close, saying what happened."""
        fmt, folder = self.choice
        try:
            path = export.write(self.rows, self.what, fmt, folder)
        except OSError as error:
            self.dismiss(f"export failed: {error.strerror or error}")
            return
        self.dismiss(f"exported {len(self.rows)} {self.what} to {path}")

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)
