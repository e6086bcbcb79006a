"""Fixtures and helpers shared by the app's Pilot and snapshot tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from index.locations import bundled_corpus

CORPUS = bundled_corpus()
"""The real bundled corpus the app tests run on."""


@pytest.fixture(scope="session")
def cache_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index cache for the whole session, built on first use."""
    return tmp_path_factory.mktemp("blc")


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Freeze the input cursor so screens are deterministic."""
    from textual.widgets import Input

    monkeypatch.setattr(Input, "cursor_blink", False)
    yield


async def settle(pilot: Pilot[None], delay: float = 0.0) -> None:
    """Let timers fire and every worker finish, then let the screen update."""
    await pilot.pause(delay)
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def ready(pilot: Pilot[None]) -> None:
    """Wait until the index is open."""
    await settle(pilot)
    while pilot.app.screen.query("MainScreen") is None:  # pragma: no cover
        await pilot.pause(0.05)


async def search(pilot: Pilot[None], text: str) -> None:
    """Type `text` in the query bar and wait for its results."""
    await pilot.press("slash")
    pilot.app.screen.query_one("#query").value = ""
    await pilot.press(*text)
    await settle(pilot, 0.2)
