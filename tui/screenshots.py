"""`python -m tui.screenshots`: save an SVG of each view into `screenshots/`."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from index import bundled_corpus
from tui.app import make_app

Scenario = Callable[[Pilot[None]], Awaitable[None]]


async def settle(pilot: Pilot[None], delay: float = 0.0) -> None:
    """Let timers fire and every worker finish, then let the screen update."""
    await pilot.pause(delay)
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def _query(pilot: Pilot[None], text: str, *keys: str) -> None:
    await settle(pilot)
    await pilot.press(*text)
    await settle(pilot, 0.2)
    await pilot.press(*keys)
    await settle(pilot)


def _keys(*keys: str) -> Scenario:
    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)

    return run


def _search(text: str, *keys: str) -> Scenario:
    async def run(pilot: Pilot[None]) -> None:
        await _query(pilot, text, *keys)

    return run


SCENARIOS: dict[str, Scenario] = {
    "results": _search("wall"),
    "reader": _search("wall", "enter", "down", "enter", "n"),
    "actors": _keys("escape", "a"),
    "quotes": _keys("escape", "q"),
    "figures": _keys("escape", "f"),
    "compare": _search("wall", "enter", "down", "c", "down", "down", "c"),
    "help": _keys("escape", "question_mark"),
}
"""Each view, and the keys that reach it from a fresh app."""


async def shoot(name: str, size: tuple[int, int], folder: Path, cache: Path) -> Path:
    """Run scenario `name` at `size` and save its SVG in `folder`."""
    app = make_app(bundled_corpus(), cache, cache / f"state-{name}.json")
    async with app.run_test(size=size) as pilot:
        await SCENARIOS[name](pilot)
        filename = f"{name}-{size[0]}x{size[1]}.svg"
        return Path(app.save_screenshot(filename, path=str(folder)))


async def main(folder: Path = Path("screenshots")) -> None:
    """Every view at 120×36, and the results at 80×24."""
    folder.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as cache:
        shots = [(name, (120, 36)) for name in SCENARIOS] + [("results", (80, 24))]
        for name, size in shots:
            print(await shoot(name, size, folder, Path(cache)), file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main())
