"""The query input, with its history, hit count and error message."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Label


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
    """The search row: the query input, then an error or the hit count."""

    error: reactive[str] = reactive("")
    """The message of the last malformed query, or empty."""
    count: reactive[str] = reactive("")
    """The hit count, as shown."""

    class Changed(Message):
        """The query text changed."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

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
        self.post_message(self.Changed(event.value))

    def watch_error(self, error: str) -> None:
        self.set_class(bool(error), "-error")
        self.query_one("#query-error", Label).update(error)

    def watch_count(self, count: str) -> None:
        self.query_one("#hit-count", Label).update(count)
