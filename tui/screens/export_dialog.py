"""The export dialog: choose a format and a folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from tui.export import FORMATS


@dataclass(frozen=True)
class ExportChoice:
    """What the analyst chose to export to."""

    fmt: str
    folder: Path


class ExportDialog(ModalScreen[ExportChoice | None]):
    """Format and folder for exporting `what`."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, what: str, folder: Path) -> None:
        super().__init__()
        self.what = what
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(id="export"):
            yield Label(f"Export {self.what}", id="export-title", markup=False)
            with RadioSet(id="export-format"):
                for index, name in enumerate(FORMATS):
                    yield RadioButton(name, value=index == 0)
            yield Input(str(self.folder), placeholder="folder", id="export-folder")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    @property
    def choice(self) -> ExportChoice:
        """The format and folder currently chosen."""
        index = self.query_one(RadioSet).pressed_index
        folder = self.query_one("#export-folder", Input).value.strip() or "."
        return ExportChoice(list(FORMATS)[max(index, 0)], Path(folder).expanduser())

    @on(Button.Pressed, "#export-ok")
    @on(Input.Submitted, "#export-folder")
    def accept(self) -> None:
        """Export with the current choice."""
        self.dismiss(self.choice)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)
