"""The figures pane: one row per measure, one column per source, disagreements marked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.binding import Binding
from textual.reactive import var
from textual.widgets import DataTable

from index import Engine, Figure, FigureGroup, Metadata, Span
from tui import export
from tui.excerpt import Excerpt
from tui.messages import OpenInReader
from tui.render import figure_cell
from tui.safe_text import visible

LABEL_MAX = 20
"""Longest source or id shown in a column header."""


def shown_groups(engine: Engine, actors: Sequence[str]) -> tuple[FigureGroup, ...]:
    """The measures several articles report; with actor filters, each keeps the values
    reported where every filter actor is named, its disagreement recomputed on them."""
    groups = engine.compare()
    if not actors:
        return groups
    measures = {g.measure for g in groups}
    narrowed = engine.compare(actors=actors, include_single=True)
    return tuple(g for g in narrowed if g.measure in measures)


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

    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    actors: var[tuple[str, ...]] = var(())
    """Ids of the actors every view is filtered to."""
    groups: var[tuple[FigureGroup, ...]] = var(())
    """The figure groups shown, one per row."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="cell", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.docs: list[str] = []
        """The document of each value column."""

    def watch_engine(self) -> None:
        self.narrow()

    def watch_actors(self) -> None:
        self.narrow()

    def narrow(self) -> None:
        """Ask the engine for the groups to show under the actor filters."""
        self.groups = () if self.engine is None else shown_groups(self.engine, self.actors)

    def watch_groups(self, groups: tuple[FigureGroup, ...]) -> None:
        self.clear(columns=True)
        self.docs = column_docs(groups)
        meta = {doc: self.engine.meta(doc) for doc in self.docs} if self.engine else {}
        self.add_column("measure", key="measure")
        for doc, header in zip(self.docs, column_labels(self.docs, meta), strict=True):
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

    def excerpt(self) -> Excerpt | None:
        """The passage of the figure under the cursor, the figure marked."""
        figure, engine = self.current, self.engine
        if figure is None or engine is None:
            return None
        document, span = engine.document(figure.doc), Span(figure.start, figure.end, "hit")
        around = [p for p in document.passages if p.start <= figure.start < p.end]
        start, end = (around[0].start, around[0].end) if around else (span.start, span.end)
        return Excerpt.of(document, start, end, (span,))

    def export_rows(self) -> list[export.Row]:
        """Every figure of the groups shown, as rows to export."""
        return [] if self.engine is None else export.figure_rows(self.groups, self.engine.meta)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        figure = self.current
        if figure is not None:
            span = Span(figure.start, figure.end, "hit")
            self.post_message(OpenInReader(figure.doc, figure.start, (span,)))
