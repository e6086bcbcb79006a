"""App figures at scale: start-up with a ready index, and keystroke to results painted."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.scale.proctree import run
from tests.benchmarks.scale.report import Cell, Row, failed, latency, seconds, size

REPO = Path(__file__).resolve().parents[3]
QUERIES = ("wall", "border security", '"concrete wall"', "fortif*", "Bendawi~1")
"""Typed in the keystroke measure, each three times; the last letter is the timed key."""

_SCRIPT = """
import asyncio, json, os, sys, time
began = float(sys.argv[1])

def report(**figures):  # fd 1 directly: the app captures sys.stdout while it runs
    os.write(1, (json.dumps(figures) + "\\n").encode())

from pathlib import Path
from tui.app import make_app
from tui.screens.main import DEBOUNCE
QUERIES = json.loads(sys.argv[4])

async def measure():
    app = make_app(Path(sys.argv[2]), Path(sys.argv[3]))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        report(first=time.time() - began)
        await app.workers.wait_for_complete()
        while getattr(app.screen, "engine", True) is None:  # the IndexReady message not handled yet
            await asyncio.sleep(0.005)
        await pilot.pause()
        if app.return_code is None:
            report(ready=time.time() - began, debounce=DEBOUNCE)
        screen = app.screen
        show = screen.show_results
        answered = {}

        def timed(results, *context):
            show(results, *context)
            answered.setdefault(screen.query_one("#query").value, time.perf_counter())

        screen.show_results = timed
        typed = []
        for query in QUERIES * 3:
            bar = screen.query_one("#query")
            bar.value = query[:-1]
            bar.cursor_position = len(bar.value)
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
            answered.clear()
            pressed = time.perf_counter()
            await pilot.press(query[-1])
            while query not in answered and time.perf_counter() - pressed < 120:
                await asyncio.sleep(0.001)
            await pilot.pause()
            typed.append(time.perf_counter() - pressed - DEBOUNCE)
    report(typed=typed)

asyncio.run(measure())
"""


def app_figures(corpus: Path, cache: Path, timeout: float = 900.0) -> list[Row]:
    """Rows for start-up and keystroke latency, or one row saying why they are missing.

    The approach of `tests/benchmarks/bench_app.py` (`tui.app.make_app` driven by Pilot),
    run in a child process so that a slow or crashing app is stopped and measured like the CLI.
    """
    try:
        return _measure(corpus, cache, timeout)
    except Exception as error:
        reason = f"{type(error).__name__}: {error}".splitlines()[0][:160]
        print(f"app: not measured ({reason})", flush=True)
        return [Row("app figures", Cell(f"not measured ({reason.replace('|', '/')})"))]


def _measure(corpus: Path, cache: Path, timeout: float) -> list[Row]:
    began = repr(time.time())
    outcome = run(
        [sys.executable, "-c", _SCRIPT, began, corpus, cache, json.dumps(QUERIES)],
        cwd=REPO,
        timeout=timeout,
    )
    figures: dict[str, Any] = {}
    for line in outcome.stdout.splitlines():
        if line.startswith("{"):
            figures.update(json.loads(line))
    missing = Cell(f"> {timeout:.0f} s (stopped)") if outcome.stopped else failed(outcome.reason())
    if "first" not in figures:
        raise RuntimeError(missing.text)
    if not outcome.ok:
        print(f"app: failed after the first frame ({outcome.reason()})", flush=True)
    typed = figures.get("typed")
    keys = "app: keystroke → results painted"
    if typed:
        keys += f", less {figures['debounce'] * 1000:.0f} ms debounce ({len(typed)} keys)"
    return [
        Row("app: start → first frame (ready index)", seconds(figures["first"])),
        Row("app: start → index open, panes filled", _cell(figures.get("ready"), missing)),
        Row("app: peak memory", size(outcome.peak_rss)),
        Row(keys, latency(typed) if typed else missing),
    ]


def _cell(value: float | None, missing: Cell) -> Cell:
    return missing if value is None else seconds(value)
