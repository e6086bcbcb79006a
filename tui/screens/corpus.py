"""The main screen's index: opened in a thread, then kept up with the corpus folder.

Articles added, changed or removed while the app runs are indexed by the next search or
by a check every few seconds while the analyst is idle (`tui.watch`); then every view
reads the corpus again, the reader re-reads its article, and one notification says what
changed.
"""

from __future__ import annotations

import gc
from functools import partial
from pathlib import Path
from time import monotonic

from textual import work
from textual.reactive import var
from textual.worker import get_current_worker

from index import CorpusError, Engine
from tui.loader import open_engine
from tui.messages import (
    IndexCheckFailed,
    IndexFailed,
    IndexProgress,
    IndexReady,
    IndexUpdated,
    IndexWarning,
    LoadWarnings,
)
from tui.repaired import Repairs
from tui.safe_text import one_line, visible
from tui.screens.items import ItemActions
from tui.screens.warnings import LIST_THEM, warnings_summary
from tui.watch import CHECK_EVERY, IDLE_SHARE, Activity, CorpusWatch, changed, summary
from tui.widgets.quotes import QuotesPane
from tui.widgets.reader import Reader
from tui.widgets.status import StatusLine
from tui.wording import NO_ARTICLE, counted

TICK = 1.0
"""Seconds between two looks at whether a periodic check is due."""
WARM_FIRST = 1.0
"""Seconds after the index is ready (or updated) before the first look at whether its
commonest words can be decoded ahead (`Engine.warm`): the panes are filled by then."""
WARM_AFTER = 0.2
"""Seconds between looks while other work runs."""
WARM_LAG = 0.02
"""Seconds late past which a look finds the event loop busy (not yet time to warm)."""


class IndexKeeper(ItemActions):
    """Opens the index, then keeps the engine, and the views, up with the corpus folder."""

    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    repairs: var[Repairs] = var(lambda: Repairs(None))
    """Where each article's spaces were restored."""
    corpus_watch: var[CorpusWatch | None] = var(None)
    """What compares the corpus folder with the index, once it is open."""

    warmed = False
    """Whether the open index's commonest words were decoded ahead (`warm`)."""
    corpus_dir: Path
    cache_root: Path | None
    activity: Activity
    warnings: tuple[str, ...]
    actors: tuple[str, ...]

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def open(self) -> None:
        """Open (building if needed) the index, posting progress, warnings, then the engine."""
        worker = get_current_worker()
        open_engine(
            self.corpus_dir,
            self.cache_root,
            self.post_message,
            cancelled=lambda: worker.is_cancelled,
        )

    def on_index_progress(self, message: IndexProgress) -> None:
        self.query_one(StatusLine).progress(message.done, message.total, message.what)

    def on_index_failed(self, message: IndexFailed) -> None:
        self.query_one(StatusLine).done()
        self.status(f"index failed: {message.reason}")

    def on_load_warnings(self, message: LoadWarnings) -> None:
        self.warnings = message.warnings
        title = f"{counted(len(message.warnings), 'warning')} while loading"
        lines = visible(warnings_summary(message.warnings))
        self.notify(lines, title=title, severity="warning", timeout=10, markup=False)

    def on_index_ready(self, message: IndexReady) -> None:
        self.corpus_watch = CorpusWatch(message.engine, self.post_message, message.looked)
        self.repairs = Repairs(message.engine)
        self.engine = message.engine
        self.query_one(StatusLine).done()
        self.say_ready(message.engine)
        self.set_interval(TICK, self.tick)
        self.warm_soon(WARM_FIRST)

    def say_ready(self, engine: Engine) -> None:
        """Say how many articles are ready, and how to go on."""
        ready = f"{counted(len(engine.doc_ids), 'article')} ready"
        if not engine.doc_ids:
            ready = f"{NO_ARTICLE} in this folder"
        if self.warnings:
            warned = counted(len(self.warnings), "warning")
            self.status(f"{ready} · {warned} — {LIST_THEM} · ? help")
        else:
            self.status(f"{ready} · / search · ? help · ctrl+p commands")

    def tick(self) -> None:
        """Check the corpus folder when due, unless the analyst is at the keys; keep what
        is loaded out of the cyclic collector's full walks."""
        gc.freeze()  # at 10,000 articles a full walk (actors, quotes…) paused a key 80 ms
        watch = self.corpus_watch
        if watch and not watch.busy and self.activity.idle() and watch.due(CHECK_EVERY, IDLE_SHARE):
            self.check_corpus(watch)

    def warm_soon(self, after: float = WARM_AFTER) -> None:
        """Look in `after` seconds whether the app is quiet enough to warm up."""
        self.set_timer(after, partial(self.warm_engine, monotonic() + after))

    def warm_engine(self, due: float) -> None:
        """Decode ahead the postings of the commonest words, if the index is open, once
        nothing else runs: no worker (the panes reading, a search, a warm-up still
        running for a session an update replaced), and no work on the event loop (this
        look, due at `due`, came on time: the panes' lists are filled there)."""
        if monotonic() - due > WARM_LAG or any(not w.is_finished for w in self.workers):
            self.warm_soon(WARM_AFTER)
        elif self.engine is not None:
            self.warm(self.engine)

    @work(thread=True, group="warm", exit_on_error=False)
    def warm(self, engine: Engine) -> None:
        """Decode ahead the postings of the commonest words, between searches."""
        worker = get_current_worker()
        engine.warm(lambda: worker.is_cancelled or engine is not self.engine)
        self.warmed = not worker.is_cancelled and engine is self.engine

    @work(thread=True, exclusive=True, group="corpus-check", exit_on_error=False)
    def check_corpus(self, watch: CorpusWatch) -> None:
        """Compare the corpus folder with the index, updating it, in a thread."""
        watch.check()

    def on_unmount(self) -> None:
        if self.corpus_watch is not None:
            self.corpus_watch.stopped = True

    async def on_index_updated(self, message: IndexUpdated) -> None:
        """Show the updated index everywhere and say what changed."""
        self.query_one(StatusLine).done()
        if not changed(message.report) or self.engine is None:
            return
        self.actors = tuple(a for a in self.actors if a in message.actors)
        quotes = self.query_one(QuotesPane)
        if quotes.speaker and quotes.speaker not in message.actors:
            quotes.speaker = ""
        self.repairs = Repairs(self.engine)
        self.mutate_reactive(IndexKeeper.engine)
        self.warmed = False
        self.warm_soon(WARM_FIRST)
        notes = [summary(message.report), await self.reread_reader()]
        fresh = [w for w in message.warnings if w not in self.warnings]
        self.warnings = (*self.warnings, *fresh)
        if fresh:
            notes.append(f"{counted(len(fresh), 'new warning')} — {LIST_THEM}")
        self.say_ready(self.engine)
        self.notify(visible(one_line(" · ".join(filter(None, notes)))), markup=False)

    async def reread_reader(self) -> str:
        """Read the reader's article again if the update changed it; what to say of it."""
        reader, engine = self.query_one(Reader), self.engine
        shown = reader.document
        if shown is None or engine is None:
            return ""
        if shown.id not in engine.doc_ids:
            reader.say_position("removed from the corpus folder: shown as it was indexed")
            return "the reader's article was removed"
        try:
            fresh = engine.document(shown.id)
        except CorpusError as error:
            return str(error)
        if fresh == shown:
            return ""
        span = reader.current_span
        await reader.open(shown.id, span.start if span else 0, [], *reader.opened_with)
        return "the reader shows its article's new text"

    def on_index_check_failed(self, message: IndexCheckFailed) -> None:
        self.query_one(StatusLine).done()
        if message.new:
            text = visible(one_line(f"cannot update the index: {message.reason}"))
            self.notify(text, severity="warning", timeout=10, markup=False)

    def on_index_warning(self, message: IndexWarning) -> None:
        self.warnings = (*self.warnings, message.warning)
        text = visible(one_line(message.warning))
        self.notify(text, title="index", severity="warning", timeout=10, markup=False)
