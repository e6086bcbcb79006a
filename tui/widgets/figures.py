"""The figures pane: one row per measure, one column per source, disagreements marked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import var
from textual.widgets import DataTable

from index.model import Figure, FigureGroup, Metadata
from tui.render import figure_cell
from tui.safe_text import visible

LABEL_MAX = 20
"""Longest source or id shown in a column header."""


def column_docs(groups: Sequence[FigureGroup]) -> list[str]:
    """The documents that gave any figure, in first-seen order."""
    return list(dict.fromkeys(f.doc for g in groups for f in g.values))


def column_label(doc: str, meta: Metadata, tagged: bool = False) -> str:
    """A column header: the source (else the id's prefix) and date; `tagged` adds the prefix."""
    prefix = _clip(doc.split("_", 1)[0])
    parts = [_clip(meta.source) or prefix, meta.date, f"({prefix})" if tagged else ""]
    return " ".join(p for p in parts if p)


def column_labels(docs: Sequence[str], meta: Mapping[str, Metadata]) -> list[str]:
    """The headers of `docs`, tagged with their id prefix where a source names several."""
    found = [meta.get(doc, Metadata()) for doc in docs]
    sources = Counter(m.source for m in found if m.source)
    return [column_label(d, m, sources[m.source] > 1) for d, m in zip(docs, found, strict=True)]


def _clip(text: str) -> str:
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1].rstrip() + "…"


class FiguresTable(DataTable[object]):
    """Measures by source; Enter on a value opens it in the reader."""

    BINDINGS = [Binding("enter", "select_cursor", "Open")]

    groups: var[tuple[FigureGroup, ...]] = var(())
    """The figure groups shown, one per row."""
    meta: var[Mapping[str, Metadata]] = var(dict)
    """Metadata of each document, by id."""

    class Opened(Message):
        """The analyst chose to read `figure` at its sentence."""

        def __init__(self, figure: Figure) -> None:
            super().__init__()
            self.figure = figure

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="cell", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.docs: list[str] = []
        """The document of each value column."""

    def watch_groups(self, groups: tuple[FigureGroup, ...]) -> None:
        self.clear(columns=True)
        self.docs = column_docs(groups)
        self.add_column("measure", key="measure")
        for doc, header in zip(self.docs, column_labels(self.docs, self.meta), strict=True):
            self.add_column(Text(visible(header)), key=doc)
        for group in groups:
            cells = [figure_cell([f for f in group.values if f.doc == d], group) for d in self.docs]
            label = Text(visible(("⚠ " if group.disagree else "") + group.label), style="bold")
            self.add_row(label, *cells)

    def figures_at(self, row: int, column: int) -> list[Figure]:
        """The figures of the cell at `row`, `column` (all of the row on the label)."""
        if not 0 <= row < len(self.groups):
            return []
        group = self.groups[row]
        if column == 0:
            return list(group.values)
        return [f for f in group.values if f.doc == self.docs[column - 1]]

    @property
    def current(self) -> Figure | None:
        """The first figure under the cursor."""
        found = self.figures_at(self.cursor_row, self.cursor_column)
        return found[0] if found else None

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.Opened(self.current))
