"""Pilot tests of the views built on extraction: actors, quotes and figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import Metadata, Quote
from tests.app_fixtures import CORPUS, quotes_pane, ready, search, settle
from tui.app import make_app
from tui.render import figure_value
from tui.widgets.actors import ActorList, ActorsPane
from tui.widgets.figures import FiguresTable, column_labels
from tui.widgets.filter_bar import FilterBar
from tui.widgets.quotes import quote_haystack
from tui.widgets.results import ResultList


async def test_toggling_an_actor_filters_results(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        if not app.screen.engine.actors():
            pytest.skip("actor extraction has not landed: engine.actors() is empty")
        await search(pilot, "border")
        before = app.screen.query_one(ResultList).hits
        await pilot.press("escape", "a", "space")
        await settle(pilot, 0.25)
        [actor_id] = app.screen.query_one(ActorsPane).selected
        actor = app.screen.engine.actor(actor_id)
        bar = app.screen.query_one(FilterBar)
        assert bar.actors == (actor_id,) and bar.label.startswith(f"filters: {actor.name} ")
        after = app.screen.query_one(ResultList).hits
        assert len(after) <= len(before)
        assert after and all(actor.name in h.actors for h in after)
        await pilot.press("x")
        await settle(pilot, 0.25)
        assert app.screen.query_one(ResultList).hits == before
        assert not bar.label


async def test_quotes_pane_lists_and_opens_quotes(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        if not app.screen.engine.quotes():
            pytest.skip("quote extraction has not landed: engine.quotes() is empty")
        pane = await quotes_pane(pilot)
        assert pane.shown
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one("#views").active == "reader"


async def test_figures_table_sets_sources_side_by_side(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f")
        await settle(pilot)
        table = app.screen.query_one(FiguresTable)
        if not table.groups:
            pytest.skip("figure extraction has not landed: engine.compare() is empty")
        values = {g.label: {round(f.value) for f in g.values} for g in table.groups}
        assert any({599, 610, 615} <= v for v in values.values()), values
        assert any({160, 360, 400} <= v for v in values.values()), values
        assert any(g.disagree for g in table.groups)
        await pilot.press("right", "enter")
        await settle(pilot)
        assert app.screen.query_one("#views").active == "reader"
        assert figure_value(table.groups[0].values[0])


def test_column_labels_are_short_and_tell_same_sources_apart() -> None:
    meta = {
        "000_aa": Metadata(source="Shafaq News", date="2025-03-11"),
        "001_bb": Metadata(source="Shafaq News"),
        "002_cc": Metadata(date="2024-01-02"),
        "003_dd": Metadata(),
        "plain": Metadata(source="A very long name of a news agency"),
    }
    assert column_labels(list(meta), meta) == [
        "Shafaq News 2025-03-11 (000)",
        "Shafaq News (001)",
        "002 2024-01-02",
        "003",
        "A very long name of…",
    ]


async def test_figures_fit_80_columns_and_name_their_sources_apart(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f")
        await settle(pilot)
        table = app.screen.query_one(FiguresTable)
        if not table.groups:
            pytest.skip("figure extraction has not landed: engine.compare() is empty")
        sources = {str(table.get_row_at(row)[2]) for row in range(table.row_count)}
        assert sources and not any("_" in s for s in sources)
        assert {"Shafaq News 2025-03-11 (000)", "Shafaq News (001)"} <= sources
        assert table.virtual_size.width <= table.size.width


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hashd", "Popular Mobilization Forces"),
        ("daesh", "Islamic State"),
        ("KHAFAJI", "Tahsin al-Khafaji"),
    ],
)
async def test_the_actors_filter_understands_aliases_as_actor_does(
    cache_root: Path, typed: str, expected: str
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "a", "slash", *typed)
        await settle(pilot)
        listing = app.screen.query_one(ActorList)
        names = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert names and expected in names[0]


async def test_typing_on_in_the_quotes_filter_narrows_as_filtering_afresh(
    cache_root: Path,
) -> None:
    """Each key typed on filters the last list only; deleting goes back to every quote.
    Either way the list is what filtering every quotation by the box's words gives."""
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        pane = await quotes_pane(pilot)
        every = pane.quotes
        assert len(every) > 5

        def afresh(text: str) -> tuple[Quote, ...]:
            words = text.casefold().split()
            return tuple(
                q for q in every if all(w in quote_haystack(q, pane.words(q)) for w in words)
            )

        sizes = []
        for text in ("b", "bo", "bor", "bord", "border", "border s", "border se", "border s", "bo"):
            pane.filter_box.value = text
            await settle(pilot)
            assert pane.shown == afresh(text), text
            sizes.append(len(pane.shown))
        assert sizes[0] > sizes[5] > 0 and sizes[-1] == sizes[1]


@pytest.mark.parametrize(("size", "whole"), [((80, 24), False), ((120, 36), True)])
async def test_the_measure_column_grows_with_the_screen(
    cache_root: Path, size: tuple[int, int], whole: bool
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f")
        await settle(pilot)
        table = app.screen.query_one(FiguresTable)
        longest = max((g.label for g in table.groups), key=len)
        assert len(longest) > 26  # longer than the column at 80 columns
        shown = {str(table.get_row_at(row)[0]).removeprefix("⚠ ") for row in range(table.row_count)}
        assert (longest in shown) == whole
        assert table.measure_width <= max(26, len(longest) + 2)  # no wider than needed
        assert table.virtual_size.width <= table.size.width


async def test_a_filter_keeps_the_names_the_sources_have_in_the_whole_table(
    cache_root: Path,
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f", "slash", *"camera")
        await settle(pilot)
        table = app.screen.query_one(FiguresTable)
        sources = {str(table.get_row_at(row)[2]) for row in range(table.row_count)}
        assert sources == {"Shafaq News 2025-03-11 (000)"}  # as unfiltered, not renamed
