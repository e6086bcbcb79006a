"""The search row: the query input with its history, the count, and the search it runs as
you type; below it, the error of a malformed query, wrapped to the width."""

from __future__ import annotations

import threading
import time

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive, var
from textual.timer import Timer
from textual.widgets import Input, Label, Static
from textual.worker import Worker, get_current_worker

from index import Engine, QueryError, Results
from tui.messages import SearchFailed, SearchFinished
from tui.render import plain
from tui.repaired import Repairs
from tui.watch import CorpusWatch
from tui.widgets.filter_input import FilterInput
from tui.wording import counted

LIMIT = 100
"""Most passages one search shows."""
PAINT_WAIT = 0.5
"""Seconds the rest of the passages wait for the first screenful to be painted."""
FIRST = 25
"""Passages shown first: each shown hit costs its highlights (at 10,000 articles 100 hits
take about 190 ms, 25 about 70), so the first screenful comes at once and the rest follow
from the same worker unless a newer keystroke cancelled it."""


class QueryInput(FilterInput):
    """The query box: up/down walk the history of the queries left with Enter or Esc;
    Esc leaves it."""

    BINDINGS = [
        Binding("up", "history(-1)", "Older query", show=False),
        Binding("down", "history(1)", "Newer query", show=False),
        Binding("escape", "done", "To the results"),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.history: list[str] = []
        """Queries the box was left with, oldest first."""
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

    def action_done(self) -> None:
        """Esc: remember the query (typed, then its results read) and leave the box."""
        self.remember(self.value)
        super().action_done()

    async def action_submit(self) -> None:
        """Enter: as Esc."""
        self.action_done()


def count_text(results: Results) -> str:
    """The count shown: every reachable passage, how many are listed, in how many articles."""
    total, shown = results.total, len(results.hits)
    if not total:
        return "no passages" + (f" · {results.note}" if results.note else "")
    articles = len({h.doc for h in results.hits})
    where = f" in {counted(articles, 'article')}"
    if shown == total:
        text = counted(total, "passage") + where
    else:
        text = f"best {shown} of {total:,} passages"
    return f"{text} · {results.note}" if results.note else text


class SearchBar(Vertical):
    """The query input and the count; the error below.

    It searches once typing pauses, in a thread, with the actor filters, after noticing
    the articles added, changed or removed since the last look; a fresh
    `SearchFinished` bubbles up to the screen, stale answers stop here.
    """

    error: reactive[str] = reactive("")
    """The message of the last malformed query, or empty."""
    count: reactive[str] = reactive("")
    """The count of reachable passages, as shown."""
    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    actors: var[tuple[str, ...]] = var(())
    """Ids of the actors every search is filtered to."""
    repairs: var[Repairs] = var(lambda: Repairs(None))
    """Where each article's spaces were restored (read ahead for the results)."""
    corpus_watch: var[CorpusWatch | None] = var(None)
    """What catches the index up with the corpus folder before a search, when due."""

    def __init__(self, debounce: float, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.debounce = debounce
        """Seconds of typing pause before a search runs."""
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-row"):
            yield QueryInput(
                placeholder='/ search: wall, "concrete wall", Bindawi~, source:shafaq', id="query"
            )
            yield Label("", id="hit-count", markup=False)
        yield Static("", id="query-error")

    @property
    def input(self) -> QueryInput:
        """The query input."""
        return self.query_one(QueryInput)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.schedule()

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
        """Run the query (or, with no words, list what the actor filters admit)."""
        query, engine = self.input.value, self.engine
        if engine is None:
            return
        if query.strip() or self.actors:
            self.run_search(engine, query, self.actors)
        else:
            self.post_message(SearchFinished(query, self.actors, Results((), 0)))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, engine: Engine, query: str, actors: tuple[str, ...]) -> None:
        """Search in a thread, the index first caught up with the corpus folder when due;
        read ahead where the hits' articles were repaired; post the results or the
        query's error."""
        watch = self.corpus_watch
        if watch is not None and watch.due_before_search():
            watch.check()
        worker = get_current_worker()
        for limit in (FIRST, LIMIT):
            try:
                results = engine.search(query, actors=actors, limit=limit)
            except QueryError as error:
                self.post_message(SearchFailed(query, actors, str(error)))
                return
            except Exception as error:  # a bug: said on the search line, not dropped
                reason = f"the search failed ({type(error).__name__}: {error})"
                self.post_message(SearchFailed(query, actors, reason))
                return
            for doc in dict.fromkeys(h.doc for h in results.hits):
                if worker.is_cancelled:
                    return
                self.repairs.inserted(doc)
            shown = threading.Event()
            self.post_message(SearchFinished(query, actors, results, shown))
            if len(results.hits) >= results.total:
                return
            _painted_or_given_up(shown, worker)
            if worker.is_cancelled:
                return

    def _is_current(self, query: str, actors: tuple[str, ...]) -> bool:
        return query == self.input.value and actors == self.actors

    def on_search_finished(self, message: SearchFinished) -> None:
        """Show the count of fresh results and let them bubble up; stop stale ones."""
        if not self._is_current(message.query, message.actors):
            message.stop()
            return
        self.error = ""
        blank = not message.query.strip() and not message.actors
        self.count = "" if blank else count_text(message.results)

    def on_search_failed(self, message: SearchFailed) -> None:
        message.stop()
        if self._is_current(message.query, message.actors):
            self.error = message.reason

    def watch_error(self, error: str) -> None:
        self.set_class(bool(error), "-error")
        shown = " (the results below are of the last good query)" if self.count else ""
        text = f"{error}{shown}" if error else ""
        self.query_one("#query-error", Static).update(plain(text))

    def watch_count(self, count: str) -> None:
        self.query_one("#hit-count", Label).update(plain(count))


def _painted_or_given_up(shown: threading.Event, worker: Worker[None]) -> None:
    """Wait until the first results are painted (their search's thread would otherwise
    hold the interpreter while the screen draws them), a newer search cancels this one,
    or `PAINT_WAIT` passes (results that are not shown, being stale, never set it)."""
    given_up = time.monotonic() + PAINT_WAIT
    while not shown.wait(0.01):
        if worker.is_cancelled or time.monotonic() > given_up:
            return
