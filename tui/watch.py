"""Keeping up with the corpus folder while the app runs: when to compare it with the
index, and the comparing itself, one check at a time from any thread.

A search checks first unless the last check is recent for what checks cost (a small
corpus: before every search); the screen also checks every few seconds while the analyst
is idle, so an update never reshuffles a list under their keys.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from time import monotonic

from textual.message import Message

from index import BuildCancelled, BuildReport, Engine
from tui.messages import IndexCheckFailed, IndexProgress, IndexUpdated

CHECK_EVERY = 2.0
"""Fewest seconds between two periodic checks."""
IDLE = 2.0
"""Seconds without a key or a click before a periodic check may change what is shown."""
SEARCH_SHARE = 10
"""A search checks first unless the last check is younger than this many times its cost."""
SEARCH_COST = 0.05
"""Seconds a check may cost for a search to wait for it; a larger corpus (a check of
10,000 articles costs 0.2–0.5 s) is caught up by the periodic checks only, so typing never
waits on the folder."""
IDLE_SHARE = 30
"""Periodic checks are this many times their cost apart, at least (a large corpus)."""


class Activity:
    """When the analyst last pressed a key or clicked."""

    def __init__(self) -> None:
        self.last = monotonic()
        """The time of the last input (monotonic seconds)."""

    def touch(self) -> None:
        """Note an input now."""
        self.last = monotonic()

    def idle(self) -> bool:
        """Whether there was no input for `IDLE` seconds."""
        return monotonic() - self.last >= IDLE


class CorpusWatch:
    """Compares the corpus folder with the index of `engine`; posts `IndexUpdated` when
    the engine's data changed, `IndexProgress` while a long update runs."""

    def __init__(self, engine: Engine, post: Callable[[Message], object], looked: float) -> None:
        self.engine = engine
        self.post = post
        self.looked = looked
        """When the last look at the folder began (monotonic seconds)."""
        self.cost = 0.0
        """Seconds the last check that found nothing to do took."""
        self.stopped = False
        """Set when the app quits: an update stops at the next article, no check starts."""
        self._lock = threading.Lock()
        self._wanted = False
        self._generation = engine.generation
        self._failed = ""

    @property
    def busy(self) -> bool:
        """Whether a check is running."""
        return self._lock.locked()

    def due(self, at_least: float = 0.0, share: int = SEARCH_SHARE) -> bool:
        """Whether `at_least` seconds, and `share` times the cost of a check, have passed
        since the last look."""
        return monotonic() - self.looked >= max(at_least, self.cost * share)

    def due_before_search(self) -> bool:
        """Whether a search should check first: due, and cheap enough to wait for."""
        return self.cost <= SEARCH_COST and self.due()

    def check(self) -> None:
        """Compare now; while another check runs, have it compare once more when it ends
        (so a change made during a check is never missed)."""
        self._wanted = True
        while self._wanted and not self.stopped and self._lock.acquire(blocking=False):
            try:
                self._wanted = False
                self._check_once()
            finally:
                self._lock.release()

    def _check_once(self) -> None:
        started = monotonic()
        try:
            report = self.engine.refresh(self._progress)
            seen = self.engine.generation
            if report is not None or seen != self._generation:
                self.post(updated(self.engine, report))
        except BuildCancelled:
            return
        except Exception as error:
            self._fail((str(error) or repr(error)).splitlines()[0], started)
            return
        self.looked, self._generation, self._failed = started, seen, ""
        if report is None:
            self.cost = monotonic() - started

    def _progress(self, done: int, total: int, what: str) -> None:
        if self.stopped:
            raise BuildCancelled
        self.post(IndexProgress(done, total, f"{what} (updating)"))

    def _fail(self, reason: str, started: float) -> None:
        """Say why a check failed (to be told once for each new reason); the next one
        waits as long as a failed one costs."""
        self.looked, self.cost = started, monotonic() - started
        self.post(IndexCheckFailed(reason, new=reason != self._failed))
        self._failed = reason


def updated(engine: Engine, report: BuildReport | None) -> IndexUpdated:
    """What the views need to know after an update, read here rather than on the event
    loop (the actors read warm the engine's searcher)."""
    actors = frozenset(actor.id for actor in engine.actors())
    engine.doc_ids  # noqa: B018 - read here, not on the event loop
    return IndexUpdated(report, actors, engine.warnings)


def summary(report: BuildReport | None) -> str:
    """The update in one short line: "index updated: 1 added, 2 removed"."""
    if report is None:
        return "index updated by another borderlens"
    counts = [(report.added, "added"), (report.updated, "changed"), (report.removed, "removed")]
    return "index updated: " + ", ".join(f"{n} {what}" for n, what in counts if n)


def changed(report: BuildReport | None) -> bool:
    """Whether the update changed what the views show (not only files' times)."""
    return report is None or bool(report.added or report.updated or report.removed)
