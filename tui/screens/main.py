"""The main screen: search bar, filter bar, the views in tabs, and the status line.

It holds the engine, the actor filters and the text mode and hands them down to the
widgets (data binding); widgets post what happened upward, and the screen mediates.
The keys that move between views and boxes are `KeyModel`'s; those that act on the
item in view are `ItemActions`'; opening the index and keeping it up with the corpus
folder are `IndexKeeper`'s.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import var
from textual.widgets import Footer, TabPane

from index import CorpusError, Results
from tui.export import About
from tui.messages import OpenInReader, SearchFinished
from tui.screens.corpus import IndexKeeper
from tui.screens.warnings import WarningsScreen
from tui.state import StateFile
from tui.watch import Activity
from tui.widgets.actors import ActorList, ActorsPane
from tui.widgets.compare import ComparePane
from tui.widgets.figures import FiguresPane
from tui.widgets.filter_bar import FilterBar
from tui.widgets.filter_input import FilterInput
from tui.widgets.quotes import QuotesPane
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList
from tui.widgets.search_bar import SearchBar
from tui.widgets.status import StatusLine
from tui.widgets.views import Views

DEBOUNCE = 0.15
"""Seconds of typing pause before a search runs."""


class MainScreen(IndexKeeper):
    """Mediates between the search bar, the views and the engine's workers."""

    actors: var[tuple[str, ...]] = var(())
    """Ids of the actors every view is filtered to."""
    original: var[bool] = var(False)
    """Whether the views show the original text instead of the repaired one."""

    BINDINGS = [
        Binding("c", "mark_compare", "Compare"),
        Binding("y", "copy", "Copy"),
        Binding("e", "export", "Export"),
        Binding("o", "toggle_original", "Original text", show=False),
        Binding("x", "clear_filters", "Clear filters", show=False),
        Binding("w", "warnings", "Loading warnings", show=False),
    ]

    def __init__(
        self,
        corpus_dir: Path,
        cache_root: Path | None,
        state: StateFile,
        activity: Activity | None = None,
    ) -> None:
        super().__init__()
        self.corpus_dir = corpus_dir
        self.cache_root = cache_root
        self.state = state
        """What is remembered between runs."""
        self.activity = activity or Activity()
        """When the analyst last pressed a key (updates wait for a pause)."""
        self.results = Results((), 0)
        """The last good results."""
        self.shown_query: tuple[str, tuple[str, ...]] = ("", ())
        """The query and actor ids that gave `results`."""
        self.warnings: tuple[str, ...] = ()
        """What went wrong loading the corpus, or since, one line each."""

    def compose(self) -> ComposeResult:
        engine, actors = MainScreen.engine, MainScreen.actors
        repairs, original = MainScreen.repairs, MainScreen.original
        yield SearchBar(DEBOUNCE).data_bind(engine, actors, repairs, MainScreen.corpus_watch)
        yield FilterBar().data_bind(engine, actors)
        with Views(id="views"):
            with TabPane("1 Results", id="results"):
                yield ResultList(id="result-list").data_bind(repairs, original)
            with TabPane("2 Reader", id="reader"):
                yield Reader(id="reader-view").data_bind(engine, original)
            with TabPane("3 Actors", id="actors"):
                yield ActorsPane().data_bind(engine, selected=actors)
            with TabPane("4 Quotes", id="quotes"):
                yield QuotesPane().data_bind(engine, actors, repairs, original)
            with TabPane("5 Figures", id="figures"):
                yield FiguresPane().data_bind(engine, actors, repairs)
            with TabPane("6 Compare", id="compare"):
                yield ComparePane().data_bind(original)
        yield StatusLine()
        yield Footer(compact=True)

    def status(self, text: str | None) -> None:
        """Say `text` on the status line (nothing for None)."""
        if text is not None:
            self.query_one(StatusLine).text = text

    def about(self) -> About:
        """The query, actor filters and corpus of what is shown."""
        query, actors = self.shown_query
        return About(query, self.names(actors), str(self.corpus_dir))

    def names(self, actors: tuple[str, ...]) -> tuple[str, ...]:
        """The names of the actors with ids `actors`."""
        engine = self.engine
        return tuple(engine.actor(a).name for a in actors) if engine else ()

    def on_mount(self) -> None:
        self.status("opening the index…")
        bar = self.query_one(SearchBar)
        bar.input.history = list(self.state.state.history)
        bar.input.remember("")
        self.set_focus(bar.input)
        self.call_after_refresh(self.open)

    def on_search_finished(self, message: SearchFinished) -> None:
        self.show_results(message.results, message.query, message.actors)
        if message.shown is not None:
            self.call_after_refresh(message.shown.set)

    def show_results(self, results: Results, query: str = "", actors: tuple[str, ...] = ()) -> None:
        """Show `results` (of `query` with actor ids `actors`) as the last good ones."""
        same = (query, actors) == self.shown_query
        self.results, self.shown_query = results, (query, actors)
        self.query_one(ResultList).show(results.hits, query, self.names(actors), keep=same)

    @on(FilterInput.Done, "#query")
    def leave_search(self) -> None:
        """Leaving the search box (Enter, Esc) keeps its query in the history across runs
        and moves to the results."""
        query = self.query_one(SearchBar).input.value
        self.state.update(self.state.state.remember(query))
        self.views.show("results")

    @on(ActorList.Toggled)
    def toggle_actor(self, message: ActorList.Toggled) -> None:
        """Add or remove an actor filter."""
        chosen = message.actor_id
        if chosen in self.actors:
            self.actors = tuple(a for a in self.actors if a != chosen)
        else:
            self.actors = (*self.actors, chosen)

    @on(ActorList.Chosen)
    def show_actor(self, message: ActorList.Chosen) -> None:
        """Every passage naming the actor, newest first: the actor as the only filter and
        no words."""
        self.query_one(SearchBar).input.value = ""
        self.actors = (message.actor_id,)
        self.views.show("results")
        name = self.names(self.actors)[0]
        self.status(f"passages naming {name}, newest first · q quotes · x clears")

    @on(ActorList.SaidBy)
    def show_said_by(self, message: ActorList.SaidBy) -> None:
        """The quotations of the actor."""
        self.query_one(QuotesPane).speaker = message.actor_id
        self.views.show("quotes")

    def action_clear_filters(self) -> None:
        """Remove every actor filter and the speaker of the quotes."""
        self.actors = ()
        self.query_one(QuotesPane).speaker = ""
        self.status("filters cleared")

    def action_toggle_original(self) -> None:
        """Show the original text, or the repaired one again."""
        self.original = not self.original
        self.status("showing the original text" if self.original else "showing the repaired text")

    async def on_open_in_reader(self, message: OpenInReader) -> None:
        """Read an article at a result, quote or figure, with the results' hits in it."""
        hits = [s for h in self.results.hits if h.doc == message.doc for s in h.highlights]
        reader = self.query_one(Reader)
        try:
            await reader.open(message.doc, message.at, [*hits, *message.spans], *self.shown_query)
        except CorpusError as error:
            self.status(str(error))
            return
        self.views.show("reader")

    def action_warnings(self) -> None:
        """List the warnings from loading the corpus."""
        if self.warnings:
            self.app.push_screen(WarningsScreen(self.warnings))
        else:
            self.status("no warnings while loading the corpus")
