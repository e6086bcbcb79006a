"""App benchmark: start-up to the first interactive frame, and keystroke to results.

Run with `python -m tests.benchmarks.bench_app`.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from index import bundled_corpus

QUERIES = ("wall", "border", "Bandawi~", '"concrete wall"', "fortif*", "source:shafaq smuggling")
"""Queries typed in the keystroke benchmark."""

_FIRST_FRAME = """
import sys, time
began = float(sys.argv[1])
from pathlib import Path
from tui.app import make_app
app = make_app(Path(sys.argv[2]), Path(sys.argv[3]))
async def shot():
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        first = time.perf_counter()
        await app.workers.wait_for_complete()
        await pilot.pause()
        print(first - began, time.perf_counter() - began)
import asyncio
asyncio.run(shot())
"""


def startup(cache: Path, runs: int = 3) -> tuple[float, float]:
    """Median seconds from process start to the first frame, and to the index being ready."""
    firsts, readies = [], []
    for _ in range(runs):
        began = time.time()
        code = _FIRST_FRAME.replace("time.perf_counter()", "time.time()")
        out = subprocess.run(
            [sys.executable, "-c", code, str(began), str(bundled_corpus()), str(cache)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        first, ready = map(float, out.split())
        firsts.append(first)
        readies.append(ready)
    return statistics.median(firsts), statistics.median(readies)


async def keystrokes(cache: Path) -> list[float]:
    """Seconds from the last keystroke of each query to its results in the list (less debounce)."""
    from index import Results
    from tui.app import make_app
    from tui.screens.main import DEBOUNCE

    app = make_app(bundled_corpus(), cache)
    times: list[float] = []
    answered: dict[str, float] = {}

    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        screen = app.screen
        show = screen.show_results

        def timed(results: Results, *context: Any) -> None:
            show(results, *context)
            answered.setdefault(screen.query_one("#query").value, time.perf_counter())

        screen.show_results = timed
        for query in QUERIES * 3:
            bar = app.screen.query_one("#query")
            bar.value = query[:-1]
            bar.cursor_position = len(bar.value)
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
            answered.clear()
            began = time.perf_counter()
            await pilot.press(query[-1])
            while query not in answered and time.perf_counter() - began < 2:
                await asyncio.sleep(0.001)
            await pilot.pause()
            times.append(answered.get(query, time.perf_counter()) - began - DEBOUNCE)
    return times


def main() -> None:
    """Print the start-up and keystroke-to-results figures."""
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder)
        cold_first, cold_ready = startup(cache, runs=1)
        first, ready = startup(cache)
        typed = asyncio.run(keystrokes(cache))
    print(
        f"start-up, cold cache: first frame {cold_first * 1000:.0f} ms, "
        f"index built and ready {cold_ready * 1000:.0f} ms"
    )
    print(
        f"start-up, ready index: first interactive frame {first * 1000:.0f} ms, "
        f"index open {ready * 1000:.0f} ms (median of 3)"
    )
    ordered = sorted(typed)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    print(
        f"keystroke to results (after the {150} ms debounce, {len(typed)} queries): "
        f"median {statistics.median(typed) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
