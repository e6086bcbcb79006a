"""The search row: the query input with its history, and the search it runs as you type."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import reactive, var
from textual.timer import Timer
from textual.widgets import Input, Label
from textual.worker import get_current_worker

from index import Engine, QueryError, Results
from tui.messages import SearchFailed, SearchFinished


class QueryInput(Input):
    """A query input whose up/down keys walk the history of submitted queries."""

    BINDINGS = [
        Binding("up", "history(-1)", "Older query", show=False),
        Binding("down", "history(1)", "Newer query", show=False),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.history: list[str] = []
        """Submitted queries, oldest first."""
        self._position = 0

    def remember(self, query: str) -> None:
        """Add `query` to the end of the history (without duplicates)."""
        if query.strip():
            self.history = [q for q in self.history if q != query] + [query]
        self._position = len(self.history)

    def action_history(self, step: int) -> None:
        """Show the previous (-1) or next (+1) query of the history."""
        if not self.history:
            return
        self._position = max(0, min(len(self.history), self._position + step))
        text = self.history[self._position] if self._position < len(self.history) else ""
        self.value = text
        self.cursor_position = len(text)


class SearchBar(Horizontal):
    """The query input, then an error or the hit count.

    It searches once typing pauses, in a thread, with the actor filters; a fresh
    `SearchFinished` bubbles up to the screen, stale answers stop here.
    """

    error: reactive[str] = reactive("")
    """The message of the last malformed query, or empty."""
    count: reactive[str] = reactive("")
    """The hit count, as shown."""
    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    actors: var[tuple[str, ...]] = var(())
    """Ids of the actors every search is filtered to."""

    def __init__(self, debounce: float, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.debounce = debounce
        """Seconds of typing pause before a search runs."""
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield QueryInput(
            placeholder='/ search: wall, "concrete wall", Bindawi~, source:shafaq', id="query"
        )
        yield Label("", id="query-error", markup=False)
        yield Label("", id="hit-count", markup=False)

    @property
    def input(self) -> QueryInput:
        """The query input."""
        return self.query_one(QueryInput)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.schedule()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Remember a submitted query; the screen moves on to the results."""
        self.input.remember(event.value)

    def watch_engine(self) -> None:
        self.schedule()

    def watch_actors(self) -> None:
        self.schedule()

    def schedule(self) -> None:
        """Search once typing pauses."""
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.debounce, self.start)

    def start(self) -> None:
        """Run the query with the current filters, or clear the results."""
        query, engine = self.input.value, self.engine
        if engine is None:
            return
        if query.strip():
            self.run_search(engine, query, self.actors)
        else:
            self.post_message(SearchFinished(query, self.actors, Results((), 0)))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, engine: Engine, query: str, actors: tuple[str, ...]) -> None:
        """Search in a thread; post the results or the query's error."""
        try:
            results = engine.search(query, actors=actors)
        except QueryError as error:
            self.post_message(SearchFailed(query, actors, str(error)))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(SearchFinished(query, actors, results))

    def _is_current(self, query: str, actors: tuple[str, ...]) -> bool:
        return query == self.input.value and actors == self.actors

    def on_search_finished(self, message: SearchFinished) -> None:
        """Show the count of fresh results and let them bubble up; stop stale ones."""
        if not self._is_current(message.query, message.actors):
            message.stop()
            return
        total = message.results.total
        self.error = ""
        self.count = f"{total} hit{'s' if total != 1 else ''}" if message.results.hits else ""

    def on_search_failed(self, message: SearchFailed) -> None:
        message.stop()
        if self._is_current(message.query, message.actors):
            self.error = message.reason

    def watch_error(self, error: str) -> None:
        self.set_class(bool(error), "-error")
        self.query_one("#query-error", Label).update(error)

    def watch_count(self, count: str) -> None:
        self.query_one("#hit-count", Label).update(count)
