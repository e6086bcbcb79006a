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
KEY_ROWS = {
    "typed": "app: keystroke → results painted{debounce} ({n} keys)",
    "toggled": "app: actor toggled (space in actors) → results painted{debounce} ({n} keys)",
    "actor_filter": "app: key in the actors filter box → list painted ({n} keys)",
    "quote_filter": "app: key in the quotes filter box → list painted ({n} keys)",
    "figure_down": "app: ↓ in figures → row and its sentences painted ({n} keys)",
    "figure_right": "app: → in figures (next measure) → painted ({n} keys)",
}
"""Each key measure: its figures' name and its row's label. A time runs from the key press
to the end of the first paint after its effect (the results shown, the list refilled,
the sentences of the row described)."""

_SCRIPT = """
import asyncio, json, os, sys, time
began = float(sys.argv[1])

def report(**figures):  # fd 1 directly: the app captures sys.stdout while it runs
    os.write(1, (json.dumps(figures) + "\\n").encode())

from pathlib import Path
from textual import events
from tui.app import make_app
from tui.screens.main import DEBOUNCE
QUERIES = json.loads(sys.argv[4])
painted, marks = [], []

def stamp(obj, name):  # note when each call of obj.name returns
    call = getattr(obj, name)
    def stamped(*args, **kwargs):
        result = call(*args, **kwargs)
        marks.append(time.perf_counter())
        return result
    setattr(obj, name, stamped)

async def timed_key(pilot, key, less=0.0, limit=60.0):
    # From pressing `key` to the end of the first paint after its effect (None: no effect).
    marks.clear()
    pressed = time.perf_counter()
    await pilot.press(key)
    while time.perf_counter() - pressed < limit:
        after = [p for p in painted if marks and p > marks[-1]]
        if after:
            return after[0] - pressed - less
        await asyncio.sleep(0.001)
    return None

async def idle(pilot, delay=0.3):
    await pilot.pause(delay)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()

async def keystrokes(pilot, screen):
    bar, times = screen.query_one("#query"), []
    for query in QUERIES * 3:
        bar.value = query[:-1]
        bar.cursor_position = len(bar.value)
        await idle(pilot)
        times.append(await timed_key(pilot, query[-1], DEBOUNCE))
    return times

async def toggles(pilot, screen):
    screen.query_one("#query").value = "wall"
    await idle(pilot)
    screen.views.show("actors")
    listing, times = screen.query_one("#actor-list"), []
    for index in (0, 0, 1, 1, 2, 2, 3, 3, 4, 4):
        listing.highlighted = index
        await idle(pilot, 0.1)
        times.append(await timed_key(pilot, "space", DEBOUNCE))
    return times

async def filter_keys(pilot, screen, view, text):
    screen.views.show(view)
    screen.set_focus(screen.views.filter_box())
    times = []
    for key in text:
        await idle(pilot, 0.05)
        times.append(await timed_key(pilot, key))
    screen.views.filter_box().value = ""
    await idle(pilot)
    return times

async def figure_keys(pilot, screen, key):
    screen.views.show("figures")
    times = []
    for _ in range(10):
        await idle(pilot, 0.02)
        times.append(await timed_key(pilot, key, limit=2.0))
    return times

async def measure():
    app = make_app(Path(sys.argv[2]), Path(sys.argv[3]))
    shown = {}

    def first_frame(message):  # Textual's Ready: sent once the first frame is displayed
        if isinstance(message, events.Ready):
            shown.setdefault("first", time.time() - began)

    async with app.run_test(size=(120, 36), message_hook=first_frame) as pilot:
        await pilot.pause()
        report(first=shown.get("first", time.time() - began))
        await app.workers.wait_for_complete()
        while getattr(app.screen, "engine", True) is None:  # the IndexReady message not handled yet
            await asyncio.sleep(0.005)
        # panes filled: their workers done, then their lists set (not pilot.pause(), which
        # waits for the whole process to idle, the warm-up's thread too)
        while any(not w.is_finished and w.group != "warm" for w in app.workers):
            await asyncio.sleep(0.005)
        await pilot._wait_for_screen()
        if app.return_code is None:
            report(ready=time.time() - began, debounce=DEBOUNCE)
        screen = app.screen
        await idle(pilot)
        while not getattr(screen, "warmed", True) and time.time() - began < 120:
            await pilot.pause(0.05)  # the keys are timed once the common words are warm
        report(warmed=time.time() - began)
        await idle(pilot)
        paint = screen._compositor_refresh
        screen._compositor_refresh = lambda: (paint(), painted.append(time.perf_counter()))
        stamp(screen, "show_results")
        report(typed=await keystrokes(pilot, screen))
        report(toggled=await toggles(pilot, screen))
        stamp(screen.query_one("#actor-list"), "set_options")
        report(actor_filter=await filter_keys(pilot, screen, "actors", "daesh"))
        stamp(screen.query_one("#quote-list"), "set_options")
        report(quote_filter=await filter_keys(pilot, screen, "quotes", "security"))
        stamp(screen.query_one("#figure-details"), "update")
        report(figure_down=await figure_keys(pilot, screen, "down"))
        report(figure_right=await figure_keys(pilot, screen, "right"))

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
    debounce = f", less {figures.get('debounce', 0) * 1000:.0f} ms debounce"
    return [
        Row(
            "app: start → first frame displayed (Textual's Ready; ready index)",
            seconds(figures["first"]),
        ),
        Row("app: start → index open, panes filled", _cell(figures.get("ready"), missing)),
        Row(
            "app: start → commonest words decoded ahead (then the keys below)",
            _cell(figures.get("warmed"), missing),
        ),
        Row("app: peak memory", size(outcome.peak_rss)),
        *[_key_row(label, figures.get(key), debounce, missing) for key, label in KEY_ROWS.items()],
    ]


def _key_row(label: str, times: list[float | None] | None, debounce: str, missing: Cell) -> Row:
    return Row(label.format(debounce=debounce, n=len(times or ())), _keys(times, missing))


def _keys(times: list[float | None] | None, missing: Cell) -> Cell:
    if not times:
        return missing
    done = [t for t in times if t is not None]
    return latency(done) if done else Cell("no repaint (the key does nothing)")


def _cell(value: float | None, missing: Cell) -> Cell:
    return missing if value is None else seconds(value)
