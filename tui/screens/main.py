"""The main screen: search bar, filter bar, the views in tabs, and the status line.

It holds the engine and the actor filters and hands them down to the widgets (data
binding); widgets post what happened upward, and the screen mediates between them.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Input, TabPane

from index import Engine, Results
from tui import clipboard
from tui.messages import (
    IndexFailed,
    IndexProgress,
    IndexReady,
    LoadWarnings,
    OpenInReader,
    SearchFinished,
)
from tui.screens.export_dialog import ExportDialog
from tui.screens.warnings import WarningsScreen, warnings_summary
from tui.widgets.actors import ActorList, ActorsPane
from tui.widgets.compare import ComparePane
from tui.widgets.figures import FiguresTable
from tui.widgets.filter_bar import FilterBar
from tui.widgets.quotes import QuotesPane
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList
from tui.widgets.search_bar import SearchBar
from tui.widgets.status import StatusLine
from tui.widgets.views import VIEWS, Views

DEBOUNCE = 0.15
"""Seconds of typing pause before a search runs."""


class MainScreen(Screen[None]):
    """Mediates between the search bar, the views and the engine's workers."""

    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    actors: var[tuple[str, ...]] = var(())
    """Ids of the actors every view is filtered to."""

    BINDINGS = [
        Binding("slash", "focus_search", "Search"),
        Binding("a", "view('actors')", "Actors", show=False),
        Binding("q", "view('quotes')", "Quotes", show=False),
        Binding("f", "view('figures')", "Figures", show=False),
        Binding("c", "mark_compare", "Compare"),
        Binding("C", "view('compare')", "Show compare", show=False),
        Binding("y", "copy", "Copy"),
        Binding("e", "export", "Export"),
        Binding("x", "clear_filters", "Clear filters", show=False),
        Binding("w", "warnings", "Loading warnings", show=False),
        Binding("escape", "back", "Back", show=False),
        *[Binding(str(i), f"view('{v}')", v.title(), show=False) for i, v in enumerate(VIEWS, 1)],
    ]

    def __init__(self, corpus_dir: Path, cache_root: Path | None) -> None:
        super().__init__()
        self.corpus_dir = corpus_dir
        self.cache_root = cache_root
        self.results = Results((), 0)
        """The last good results."""
        self.shown_query: tuple[str, tuple[str, ...]] = ("", ())
        """The query and actor ids that gave `results`."""
        self.warnings: tuple[str, ...] = ()
        """What went wrong while loading the corpus, one line each."""

    def compose(self) -> ComposeResult:
        engine, actors = MainScreen.engine, MainScreen.actors
        yield SearchBar(DEBOUNCE).data_bind(engine, actors)
        yield FilterBar().data_bind(engine, actors)
        with Views(id="views"):
            with TabPane("1 Results", id="results"):
                yield ResultList(id="result-list")
            with TabPane("2 Reader", id="reader"):
                yield Reader(id="reader-view").data_bind(engine)
            with TabPane("3 Actors", id="actors"):
                yield ActorsPane().data_bind(engine, selected=actors)
            with TabPane("4 Quotes", id="quotes"):
                yield QuotesPane().data_bind(engine, actors)
            with TabPane("5 Figures", id="figures"):
                yield FiguresTable(id="figures-table").data_bind(engine, actors)
            with TabPane("6 Compare", id="compare"):
                yield ComparePane()
        yield StatusLine()
        yield Footer(compact=True)

    @property
    def views(self) -> Views:
        """The tabbed views."""
        return self.query_one(Views)

    def status(self, text: str | None) -> None:
        """Say `text` on the status line (nothing for None)."""
        if text is not None:
            self.query_one(StatusLine).text = text

    def on_mount(self) -> None:
        self.status("opening the index…")
        self.query_one(SearchBar).input.focus()
        self.call_after_refresh(self.open_engine)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def open_engine(self) -> None:
        """Open (building if needed) the index, posting progress, warnings, then the engine."""

        def progress(done: int, total: int, what: str) -> None:
            self.post_message(IndexProgress(done, total, what))

        warnings: list[str] = []
        outcome: Message
        try:
            engine = Engine.open(
                self.corpus_dir, cache_root=self.cache_root, progress=progress, warn=warnings.append
            )
            outcome = IndexReady(engine)
        except Exception as error:
            outcome = IndexFailed((str(error) or repr(error)).splitlines()[0])
        if warnings:
            self.post_message(LoadWarnings(tuple(warnings)))
        self.post_message(outcome)

    def on_index_progress(self, message: IndexProgress) -> None:
        self.query_one(StatusLine).progress(message.done, message.total, message.what)

    def on_index_failed(self, message: IndexFailed) -> None:
        self.query_one(StatusLine).building = False
        self.status(f"index failed: {message.reason}")

    def on_load_warnings(self, message: LoadWarnings) -> None:
        self.warnings = message.warnings
        title = f"{_count(message.warnings, 'warning')} while loading"
        summary = warnings_summary(message.warnings)
        self.notify(summary, title=title, severity="warning", timeout=10, markup=False)

    def on_index_ready(self, message: IndexReady) -> None:
        self.engine = message.engine
        self.query_one(StatusLine).building = False
        ready = f"{len(message.engine.doc_ids)} articles ready"
        if self.warnings:
            self.status(f"{ready} · {_count(self.warnings, 'warning')} — press w to list · ? help")
        else:
            self.status(f"{ready} · ? help · ctrl+p commands")

    def on_search_finished(self, message: SearchFinished) -> None:
        self.show_results(message.results, message.query, message.actors)

    def show_results(self, results: Results, query: str = "", actors: tuple[str, ...] = ()) -> None:
        """Show `results` (of `query` with actor ids `actors`) as the last good ones."""
        self.results, self.shown_query = results, (query, actors)
        self.query_one(ResultList).hits = results.hits

    @on(Input.Submitted, "#query")
    def submit_query(self) -> None:
        """Enter in the search bar moves to the results."""
        self.query_one(ResultList).focus()

    @on(ActorList.Toggled)
    def toggle_actor(self, message: ActorList.Toggled) -> None:
        """Add or remove an actor filter."""
        chosen = message.actor_id
        if chosen in self.actors:
            self.actors = tuple(a for a in self.actors if a != chosen)
        else:
            self.actors = (*self.actors, chosen)

    def action_clear_filters(self) -> None:
        """Remove every actor filter."""
        self.actors = ()

    async def on_open_in_reader(self, message: OpenInReader) -> None:
        """Read an article at a result, quote or figure, with the results' hits in it."""
        hits = [s for h in self.results.hits if h.doc == message.doc for s in h.highlights]
        self.views.show("reader")
        reader = self.query_one(Reader)
        await reader.open(message.doc, message.at, [*hits, *message.spans], *self.shown_query)

    def action_view(self, view: str) -> None:
        """Show `view` and focus its main widget."""
        self.views.show(view)

    def action_focus_search(self) -> None:
        """Focus the query input on the results view."""
        self.views.active = "results"
        self.query_one(SearchBar).input.focus()

    def action_back(self) -> None:
        """Go back to the previous view (Esc)."""
        if not self.views.back():
            self.query_one(ResultList).focus()

    def action_mark_compare(self) -> None:
        """Put the current item (the whole article in the reader) on the next compare side."""
        excerpt = self.views.excerpt(to_compare=True)
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
        excerpt = self.views.excerpt()
        if excerpt is None:
            self.status("nothing to copy here")
            return
        path = clipboard.copy(self.app, excerpt.citation())
        self.status(f"copied with citation (also in {path})")

    def action_export(self) -> None:
        """Ask for a format and folder, then export the view's items."""
        what, rows = self.views.exportable()
        self.app.push_screen(ExportDialog(what, rows, Path.cwd()), self.status)

    def action_warnings(self) -> None:
        """List the warnings from loading the corpus."""
        if self.warnings:
            self.app.push_screen(WarningsScreen(self.warnings))
        else:
            self.status("no warnings while loading the corpus")


def _count(items: tuple[str, ...], noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"
