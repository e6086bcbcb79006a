"""What the main screen does with the item in view: compare it, copy it, export the list."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from index import CorpusError, default_export_dir
from tui import clipboard
from tui.export import About
from tui.screens.export_dialog import ExportDialog, Exported
from tui.screens.keys import KeyModel
from tui.state import StateFile
from tui.widgets.compare import ComparePane


class ItemActions(KeyModel):
    """The compare, copy and export actions of a screen holding `Views`."""

    state: StateFile
    original: bool

    def status(self, text: str | None) -> None:
        """Say `text` on the status line (nothing for None)."""
        raise NotImplementedError

    def about(self) -> About:
        """The query, actor filters and corpus of what is shown."""
        raise NotImplementedError

    def action_mark_compare(self) -> None:
        """Put the current item (the whole article in the reader) on the next compare side."""
        try:
            excerpt = self.views.excerpt(to_compare=True)
        except CorpusError as error:
            self.status(str(error))
            return
        if excerpt is None:
            self.status("nothing to compare here: choose a result, quote, figure or article")
            return
        side = self.query_one(ComparePane).mark(excerpt)
        if side == "right":
            self.views.show("compare")
        more = "; c again for the right" if side == "left" else ""
        self.status(f"marked {excerpt.doc} as {side}{more}")

    def action_copy(self) -> None:
        """Copy the current passage or quote with its citation (OSC 52 and a file)."""
        try:
            excerpt = self.views.excerpt()
        except CorpusError as error:
            self.status(str(error))
            return
        if excerpt is None:
            self.status("nothing to copy here")
            return
        self.status(clipboard.copy(self.app, excerpt.citation(self.original)))

    def action_export(self) -> None:
        """Ask for a format and folder, then export the view's items."""
        what, rows = self.views.exportable()
        if not rows:
            self.status(f"no {what} to export")
            return
        # the figures' sentences are always the repaired view
        about = replace(self.about(), original=self.original and what != "figures")
        if what != "results":  # chosen by their own filter box, not by the search's query
            box = self.views.filter_box()
            about = replace(about, query=box.value.strip() if box is not None else "")
        folder = Path(self.state.state.export_dir or default_export_dir())
        self.app.push_screen(ExportDialog(what, rows, folder, about), self.exported)

    def exported(self, done: Exported | None) -> None:
        """Say what the export did and remember its folder."""
        if done is None:
            return
        self.status(done.message)
        if done.folder is not None:
            self.state.update(replace(self.state.state, export_dir=str(done.folder)))
