"""Pilot tests of the main flows on the bundled corpus."""

from __future__ import annotations

from pathlib import Path

from index.model import Hit
from tests.app_fixtures import CORPUS, cache_root, no_cursor_blink, ready, search  # noqa: F401
from tui.app import make_app
from tui.widgets.results import ResultList
from tui.widgets.search_bar import SearchBar


def _hits(app: object) -> tuple[Hit, ...]:
    return app.screen.query_one(ResultList).hits  # type: ignore[attr-defined, no-any-return]


async def test_typing_a_query_shows_highlighted_results_from_several_sources(
    cache_root: Path,
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        hits = _hits(app)
        assert len({h.doc for h in hits}) >= 3
        assert all(h.highlights for h in hits)
        bar = app.screen.query_one(SearchBar)
        assert bar.count.endswith("hits") and not bar.error


async def test_malformed_query_keeps_results_and_shows_message(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        before = _hits(app)
        await pilot.press(*' "unclosed')
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        bar = app.screen.query_one(SearchBar)
        assert bar.error
        assert _hits(app) == before
