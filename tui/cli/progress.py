"""A Rich progress bar for index builds on a terminal, drawn only once work is done."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from index import Progress as ProgressCallback
from tui.safe_text import one_line


@contextmanager
def progress_reporter(enabled: bool = True) -> Iterator[ProgressCallback | None]:
    """Yield a progress callback that draws a bar on stderr from its first call, or None
    when stderr is no terminal (or `enabled` is false)."""
    console = Console(stderr=True)
    if not enabled or not sys.stderr.isatty() or not console.is_terminal:
        yield None
        return
    columns = (
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with ExitStack() as stack:
        bars: list[tuple[Progress, TaskID]] = []

        def report(done: int, total: int, what: str) -> None:
            if not bars:
                bar = stack.enter_context(Progress(*columns, console=console, transient=True))
                bars.append((bar, bar.add_task("indexing", total=None)))
            bar, task = bars[0]
            bar.update(task, completed=done, total=total, description=one_line(what))

        yield report
