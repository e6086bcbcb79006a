"""The main screen: search bar, filter bar, the views in tabs, and the status line."""

from __future__ import annotations

import time
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import Footer, Input, TabbedContent, TabPane, Tabs
from textual.worker import get_current_worker

from index import Engine
from index.query import QueryError
from index.search import Results
from tui.messages import (
    IndexFailed,
    IndexProgress,
    IndexReady,
    LoadWarnings,
    SearchFailed,
    SearchFinished,
)
from tui.screens.warnings import WarningsScreen, warnings_summary
from tui.screens.workbench import Workbench
from tui.widgets.actors import ActorList, ActorsPane
from tui.widgets.compare import ComparePane
from tui.widgets.figures import FiguresTable
from tui.widgets.filter_bar import FilterBar
from tui.widgets.quotes import QuotesPane
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList
from tui.widgets.search_bar import SearchBar
from tui.widgets.status import StatusLine

DEBOUNCE = 0.15
"""Seconds of typing pause before a search runs."""

VIEWS = ("results", "reader", "actors", "quotes", "figures", "compare")
"""The tabs, in order (keys 1–6)."""


class MainScreen(Workbench):
    """Mediates between the search bar, the views and the engine's workers."""

    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    actors: var[tuple[str, ...]] = var(())
    """Actor filters applied to every view."""

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
        self._debounce: Timer | None = None
        self._trail: list[str] = []
        self.warnings: tuple[str, ...] = ()
        """What went wrong while loading the corpus, one line each."""

    def compose(self) -> ComposeResult:
        yield SearchBar()
        yield FilterBar()
        with TabbedContent(id="views"):
            with TabPane("1 Results", id="results"):
                yield ResultList(id="result-list")
            with TabPane("2 Reader", id="reader"):
                yield Reader(id="reader-view")
            with TabPane("3 Actors", id="actors"):
                yield ActorsPane()
            with TabPane("4 Quotes", id="quotes"):
                yield QuotesPane()
            with TabPane("5 Figures", id="figures"):
                yield FiguresTable(id="figures-table")
            with TabPane("6 Compare", id="compare"):
                yield ComparePane()
        yield StatusLine()
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.status("opening the index…")
        self.query_one(SearchBar).input.focus()
        self.query_one(Tabs).can_focus = False  # Tab moves between panes, not onto the tab strip
        self.call_after_refresh(self.open_engine)

    @on(Input.Submitted, "#query")
    def submit_query(self, event: Input.Submitted) -> None:
        """Enter in the bar: remember the query and move to the results."""
        self.query_one(SearchBar).input.remember(event.value)
        self.query_one(ResultList).focus()

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
            outcome = IndexReady(engine, engine.compare())
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

    def action_warnings(self) -> None:
        """List the warnings from loading the corpus."""
        if self.warnings:
            self.app.push_screen(WarningsScreen(self.warnings))
        else:
            self.status("no warnings while loading the corpus")

    def on_index_ready(self, message: IndexReady) -> None:
        self.groups = message.groups
        self.engine = message.engine
        self.query_one(StatusLine).building = False
        ready = f"{len(message.engine.doc_ids)} articles ready"
        if self.warnings:
            self.status(f"{ready} · {_count(self.warnings, 'warning')} — press w to list · ? help")
        else:
            self.status(f"{ready} · ? help · ctrl+p commands")
        self.query_one(ActorsPane).actors = message.engine.knowledge.actors
        self.refresh_views()

    @on(SearchBar.Changed)
    def schedule_search(self) -> None:
        """Search once typing pauses."""
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, self.start_search)

    def start_search(self) -> None:
        """Run the query in the bar with the current filters, or clear the results."""
        query = self.query_one(SearchBar).input.value
        if self.engine is None:
            return
        if query.strip():
            self.run_search(self.engine, query, self.actors)
        else:
            self.show_results(Results((), 0))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, engine: Engine, query: str, actors: tuple[str, ...]) -> None:
        """Search in a thread; post the results or the query's error."""
        began = time.perf_counter()
        try:
            results = engine.search(query, actors=list(actors))
        except QueryError as error:
            self.post_message(SearchFailed(query, actors, str(error)))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(SearchFinished(query, actors, results, time.perf_counter() - began))

    def _is_current(self, query: str, actors: tuple[str, ...]) -> bool:
        return query == self.query_one(SearchBar).input.value and actors == self.actors

    def on_search_finished(self, message: SearchFinished) -> None:
        if self._is_current(message.query, message.actors):
            self.show_results(message.results, message.query, message.actors)

    def show_results(self, results: Results, query: str = "", actors: tuple[str, ...] = ()) -> None:
        """Show `results` (of `query` with `actors`) as the last good ones."""
        self.results, self.shown_query = results, (query, actors)
        bar = self.query_one(SearchBar)
        bar.error = ""
        bar.count = (
            f"{results.total} hit{'s' if results.total != 1 else ''}" if results.hits else ""
        )
        self.query_one(ResultList).hits = results.hits

    def on_search_failed(self, message: SearchFailed) -> None:
        if self._is_current(message.query, message.actors):
            self.query_one(SearchBar).error = message.reason

    @on(ActorList.Toggled)
    def toggle_actor(self, message: ActorList.Toggled) -> None:
        """Add or remove an actor filter."""
        name = message.name
        self.actors = (
            tuple(a for a in self.actors if a != name)
            if name in self.actors
            else (*self.actors, name)
        )

    def action_clear_filters(self) -> None:
        """Remove every actor filter."""
        self.actors = ()

    def watch_actors(self, actors: tuple[str, ...]) -> None:
        self.query_one(FilterBar).actors = actors
        self.query_one(ActorsPane).selected = actors
        self.refresh_views()
        self.schedule_search()


def _count(items: tuple[str, ...], noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"
