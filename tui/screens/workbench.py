"""What the main screen does with the item in view: open, compare, copy and export it."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import TabbedContent
from textual.worker import get_current_worker

from index import Engine
from index.model import Document, FigureGroup, Span
from index.query import QueryError
from index.search import Results
from tui import clipboard, export
from tui.messages import ReaderHits
from tui.render import knowledge_spans
from tui.screens.export_dialog import ExportChoice, ExportDialog
from tui.screens.filtering import filter_groups, filter_quotes, passage_at
from tui.widgets.actors import ActorsPane
from tui.widgets.compare import ComparePane, Excerpt
from tui.widgets.figures import FiguresTable
from tui.widgets.quotes import QuoteList, QuotesPane
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList
from tui.widgets.search_bar import SearchBar
from tui.widgets.status import StatusLine


class Workbench(Screen[None]):
    """Actions on the current item of each view; the base of `MainScreen`."""

    engine: Engine | None
    actors: tuple[str, ...]
    groups: tuple[FigureGroup, ...] = ()
    """Figures compared across articles (unfiltered)."""
    compare_side = "left"
    """Which side of the compare view the next `c` fills."""
    _trail: list[str]
    results: Results
    """The last good results."""
    shown_query: tuple[str, tuple[str, ...]] = ("", ())
    """The query and actor filters that gave `results`."""

    def status(self, text: str) -> None:
        """Say `text` on the status line."""
        self.query_one(StatusLine).text = text

    @property
    def tabs(self) -> TabbedContent:
        """The views."""
        return self.query_one(TabbedContent)

    def action_view(self, view: str) -> None:
        """Show `view` and focus its main widget."""
        self.tabs.active = view
        targets: dict[str, type[Widget]] = {
            "results": ResultList,
            "reader": Reader,
            "actors": ActorsPane,
            "quotes": QuoteList,
            "figures": FiguresTable,
        }
        target = targets.get(view)
        if target is ActorsPane:
            self.query_one("#actor-filter").focus()
        elif target is not None:
            self.query_one(target).focus()

    def action_focus_search(self) -> None:
        """Focus the query input on the results view."""
        self.tabs.active = "results"
        self.query_one(SearchBar).input.focus()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Keep the trail of views for Esc."""
        pane = event.pane.id or ""
        if not self._trail or self._trail[-1] != pane:
            self._trail = [*self._trail[-20:], pane]

    def action_back(self) -> None:
        """Go back to the previous view (Esc)."""
        if len(self._trail) > 1:
            self._trail.pop()
            self.action_view(self._trail.pop())
        else:
            self.query_one(ResultList).focus()

    def refresh_views(self) -> None:
        """Narrow quotes and figures to the actor filters."""
        if self.engine is None:
            return
        meta = {d: self.engine.catalog.entries[d].meta for d in self.engine.doc_ids}
        quotes = self.query_one(QuotesPane)
        quotes.meta = meta
        quotes.quotes = filter_quotes(self.engine, self.engine.knowledge.quotes, self.actors)
        table = self.query_one(FiguresTable)
        table.meta = meta
        table.groups = filter_groups(self.engine, self.groups, self.actors)

    async def open_reader(self, doc: str, start: int, extra: list[Span] | None = None) -> None:
        """Open `doc` in the reader at `start`, highlighting the query's hits and `extra`.

        The hits of the current results show at once; the rest of the article's follow.
        """
        if self.engine is None:
            return
        document = self.engine.document(doc)
        hits = [s for h in self.results.hits if h.doc == doc for s in h.highlights]
        hits += extra or []
        knowledge = knowledge_spans(self.engine.knowledge, doc)
        self.action_view("reader")
        await self.query_one(Reader).show(document, hits, knowledge, start)
        query, actors = self.shown_query
        if query.strip():
            self.find_reader_hits(self.engine, doc, query, actors)

    @work(thread=True, exclusive=True, group="reader", exit_on_error=False)
    def find_reader_hits(
        self, engine: Engine, doc: str, query: str, actors: tuple[str, ...]
    ) -> None:
        """Find every hit of the query in `doc` in a thread; post them for the reader."""
        try:
            spans = engine.hits_in(doc, query, actors=list(actors))
        except QueryError:
            return
        if not get_current_worker().is_cancelled:
            self.post_message(ReaderHits(doc, query, actors, spans))

    def on_reader_hits(self, message: ReaderHits) -> None:
        """Highlight the whole article's hits, unless another article or query came since."""
        reader = self.query_one(Reader)
        shown = reader.document.id if reader.document else None
        if shown == message.doc and (message.query, message.actors) == self.shown_query:
            reader.add_hits(message.spans)

    async def on_result_list_opened(self, message: ResultList.Opened) -> None:
        """Read a result in its article."""
        hit = message.hit
        await self.open_reader(hit.doc, hit.highlights[0].start if hit.highlights else hit.start)

    async def on_quote_list_opened(self, message: QuoteList.Opened) -> None:
        """Read a quotation in its article."""
        quote = message.quote
        await self.open_reader(quote.doc, quote.start, [Span(quote.start, quote.end, "hit")])

    async def on_figures_table_opened(self, message: FiguresTable.Opened) -> None:
        """Read a figure at its sentence."""
        figure = message.figure
        await self.open_reader(figure.doc, figure.start, [Span(figure.start, figure.end, "hit")])

    def current_item(self) -> tuple[Excerpt, str] | None:
        """The item in view as an excerpt, with its speaker when it is a quotation."""
        engine, view = self.engine, self.tabs.active
        if engine is None:
            return None
        if view == "results" and (hit := self.query_one(ResultList).current):
            return Excerpt(engine.document(hit.doc), hit.start, hit.end, hit.highlights), ""
        if view == "quotes" and (quote := self.query_one(QuotesPane).current):
            doc = engine.document(quote.doc)
            return Excerpt(
                doc, quote.start, quote.end, (Span(quote.start, quote.end, "quote"),)
            ), quote.speaker
        if view == "figures" and (figure := self.query_one(FiguresTable).current):
            return _around(engine.document(figure.doc), Span(figure.start, figure.end, "hit")), ""
        if view == "reader":
            return self._reader_item()
        return None

    def _reader_item(self) -> tuple[Excerpt, str] | None:
        reader = self.query_one(Reader)
        document, passage = reader.document, reader.current_passage()
        if document is None or passage is None:
            return None
        return Excerpt(document, passage.start, passage.end, reader.hits), ""

    def action_mark_compare(self) -> None:
        """Put the current item (the whole article in the reader) on the next compare side."""
        item = self.current_item()
        if item is None:
            self.status("nothing to compare here: choose a result, quote, figure or article")
            return
        excerpt = item[0]
        if self.tabs.active == "reader":
            excerpt = Excerpt(excerpt.document, 0, len(excerpt.document.text), excerpt.spans)
        side, self.compare_side = (
            self.compare_side,
            "right" if self.compare_side == "left" else "left",
        )
        self.query_one(ComparePane).show(side, excerpt)
        if side == "right":
            self.action_view("compare")
        self.status(
            f"marked {excerpt.document.id} as {side}"
            + ("; c again for the right" if side == "left" else "")
        )

    def action_copy(self) -> None:
        """Copy the current passage or quote with its citation (OSC 52 and a file)."""
        item = self.current_item()
        if item is None:
            self.status("nothing to copy here")
            return
        excerpt, speaker = item
        text = clipboard.citation(excerpt.document, excerpt.start, excerpt.end, speaker)
        path = clipboard.copy(self.app, text)
        self.status(f"copied with citation (also in {path})")

    def action_export(self) -> None:
        """Ask for a format and folder, then export the view's items."""
        what = self.tabs.active if self.tabs.active in ("quotes", "figures") else "results"
        self.app.push_screen(
            ExportDialog(what, Path.cwd()), lambda choice: self._export(what, choice)
        )

    def _export(self, what: str, choice: ExportChoice | None) -> None:
        if choice is None or self.engine is None:
            return
        meta = {d: self.engine.catalog.entries[d].meta for d in self.engine.doc_ids}
        if what == "quotes":
            rows = export.quote_rows(self.query_one(QuotesPane).shown, meta)
        elif what == "figures":
            rows = export.figure_rows(self.query_one(FiguresTable).groups, meta)
        else:
            rows = export.hit_rows(self.results.hits)
        try:
            path = export.write(rows, what, choice.fmt, choice.folder)
        except OSError as error:
            self.status(f"export failed: {error.strerror or error}")
            return
        self.status(f"exported {len(rows)} {what} to {path}")


def _around(document: Document, span: Span) -> Excerpt:
    passage = passage_at(document, span.start)
    start, end = (passage.start, passage.end) if passage else (span.start, span.end)
    return Excerpt(document, start, end, (span,))
