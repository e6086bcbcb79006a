"""The export dialog: choose a format and a folder; a file already there is never
overwritten without a second, explicit press."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from tui import export
from tui.render import plain
from tui.widgets.filter_input import InOrderInput
from tui.wording import counted


@dataclass(frozen=True)
class Exported:
    """What the dialog did, in one line, and the folder it wrote to (None: it failed)."""

    message: str
    folder: Path | None


class FormatChoice(RadioSet):
    """The formats: ↑ ↓ choose (as radio buttons do), Enter exports in the one chosen (as
    the dialog's Export button)."""

    BINDINGS = [
        Binding("down,right", "step(1)", "Next format", show=False),
        Binding("up,left", "step(-1)", "Previous format", show=False),
        Binding("enter", "export", "Export", show=False),
    ]

    class Chosen(Message):
        """Enter: export in the format chosen."""

    def action_step(self, step: int) -> None:
        if step > 0:
            self.action_next_button()
        else:
            self.action_previous_button()
        self.action_toggle_button()  # the button moved to is not pressed: press it

    def action_export(self) -> None:
        self.post_message(self.Chosen())


class ExportDialog(ModalScreen[Exported | None]):
    """Exports `rows` of `what` (results, quotes or figures) with what chose them;
    dismisses with what it did, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, what: str, rows: Sequence[export.Row], folder: Path, about: export.About
    ) -> None:
        super().__init__()
        self.what = what
        """What is exported, as the file is named."""
        self.rows = list(rows)
        """The rows to write."""
        self.folder = folder
        """The folder proposed."""
        self.about = about
        """The query, filters and corpus written into the file."""
        self.confirmed: Path | None = None
        """The existing file the analyst was warned about (a second press overwrites it)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="export"):
            yield Label(f"Export {self._rows_named()}", id="export-title", markup=False)
            with FormatChoice(id="export-format"):
                for index, name in enumerate(export.FORMATS):
                    yield RadioButton(name, value=index == 0)
            yield InOrderInput(str(self.folder), placeholder="folder", id="export-folder")
            yield Static("", id="export-note")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    @property
    def choice(self) -> tuple[str, Path]:
        """The format and folder currently chosen (a relative folder taken whole, from the
        folder the app started in, so the status and the remembered folder say where)."""
        index = self.query_one(RadioSet).pressed_index
        folder = self.query_one("#export-folder", Input).value.strip() or str(self.folder)
        return list(export.FORMATS)[max(index, 0)], Path(folder).expanduser().absolute()

    def on_mount(self) -> None:
        self.forget_warning()

    @on(Button.Pressed, "#export-ok")
    @on(Input.Submitted, "#export-folder")
    @on(FormatChoice.Chosen)
    def accept(self) -> None:
        """Write the file, unless it exists and the analyst has not yet confirmed."""
        fmt, folder = self.choice
        path = export.target(folder, self.what, fmt)
        overwrite = path == self.confirmed
        if path.exists() and not overwrite:
            self.warn_exists(path)
            return
        try:
            export.write(self.rows, self.what, fmt, path, self.about, overwrite=overwrite)
        except FileExistsError:
            self.warn_exists(path)
            return
        except OSError as error:
            self.dismiss(Exported(f"export failed: {error.strerror or error}", None))
            return
        self.dismiss(Exported(f"exported {self._rows_named()} to {path}", folder))

    def _rows_named(self) -> str:
        """The rows counted: "1 result", "12 quotes"."""
        return counted(len(self.rows), self.what.removesuffix("s"))

    def warn_exists(self, path: Path) -> None:
        """Say `path` exists; the next press overwrites it."""
        self.confirmed = path
        note = f"{path} exists: press Overwrite to replace it, or choose another folder"
        self.query_one("#export-note", Static).update(plain(note, "$text-warning"))
        self.query_one("#export-ok", Button).label = "Overwrite"

    @on(RadioSet.Changed)
    @on(Input.Changed, "#export-folder")
    def forget_warning(self) -> None:
        """Say which file a new choice writes; a new file needs a new confirmation."""
        fmt, folder = self.choice
        if export.target(folder, self.what, fmt) == self.confirmed:
            return
        self.confirmed = None
        name = export.target(Path("."), self.what, fmt).name
        note = f"writes {name}, with the query and filters"
        self.query_one("#export-note", Static).update(plain(note, "dim"))
        self.query_one("#export-ok", Button).label = "Export"

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)
