"""Opening a corpus for the app: progress, warnings, then the engine or why it failed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from time import monotonic

from textual.message import Message

from index import BuildCancelled, Engine
from tui.messages import IndexFailed, IndexProgress, IndexReady, IndexWarning, LoadWarnings


def open_engine(
    corpus_dir: Path,
    cache_root: Path | None,
    post: Callable[[Message], object],
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Open (building if needed) the index of `corpus_dir`, posting `IndexProgress`, then
    `LoadWarnings` if any, then `IndexReady` or `IndexFailed` with a one-line reason;
    what the engine warns of later (from any thread) comes as `IndexWarning`.

    When `cancelled()` turns true (the app is quitting) the build stops at the next
    article and the previous index stays as it was."""

    def progress(done: int, total: int, what: str) -> None:
        if cancelled():
            raise BuildCancelled
        post(IndexProgress(done, total, what))

    warnings: list[str] = []
    opened = False

    def warn(message: str) -> None:
        if opened:
            post(IndexWarning(message))
        else:
            warnings.append(message)

    looked = monotonic()
    outcome: Message
    try:
        engine = Engine.open(corpus_dir, cache_root=cache_root, progress=progress, warn=warn)
        outcome = IndexReady(engine, looked)
    except BuildCancelled:
        return
    except Exception as error:
        outcome = IndexFailed((str(error) or repr(error)).splitlines()[0])
    opened = True
    if warnings:
        post(LoadWarnings(tuple(warnings)))
    post(outcome)
