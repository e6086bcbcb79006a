"""Cells, rows and the Markdown table of the scale benchmark, and the machine it ran on."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.scale.proctree import Run


@dataclass(frozen=True)
class Cell:
    """One figure as shown, and its value (seconds or bytes) when a ratio can use it."""

    text: str
    value: float | None = None


NA = Cell("n/a")
BLANK = Cell("")


@dataclass(frozen=True)
class Row:
    """One measure for borderlens, stock Whoosh and FTS5."""

    label: str
    borderlens: Cell
    whoosh: Cell = BLANK
    fts5: Cell = BLANK


def seconds(value: float) -> Cell:
    """A duration: ms below 1 s, else s."""
    if value < 0.01:
        return Cell(f"{value * 1000:.1f} ms", value)
    text = f"{value * 1000:.0f} ms" if value < 1 else f"{value:.1f} s"
    return Cell(text, value)


def size(value: int) -> Cell:
    """Bytes as MB or GB."""
    text = f"{value / 1e9:.2f} GB" if value >= 1e9 else f"{value / 1e6:.1f} MB"
    return Cell(text, float(value))


def latency(samples: Sequence[float]) -> Cell:
    """Median / p95 in ms (nearest rank); the value is the median in seconds."""
    ordered = sorted(samples)
    median = statistics.median(ordered)
    p95 = ordered[max(0, -(-95 * len(ordered) // 100) - 1)]
    return Cell(f"{_ms(median)} / {_ms(p95)} ms", median)


def _ms(value: float) -> str:
    return f"{value * 1000:.1f}" if value < 0.1 else f"{value * 1000:,.0f}"


def timed(run: Run, limit: float) -> Cell:
    """The wall time of a run, or why it has none."""
    if run.stopped:
        return Cell(f"> {limit:.0f} s (stopped)")
    return seconds(run.seconds) if run.ok else failed(run.reason())


def memory(run: Run, shared_once: bool = False) -> Cell:
    """The peak memory of a run's process tree (a lower bound when it was stopped): the
    sum of RSS, or with `shared_once` of PSS."""
    cell = size(run.peak_pss if shared_once else run.peak_rss)
    if run.stopped:
        return Cell(f"≥ {cell.text} (stopped)")
    return cell if run.ok else failed(run.reason())


def failed(reason: str) -> Cell:
    """A step that did not give a figure; `|` kept out of the table."""
    return Cell(f"failed ({reason.replace('|', '/')[:140]})")


def ratio(mine: Cell, other: Cell) -> str:
    """borderlens ÷ the other engine, when both have a value."""
    if mine.value is None or other.value is None or other.value <= 0:
        return ""
    times = mine.value / other.value
    return f"{times:.2f}×" if times < 10 else f"{times:,.0f}×"


def table(rows: Sequence[Row]) -> str:
    """The Markdown table: one row per measure, a column per engine and the two ratios."""
    head = "| measure | borderlens | stock Whoosh | FTS5 | ÷ Whoosh | ÷ FTS5 |\n" + "|---" * 6 + "|"
    body = (
        f"| {r.label} | {r.borderlens.text} | {r.whoosh.text} | {r.fts5.text} "
        f"| {ratio(r.borderlens, r.whoosh)} | {ratio(r.borderlens, r.fts5)} |"
        for r in rows
    )
    return "\n".join([head, *body])


def machine() -> str:
    """CPU count and model, memory and Python version, on one line."""
    info = _proc_fields("/proc/cpuinfo", "model name")
    memory_kb = (_proc_fields("/proc/meminfo", "MemTotal").split() or ["0"])[0]
    cpus = len(os.sched_getaffinity(0))
    return (
        f"{cpus} CPUs (nproc), {info or platform.processor() or 'unknown CPU'}, "
        f"{int(memory_kb) / 1e6:.1f} GB RAM, Python {platform.python_version()} "
        f"on {platform.system()} {platform.release()}"
    )


def _proc_fields(path: str, key: str) -> str:
    try:
        lines = Path(path).read_text().splitlines()
    except OSError:
        return ""
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith(key)), "")
