"""The figures pane: every figure, one row per measure (those several sources report first),
one column per article, disagreements marked; the measure column stays while the sources
scroll, and the sentences of the selected row show below."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import var
from textual.widgets import DataTable, Input, Static

from index import Engine, Figure, FigureGroup, Metadata, Span
from tui import export
from tui.excerpt import Excerpt
from tui.messages import OpenInReader
from tui.render import figure_cell, figure_sentences
from tui.repaired import Repairs
from tui.safe_text import visible
from tui.widgets.filter_input import FilterInput

LABEL_MAX = 20
"""Longest source or id shown in a column header."""
MEASURE_MAX = 32
"""Longest measure shown in the fixed first column."""
CELL_MAX = 24
"""Widest value cell: longer ones are cut (the sentences below show every value)."""


def ordered(groups: Sequence[FigureGroup]) -> tuple[FigureGroup, ...]:
    """`groups` with those reported by several articles first (disagreements first among
    them), each part in its original order."""

    def rank(group: FigureGroup) -> tuple[bool, bool]:
        return len({f.doc for f in group.values}) < 2, not group.disagree

    return tuple(sorted(groups, key=rank))


def group_matches(group: FigureGroup, text: str, meta: Mapping[str, Metadata]) -> bool:
    """Whether every word typed occurs in the measure, a value or a source of `group`."""
    sources = " ".join(meta.get(f.doc, Metadata()).source for f in group.values)
    haystack = f"{group.label} {group.measure} {sources} {figure_words(group)}".casefold()
    return all(word in haystack for word in text.casefold().split())


def figure_words(group: FigureGroup) -> str:
    """The units and documents of a group, for the filter."""
    return " ".join(f"{f.unit} {f.doc}" for f in group.values)


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


def _clip(text: str, most: int = LABEL_MAX) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


class FiguresTable(DataTable[object]):
    """Measures by source; Enter on a value opens it in the reader."""

    BINDINGS = [Binding("enter", "select_cursor", "Open")]

    groups: var[tuple[FigureGroup, ...]] = var(())
    """The figure groups shown, one per row."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="cell", zebra_stripes=True, fixed_columns=1, **kwargs)  # type: ignore[arg-type]
        self.docs: list[str] = []
        """The document of each value column."""
        self.meta: Mapping[str, Metadata] = {}
        """Source, date and title of each column's document."""

    def show(self, groups: tuple[FigureGroup, ...], meta: Mapping[str, Metadata]) -> None:
        """Show `groups`, with `meta` for every article they come from."""
        self.meta = meta
        self.groups = groups

    def watch_groups(self, groups: tuple[FigureGroup, ...]) -> None:
        self.clear(columns=True)
        self.docs = column_docs(groups)
        self.add_column("measure", key="measure")
        rows = [
            [figure_cell([f for f in group.values if f.doc == d], group) for d in self.docs]
            for group in groups
        ]
        labels = column_labels(self.docs, self.meta)
        for column, (doc, header) in enumerate(zip(self.docs, labels, strict=True)):
            widest = min(max((len(cells[column]) for cells in rows), default=0), CELL_MAX)
            self.add_column(Text(visible(header)), key=doc, width=max(len(header), widest))
        for group, cells in zip(groups, rows, strict=True):
            measure = _clip(group.label, MEASURE_MAX)
            label = Text(visible(("⚠ " if group.disagree else "") + measure), style="bold")
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
        figure = self.current
        if figure is not None:
            span = Span(figure.start, figure.end, "hit")
            self.post_message(OpenInReader(figure.doc, figure.start, (span,)))


class FiguresPane(Vertical):
    """A filter box, the table, and the sentences of the row under the cursor."""

    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    actors: var[tuple[str, ...]] = var(())
    """Ids of the actors every view is filtered to."""
    repairs: var[Repairs] = var(lambda: Repairs(None))
    """Where each article's spaces were restored."""
    every: var[tuple[FigureGroup, ...]] = var(())
    """Every group under the actor filters, in the order shown."""

    def compose(self) -> ComposeResult:
        yield FilterInput(placeholder="/ filter by measure, unit or source; Esc back to the table")
        yield FiguresTable(id="figures-table")
        yield Static("", id="figure-details")

    @property
    def table(self) -> FiguresTable:
        """The table of measures by source."""
        return self.query_one(FiguresTable)

    @property
    def filter_box(self) -> FilterInput:
        """The box that filters the rows."""
        return self.query_one(FilterInput)

    def watch_engine(self) -> None:
        self.narrow()

    def watch_actors(self) -> None:
        self.narrow()

    def narrow(self) -> None:
        """Every figure reported where the filter actors are named, grouped by measure."""
        engine = self.engine
        groups = () if engine is None else engine.compare(actors=self.actors, include_single=True)
        self.every = ordered(groups)

    def watch_every(self) -> None:
        self.refill()

    @on(Input.Changed)
    def refill(self) -> None:
        """Show the groups matching the filter box."""
        if not self.is_mounted or self.engine is None:
            return
        meta = {doc: self.engine.meta(doc) for doc in column_docs(self.every)}
        text = self.filter_box.value
        self.table.show(tuple(g for g in self.every if group_matches(g, text, meta)), meta)
        self.describe()

    @on(DataTable.CellHighlighted)
    def describe(self) -> None:
        """Show the sentence of each value of the row under the cursor."""
        table, details = self.table, self.query_one("#figure-details", Static)
        row = table.cursor_row
        if not 0 <= row < len(table.groups):
            details.update("no figures match" if self.every else "no figures extracted")
            return
        current = table.current
        said = [
            (f, self.repairs.around(f.doc, f.context, f.start)) for f in table.groups[row].values
        ]
        details.update(figure_sentences(table.groups[row], said, table.meta, current))

    @on(FilterInput.Done)
    def focus_table(self) -> None:
        """Leaving the filter box moves to the table."""
        self.screen.set_focus(self.table)

    def excerpt(self) -> Excerpt | None:
        """The passage of the figure under the cursor, the figure marked."""
        figure, engine = self.table.current, self.engine
        if figure is None or engine is None:
            return None
        document, span = engine.document(figure.doc), Span(figure.start, figure.end, "hit")
        around = [p for p in document.passages if p.start <= figure.start < p.end]
        start, end = (around[0].start, around[0].end) if around else (span.start, span.end)
        return Excerpt.of(document, start, end, (span,))

    def export_rows(self) -> list[export.Row]:
        """Every figure of the groups shown, as rows to export."""
        if self.engine is None:
            return []
        return export.figure_rows(self.table.groups, self.engine.meta, self.repairs)
