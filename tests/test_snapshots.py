"""SVG snapshots of the main views (regenerate with --snapshot-update after looking)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.app_fixtures import CORPUS
from tui.app import make_app
from tui.screenshots import SCENARIOS

SIZE = (100, 30)


@pytest.mark.parametrize("view", ["results", "reader", "figures", "compare", "help"])
def test_view(view: str, snap_compare: Any, cache_root: Path) -> None:
    assert snap_compare(
        make_app(CORPUS, cache_root), terminal_size=SIZE, run_before=SCENARIOS[view]
    )


def test_results_in_light_theme(snap_compare: Any, cache_root: Path) -> None:
    async def light(pilot: Pilot[None]) -> None:
        pilot.app.theme = "textual-light"
        await SCENARIOS["results"](pilot)

    assert snap_compare(make_app(CORPUS, cache_root), terminal_size=(80, 24), run_before=light)
