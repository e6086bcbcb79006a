"""The figures pane: every figure, one row each, grouped by measure (those several sources
report first), disagreements marked; a filter box above, and below, the sentence of each
value of the measure under the cursor. One row per figure (not a column per source) keeps
it narrow at 80 columns and fast with thousands of articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from rich.text import Text
from textual import on, work
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

LISTED = 200
"""Measures shown at once (those several articles report first); typing narrows them."""
LABEL_MAX = 20
"""Longest source or id shown in a column header."""
MEASURE_MAX = 26
"""Longest measure shown in the fixed first column."""
VALUE_WIDTH = 16
"""Width of the value column (the sentences below show a longer value whole)."""


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
    """One row per figure, grouped by measure; Enter opens the figure in the reader."""

    BINDINGS = [Binding("enter", "select_cursor", "Open")]

    groups: var[tuple[FigureGroup, ...]] = var(())
    """The figure groups shown, their figures one row each."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, fixed_columns=1, **kwargs)  # type: ignore[arg-type]
        self.figure_rows: list[tuple[FigureGroup, Figure]] = []
        """The group and figure of each row."""
        self.meta: Mapping[str, Metadata] = {}
        """Source, date and title of each figure's article."""

    def show(self, groups: tuple[FigureGroup, ...], meta: Mapping[str, Metadata]) -> None:
        """Show `groups`, with `meta` for every article they come from."""
        self.meta = meta
        self.groups = groups

    def watch_groups(self, groups: tuple[FigureGroup, ...]) -> None:
        self.clear(columns=True)
        docs = column_docs(groups)
        source = dict(zip(docs, column_labels(docs, self.meta), strict=True))
        self.add_column("measure", key="measure", width=MEASURE_MAX + 2)
        self.add_column("value", key="value", width=VALUE_WIDTH)
        self.add_column("reported by", key="source")
        self.figure_rows = [(g, f) for g in groups for f in g.values]
        for group, figure in self.figure_rows:
            first = figure is group.values[0]
            label = ("⚠ " if group.disagree else "") + _clip(group.label, MEASURE_MAX)
            self.add_row(
                Text(visible(label) if first else "", style="bold"),
                figure_cell([figure], group),
                Text(visible(source[figure.doc])),
            )

    @property
    def current(self) -> Figure | None:
        """The figure under the cursor."""
        row = self.cursor_row
        return self.figure_rows[row][1] if 0 <= row < len(self.figure_rows) else None

    @property
    def current_group(self) -> FigureGroup | None:
        """The measure of the figure under the cursor."""
        row = self.cursor_row
        return self.figure_rows[row][0] if 0 <= row < len(self.figure_rows) else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
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
        """Every figure reported where the filter actors are named, grouped by measure
        (read in a thread: a large corpus has thousands of measures)."""
        if self.engine is None:
            self.every = ()
        else:
            self.read_groups(self.engine, self.actors)

    @work(thread=True, exclusive=True, group="figures", exit_on_error=False)
    def read_groups(self, engine: Engine, actors: tuple[str, ...]) -> None:
        """Group the figures off the event loop, then hand them over."""
        groups = ordered(engine.compare(actors=actors, include_single=True))
        engine.metas  # noqa: B018 - read here, not on the event loop
        self.app.call_from_thread(self._read, actors, groups)

    def _read(self, actors: tuple[str, ...], groups: tuple[FigureGroup, ...]) -> None:
        if actors == self.actors:
            self.every = groups

    def watch_every(self) -> None:
        self.refill()

    @on(Input.Changed)
    def refill(self) -> None:
        """Show the groups matching the filter box."""
        if not self.is_mounted or self.engine is None:
            return
        meta = self.engine.metas
        text = self.filter_box.value
        found = [g for g in self.every if group_matches(g, text, meta)]
        self.table.show(tuple(found[:LISTED]), meta)
        more = len(found) - LISTED
        self.table.border_subtitle = (
            f"{LISTED:,} of {len(found):,} measures: type in the filter box to narrow"
            if more > 0
            else ""
        )
        self.describe()

    @on(DataTable.RowHighlighted)
    def describe(self) -> None:
        """Show the sentence of each value of the measure under the cursor."""
        table, details = self.table, self.query_one("#figure-details", Static)
        group = table.current_group
        if group is None:
            details.update("no figures match" if self.every else "no figures extracted")
            return
        said = [(f, self.repairs.around(f.doc, f.context, f.start)) for f in group.values]
        details.update(figure_sentences(group, said, table.meta, table.current))

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
