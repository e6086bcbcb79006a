"""Typed messages that workers and widgets post upward."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from textual.message import Message

from index import BuildReport, Engine, Results, Span


@dataclass
class IndexProgress(Message):
    """The index build advanced: `done` of `total` steps, currently on `what`."""

    done: int
    total: int
    what: str

    def can_replace(self, message: Message) -> bool:
        """Only the latest progress matters; older ones coalesce away."""
        return isinstance(message, IndexProgress)


@dataclass
class IndexReady(Message):
    """The engine is open and ready to search."""

    engine: Engine
    looked: float = 0.0
    """When opening began to look at the corpus folder (monotonic seconds): what changed
    since is caught up by the next check."""


@dataclass
class IndexUpdated(Message):
    """The engine answers from an updated index: this app's update (`report`), or
    another process's (None). `actors` and `warnings` are those of the updated index."""

    report: BuildReport | None
    actors: frozenset[str]
    warnings: tuple[str, ...]


@dataclass
class IndexCheckFailed(Message):
    """Comparing the corpus folder with the index, or updating it, failed; `new` when
    the reason differs from the last failure's."""

    reason: str
    new: bool = True


@dataclass
class IndexWarning(Message):
    """A problem the engine met after opening (a damaged index it rebuilt), one line."""

    warning: str


@dataclass
class LoadWarnings(Message):
    """Problems met while loading the corpus, one line each (they name files)."""

    warnings: tuple[str, ...]


@dataclass
class IndexFailed(Message):
    """Opening or building the index failed, with a one-line reason."""

    reason: str


@dataclass
class SearchFinished(Message):
    """A search for `query` with the actor ids `actors` completed; `shown`, when given,
    is set once the results are painted (the search then reads more)."""

    query: str
    actors: tuple[str, ...]
    results: Results
    shown: threading.Event | None = None


@dataclass
class SearchFailed(Message):
    """A search for `query` was malformed; `reason` is one line for the analyst."""

    query: str
    actors: tuple[str, ...]
    reason: str


@dataclass
class OpenInReader(Message):
    """Open article `doc` in the reader at offset `at`, with `spans` highlighted too."""

    doc: str
    at: int
    spans: tuple[Span, ...] = ()


@dataclass
class ReaderHits(Message):
    """Every hit of `query` (filtered by actor ids `actors`) in the article `doc`, in order."""

    doc: str
    query: str
    actors: tuple[str, ...]
    spans: tuple[Span, ...]
