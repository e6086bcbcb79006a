"""The main screen: search bar, filter bar, the views in tabs, and the status line."""

from __future__ import annotations

import time
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, TabbedContent, TabPane
from textual.worker import get_current_worker

from index.engine import Engine
from index.query import QueryError
from tui.messages import IndexFailed, IndexProgress, IndexReady, SearchFailed, SearchFinished
from tui.widgets.filter_bar import FilterBar
from tui.widgets.results import ResultList
from tui.widgets.search_bar import SearchBar
from tui.widgets.status import StatusLine

DEBOUNCE = 0.15
"""Seconds of typing pause before a search runs."""


class MainScreen(Screen[None]):
    """Mediates between the search bar, the views and the engine's workers."""

    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    actors: var[tuple[str, ...]] = var(())
    """Actor filters applied to every view."""

    BINDINGS = [
        Binding("slash", "focus_search", "Search"),
        Binding("x", "clear_filters", "Clear filters", show=False),
    ]

    def __init__(self, corpus_dir: Path, cache_root: Path | None) -> None:
        super().__init__()
        self.corpus_dir = corpus_dir
        self.cache_root = cache_root
        self._debounce: Timer | None = None

    def compose(self) -> ComposeResult:
        yield SearchBar()
        yield FilterBar()
        with TabbedContent(id="views"):
            with TabPane("Results", id="results"):
                yield ResultList(id="result-list")
        yield StatusLine()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(StatusLine).text = "opening the index…"
        self.call_after_refresh(self.open_engine)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def open_engine(self) -> None:
        """Open (building if needed) the index, posting progress, then the engine."""
        def progress(done: int, total: int, what: str) -> None:
            self.post_message(IndexProgress(done, total, what))

        try:
            engine = Engine.open(self.corpus_dir, cache_root=self.cache_root, progress=progress)
            engine.documents  # read every article now, off the UI thread
        except Exception as error:  # noqa: BLE001 - any failure is shown, not raised
            self.post_message(IndexFailed(str(error).splitlines()[0] if str(error) else repr(error)))
            return
        self.post_message(IndexReady(engine))

    def on_index_progress(self, message: IndexProgress) -> None:
        self.query_one(StatusLine).progress(message.done, message.total, message.what)

    def on_index_failed(self, message: IndexFailed) -> None:
        status = self.query_one(StatusLine)
        status.building, status.text = False, f"index failed: {message.reason}"

    def on_index_ready(self, message: IndexReady) -> None:
        self.engine = message.engine
        status = self.query_one(StatusLine)
        status.building = False
        status.text = f"{len(message.engine.doc_ids)} articles ready · ? help · ctrl+p commands"
        self.schedule_search()

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
        if not query.strip():
            self.query_one(ResultList).hits = ()
            self.query_one(SearchBar).count = ""
            self.query_one(SearchBar).error = ""
            return
        self.run_search(self.engine, query, self.actors)

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
        if not self._is_current(message.query, message.actors):
            return
        bar = self.query_one(SearchBar)
        bar.error = ""
        results = message.results
        bar.count = f"{results.total} hit{'s' if results.total != 1 else ''}"
        self.query_one(ResultList).hits = results.hits

    def on_search_failed(self, message: SearchFailed) -> None:
        if self._is_current(message.query, message.actors):
            self.query_one(SearchBar).error = message.reason

    def action_focus_search(self) -> None:
        """Focus the query input on the results view."""
        self.query_one(TabbedContent).active = "results"
        self.query_one(SearchBar).input.focus()

    def action_clear_filters(self) -> None:
        """Remove every actor filter."""
        self.actors = ()

    def watch_actors(self, actors: tuple[str, ...]) -> None:
        self.query_one(FilterBar).actors = actors
        self.schedule_search()
