"""The figures pane: every figure, one row each, grouped by measure (those several sources
report first), disagreements marked; a filter box above, and below, the sentence of each
value of the measure under the cursor. One row per figure (not a column per source) keeps
it narrow at 80 columns and fast with thousands of articles."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive, var
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input, Static

from index import Engine, Figure, FigureGroup, Metadata, Span
from tui import export
from tui.excerpt import Excerpt
from tui.messages import OpenInReader
from tui.render import figure_cell, figure_sentences, plain
from tui.repaired import Repairs
from tui.safe_text import visible
from tui.widgets.filter_input import FilterInput, narrowed
from tui.widgets.shown import displayed

LABEL_MAX = 20
"""Longest source or id shown in a column header."""
MEASURE_MAX = 26
"""Longest measure shown in the fixed first column at 80 columns."""
MEASURE_WIDE = 56
"""Longest measure shown on a wider screen, where the column grows with it."""
SOURCE_ROOM = 32
"""Columns kept for the sources before the measure column grows."""
VALUE_WIDTH = 16
"""Width of the value column at 80 columns (the sentences below show a longer value whole)."""
VALUE_WIDE = 28
"""Width of the value column where the screen has room ("⚠ tens of thousands fighter")."""


def ordered(groups: Sequence[FigureGroup]) -> tuple[FigureGroup, ...]:
    """`groups` with those reported by several articles first (disagreements first among
    them), each part in its original order."""

    def rank(group: FigureGroup) -> tuple[bool, bool]:
        return len({f.doc for f in group.values}) < 2, not group.disagree

    return tuple(sorted(groups, key=rank))


def group_haystack(group: FigureGroup, meta: Mapping[str, Metadata]) -> str:
    """What the filter box looks in: the measure, values' units, sources and ids, folded."""
    sources = " ".join(meta.get(f.doc, Metadata()).source for f in group.values)
    return f"{group.label} {group.measure} {sources} {figure_words(group)}".casefold()


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


def source_names(groups: Sequence[FigureGroup], meta: Mapping[str, Metadata]) -> dict[str, str]:
    """The label of each document that gave a figure of `groups`, told apart among them."""
    docs = column_docs(groups)
    return dict(zip(docs, column_labels(docs, meta), strict=True))


def column_labels(docs: Sequence[str], meta: Mapping[str, Metadata]) -> list[str]:
    """The headers of `docs`, tagged with their id prefix where a source names several."""
    found = [meta.get(doc, Metadata()) for doc in docs]
    sources = Counter(m.source for m in found if m.source)
    return [column_label(d, m, sources[m.source] > 1) for d, m in zip(docs, found, strict=True)]


SENTENCES = 8
"""Values of a measure whose sentences are shown at once (a common measure has
thousands in a large corpus; each sentence is read from its article)."""


def _near(values: Sequence[Figure], current: Figure | None) -> Sequence[Figure]:
    """At most `SENTENCES` of `values`, from a little before `current`."""
    if len(values) <= SENTENCES:
        return values
    at = values.index(current) if current in values else 0
    start = max(0, min(at - 3, len(values) - SENTENCES))
    return values[start : start + SENTENCES]


def _clip(text: str, most: int = LABEL_MAX) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


class FiguresTable(ScrollView, can_focus=True):
    """One row per figure, grouped by measure, under a header; only the rows in view are
    drawn. ↑/↓ move by figure, ←/→ by measure; Enter opens the figure in the reader."""

    BINDINGS = [
        Binding("enter", "select", "Open"),
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("left", "measure(-1)", "Previous measure", show=False),
        Binding("right", "measure(1)", "Next measure", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "move_to(0)", "First", show=False),
        Binding("end", "move_to(-1)", "Last", show=False),
    ]

    DEFAULT_CSS = """
    FiguresTable {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .figures-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .figures-table--header { background-tint: $foreground 5%; }
        }
        &:dark > .figures-table--even-row { background: $surface-darken-1 40%; }
        & > .figures-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .figures-table--even-row { background: $surface-lighten-1 50%; }
        & > .figures-table--fixed { background: $secondary-muted; color: $foreground; }
        & > .figures-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    COMPONENT_CLASSES = {
        "figures-table--header",
        "figures-table--even-row",
        "figures-table--cursor",
        "figures-table--fixed",
    }

    groups: var[tuple[FigureGroup, ...]] = var(())
    """The figure groups shown, their figures one row each."""
    cursor_row: reactive[int] = reactive(0, always_update=True)
    """The row under the cursor."""

    @dataclass
    class RowHighlighted(Message):
        """The cursor moved to another row."""

        row: int

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.figure_rows: list[tuple[FigureGroup, Figure]] = []
        """The group and figure of each row."""
        self.meta: Mapping[str, Metadata] = {}
        """Source, date and title of each figure's article."""
        self._starts: list[int] = []
        self._sources: dict[str, str] = {}
        self._longest = 0

    def show(
        self,
        groups: tuple[FigureGroup, ...],
        meta: Mapping[str, Metadata],
        sources: dict[str, str] | None = None,
    ) -> None:
        """Show `groups`, with `meta` for every article they come from (the same groups
        with another source or date, after a sidecar changed, are drawn again), their
        sources named as `sources` says (by default, told apart among `groups`)."""
        self.meta = meta
        self._sources = sources or {}
        self.groups = groups
        self.refresh()

    def watch_groups(self, groups: tuple[FigureGroup, ...]) -> None:
        self.figure_rows = [(g, f) for g in groups for f in g.values]
        self._longest = max((len(g.label) + 2 for g in groups), default=0)  # with "⚠ "
        self._starts = list(accumulate((len(g.values) for g in groups[:-1]), initial=0))
        self._sources = {}
        self._size_rows()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor_row = 0

    def on_resize(self) -> None:
        self._size_rows()

    def _size_rows(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self.row_count + 1)

    @property
    def measure_width(self) -> int:
        """The longest measure the first column shows: `MEASURE_MAX`, more on a wide
        screen (up to `MEASURE_WIDE`, leaving `SOURCE_ROOM` to the sources), never more
        than the longest measure listed needs."""
        spare = self.scrollable_content_region.width - VALUE_WIDTH - SOURCE_ROOM - 8
        return max(MEASURE_MAX, min(MEASURE_WIDE, spare, self._longest))

    @property
    def value_width(self) -> int:
        """The value column: `VALUE_WIDTH`, up to `VALUE_WIDE` with the room the measure
        column leaves."""
        spare = self.scrollable_content_region.width - self.measure_width - SOURCE_ROOM - 8
        return max(VALUE_WIDTH, min(VALUE_WIDE, spare))

    @property
    def row_count(self) -> int:
        """How many rows (figures) the table has."""
        return len(self.figure_rows)

    def get_row_at(self, row: int) -> tuple[Text, Text, Text]:
        """The measure (on a group's first row), value and source cells of `row`."""
        group, figure = self.figure_rows[row]
        label = ("⚠ " if group.disagree else "") + _clip(group.label, self.measure_width)
        first = Text(visible(label) if figure is group.values[0] else "", style="bold")
        return first, figure_cell([figure], group), Text(visible(self._source(figure.doc)))

    def _source(self, doc: str) -> str:
        if not self._sources:
            self._sources = source_names(self.groups, self.meta)
        return self._sources[doc]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            cells = [Text("measure"), Text("value"), Text("reported by")]
            return self._strip(cells, width, "figures-table--header")
        row = self.scroll_offset.y + y - 1
        if row >= self.row_count:
            return Strip.blank(width, self.rich_style)
        part = "figures-table--cursor" if row == self.cursor_row else ""
        if not part and row % 2 == 0:
            part = "figures-table--even-row"
        return self._strip(
            list(self.get_row_at(row)), width, part, fixed=part != "figures-table--cursor"
        )

    def _strip(self, cells: list[Text], width: int, part: str, fixed: bool = False) -> Strip:
        style = self.rich_style + (self.get_component_rich_style(part) if part else Style())
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        measure = self.measure_width
        for cell, size in zip(cells, (measure + 2, self.value_width, 0), strict=True):
            if size:
                cell.truncate(size, overflow="ellipsis", pad=True)
            line.append(" ").append(cell).append(" ")
        line.truncate(width, overflow="ellipsis", pad=True)
        if fixed:
            line.stylize(self.get_component_rich_style("figures-table--fixed"), 0, measure + 4)
        segments = line.render(self.app.console)
        return Strip(segments, width).apply_style(style).crop(0, width)

    def watch_cursor_row(self, row: int) -> None:
        top, height = self.scroll_offset.y, self.scrollable_content_region.height - 1
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif height > 0 and row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)
        self.refresh()
        self.post_message(self.RowHighlighted(row))

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, self.row_count - 1))

    def action_move(self, step: int) -> None:
        """Move the cursor `step` rows."""
        self.cursor_row += step

    def action_move_to(self, row: int) -> None:
        """Move the cursor to `row` (-1: the last)."""
        self.cursor_row = row if row >= 0 else self.row_count - 1

    def action_page(self, direction: int) -> None:
        """Move the cursor a page up (-1) or down (1)."""
        self.cursor_row += direction * max(1, self.scrollable_content_region.height - 1)

    def action_measure(self, step: int) -> None:
        """Move the cursor to the first row of the next (1) or previous (-1) measure."""
        if not self._starts:
            return
        group = bisect_right(self._starts, self.cursor_row) - 1
        if step < 0 and self.cursor_row > self._starts[group]:
            step = 0
        self.cursor_row = self._starts[max(0, min(group + step, len(self._starts) - 1))]

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self.cursor_row = self.scroll_offset.y + event.y - 1

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

    def action_select(self) -> None:
        """Open the figure under the cursor in the reader."""
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
    every: var[tuple[FigureGroup, ...]] = var((), always_update=True)
    """Every group under the actor filters, in the order shown (drawn again when read
    again though equal: a sidecar may have renamed their sources)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._haystacks: tuple[str, ...] = ()
        self._names: dict[str, str] = {}
        """The label of each source of `every`."""
        self._stale = False

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
        self._stale = not displayed(self)
        if self.engine is None:
            self._haystacks, self.every = (), ()
        elif not self._stale:
            self.read_groups(self.engine, self.actors)

    def on_show(self) -> None:
        if self._stale:
            self.narrow()

    @work(thread=True, exclusive=True, group="figures", exit_on_error=False)
    def read_groups(self, engine: Engine, actors: tuple[str, ...]) -> None:
        """Group the figures off the event loop, then hand them over."""
        groups = ordered(engine.compare(actors=actors, include_single=True))
        haystacks = tuple(group_haystack(g, engine.metas) for g in groups)
        self.app.call_from_thread(self._read, actors, groups, haystacks)

    def _read(
        self, actors: tuple[str, ...], groups: tuple[FigureGroup, ...], haystacks: tuple[str, ...]
    ) -> None:
        if actors == self.actors:
            self._haystacks = haystacks
            self.every = groups

    def watch_every(self) -> None:
        self._names = {}
        self.refill()

    @on(Input.Changed)
    def refill(self) -> None:
        """Show the groups matching the filter box."""
        if not self.is_mounted or self.engine is None:
            return
        found = narrowed(self._haystacks, range(len(self.every)), self.filter_box.value)
        if not self._names:  # told apart among every group, as a filter shows fewer
            self._names = source_names(self.every, self.engine.metas)
        self.table.show(tuple(self.every[i] for i in found), self.engine.metas, self._names)
        self.describe()

    @on(FiguresTable.RowHighlighted)
    def describe(self) -> None:
        """Show the sentence of each value of the measure under the cursor."""
        table, details = self.table, self.query_one("#figure-details", Static)
        group = table.current_group
        if group is None:
            if self.every:
                empty = "no figures match"
            elif self.actors:
                empty = "no figures in the passages naming the filter actors (x clears)"
            else:
                empty = "no figures extracted"
            details.update(empty)
            return
        values = _near(group.values, table.current)
        said = [(f, self.repairs.around(f.doc, f.context, f.start)) for f in values]
        content = figure_sentences(group, said, table.meta, table.current)
        if len(values) < len(group.values):
            more = f"({len(values)} of {len(group.values):,} values, around the cursor's)"
            content = Content("\n").join([content, plain(more, "dim")])
        details.update(content)

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
