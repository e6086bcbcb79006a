"""Pilot tests of the main flows on the bundled corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Footer, Input, Static

from index import Engine, Hit
from tests.app_fixtures import CORPUS, read_first_hit, ready, search, settle
from tui.app import make_app
from tui.screenshots import SCENARIOS
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList
from tui.widgets.search_bar import QueryInput, SearchBar


def _hits(app: Any) -> tuple[Hit, ...]:
    return app.screen.query_one(ResultList).hits  # type: ignore[no-any-return]


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
        assert all(
            "wall" in h.text[s.start - h.start : s.end - h.start].lower()
            for h in hits
            for s in h.highlights
        )
        bar = app.screen.query_one(SearchBar)
        assert bar.count == f"{len(hits)} passages in {len({h.doc for h in hits})} articles"
        assert not bar.error


async def test_malformed_query_keeps_results_and_shows_message(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        before = _hits(app)
        await pilot.press(*' "unclosed')
        await settle(pilot, 0.25)
        bar = app.screen.query_one(SearchBar)
        assert bar.error and "\n" not in bar.error
        assert _hits(app) == before
        assert "last good query" in _error_line(app)


def _error_line(app: App[None]) -> str:
    return str(app.screen.query_one("#query-error", Static).render())


async def test_a_malformed_first_query_does_not_speak_of_results(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press(*'"unclosed')
        await settle(pilot, 0.25)
        assert "quotation mark" in _error_line(app)
        assert "results below" not in _error_line(app)  # there are none yet


async def test_question_mark_in_the_empty_search_box_opens_help(cache_root: Path) -> None:
    """The app starts in the search box and its footer says "? Help"; no query starts
    with a "?", so there it opens the help; further in a query it is typed."""
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.screen.focused is app.screen.query_one("#query")
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.press(*"wal", "question_mark")
        assert app.screen.query_one("#query", Input).value == "wal?"


async def test_history_walks_submitted_queries(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        for query in ("wall", "border"):
            await search(pilot, query)
            await pilot.press("enter", "slash")
        query_input = app.screen.query_one(QueryInput)
        query_input.value = ""
        await pilot.press("up")
        assert query_input.value == "border"
        await pilot.press("up")
        assert query_input.value == "wall"
        await pilot.press("down")
        assert query_input.value == "border"


async def test_a_query_left_with_esc_is_kept_in_the_history_too(cache_root: Path) -> None:
    # typed, then its results read (Esc, then Enter on a result): kept as if submitted
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "drones")
        await pilot.press("escape", "enter")
        await settle(pilot)
        assert app.state.state.history[-1:] == ("drones",)
        await pilot.press("slash")
        query_input = app.screen.query_one(QueryInput)
        query_input.value = ""
        await pilot.press("up")
        assert query_input.value == "drones"


async def test_open_a_passage_and_walk_its_hits(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        reader = await read_first_hit(pilot, "border")
        assert app.screen.query_one("#views").active == "reader"
        assert reader.document is not None and reader.document.id == _hits(app)[0].doc
        assert len(reader.hits) >= 2
        first = reader.current
        await pilot.press("n")
        assert reader.current == (first + 1) % len(reader.hits)
        await pilot.press("N", "N")
        assert reader.current == (first - 1) % len(reader.hits)
        span = reader.current_span
        assert span is not None
        assert "border" in reader.document.text[span.start : span.end].lower()
        await pilot.press("escape")
        assert app.screen.query_one("#views").active == "results"


async def test_compare_two_results_side_by_side(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        await pilot.press("enter", "c", "down", "c")
        await settle(pilot)
        assert app.screen.query_one("#views").active == "compare"
        left = str(app.screen.query_one("#compare-left-text").render())
        right = str(app.screen.query_one("#compare-right-text").render())
        assert _hits(app)[0].text[:20] in left
        assert _hits(app)[1].text[:20] in right


async def test_help_screen_and_palette_commands(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        assert type(app.screen).__name__ == "MainScreen"
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Search", "Actors", "Quotes", "Figures", "Copy", "Export", "Help"} <= titles
        assert {"Loading warnings", "Next hit", "Styles", "Repair markers"} <= titles


@pytest.mark.parametrize("view", ["results", "reader", "actors", "quotes", "figures", "compare"])
async def test_footer_fits_80_columns(cache_root: Path, view: str) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await SCENARIOS[view](pilot)
        footer = app.screen.query_one(Footer)
        palette = footer.query_one(".-command-palette").region
        keys = [w.region for w in footer.children if w.region != palette]
        assert keys and max(r.right for r in keys) <= palette.x
        assert footer.virtual_size.width <= footer.size.width


async def test_reader_walks_every_hit_of_the_article(cache_root: Path, engine: Engine) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "border")
        hits = _hits(app)
        chosen = next(i for i, h in enumerate(hits) if h.doc.startswith("000_"))
        await pilot.press("enter")
        listing = app.screen.query_one(ResultList)
        listing.highlighted = listing.get_option_index(str(chosen))
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        document = reader.document
        assert document is not None and document.id == hits[chosen].doc
        assert reader.hits == engine.hits_in(document.id, "border")
        assert reader.current_span == hits[chosen].highlights[0]
        visited = set()
        while reader.current < len(reader.hits) - 1:
            await pilot.press("n")
            passage = reader.current_passage()
            assert passage is not None
            visited.add(passage.start)
        await pilot.press("n")
        position = str(app.screen.query_one("#reader-position").render())
        assert reader.current == len(reader.hits) - 1 and "the last hit" in position
        await pilot.press("n")
        assert reader.current == 0
        visited.add(reader.current_passage().start)  # type: ignore[union-attr]
        while reader.current < chosen_in_reader(reader, hits[chosen]):
            await pilot.press("n")
            visited.add(reader.current_passage().start)  # type: ignore[union-attr]
        wanted = {
            p.start for p in document.passages for s in reader.hits if p.start <= s.start < p.end
        }
        assert visited | {reader.current_passage().start} >= wanted  # type: ignore[union-attr]


def chosen_in_reader(reader: Reader, hit: Hit) -> int:
    """The index in the reader of the first highlight of `hit`."""
    return reader.hits.index(hit.highlights[0])


async def test_the_status_line_names_each_step_of_indexing_once(cache_root: Path) -> None:
    from tui.widgets.status import StatusLine

    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        line = app.screen.query_one(StatusLine)
        said = []
        for step in ("reading", "checking repairs", "indexing", "merging actors"):
            line.progress(1, 4, step)
            said.append(line.text)
        line.done()
        assert said == [
            "indexing: reading (1/4)",
            "indexing: checking repairs (1/4)",
            "indexing (1/4)",
            "indexing: merging actors (1/4)",
        ]
        assert "articles ready" in line.text
