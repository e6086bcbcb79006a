"""Pilot tests of the actor filters: ids across the boundary, never display names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList

from index import Actor, Engine, Hit
from tests.app_fixtures import CORPUS, ready, search, settle, toggle_actor
from tui.app import make_app
from tui.widgets.actors import ActorList, ActorsPane
from tui.widgets.figures import FiguresTable
from tui.widgets.filter_bar import FilterBar
from tui.widgets.quotes import QuotesPane
from tui.widgets.results import ResultList

Writer = Callable[[dict[str, str | bytes]], Path]

SPORT = """Leeds beat Hull at Elland Road

Leeds United beat Hull City 3-1 on Saturday. Captain Harper scored twice in the second half.
"We played with heart today," Harper told reporters at Elland Road.
"""
POLITICS = """Minister announces new border budget

Interior Minister Harper announced on Monday a budget of 40 million dollars for border patrols.
"The border must be secure," Harper said in parliament.
"""


def _named(engine: Engine, name: str) -> list[Actor]:
    return [a for a in engine.actors() if a.name == name]


def _only_kataib(hit: Hit) -> bool:
    return "Kata'ib Hezbollah" in hit.actors and "Hezbollah" not in hit.actors


async def test_two_actors_of_one_name_are_listed_and_each_filters_alone(
    tmp_path: Path, write_corpus: Writer
) -> None:
    corpus = write_corpus({"sport.txt": SPORT, "politics.txt": POLITICS})
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    harpers = _named(engine, "Harper")
    assert len(harpers) == 2 and harpers[0].id != harpers[1].id, "the library merged them"
    said_in = {q.speaker_id: q.doc for q in engine.quotes()}
    assert {said_in[h.id] for h in harpers} == {"sport", "politics"}
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        listing = app.screen.query_one(ActorList)
        listed = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
        assert {h.id for h in harpers} <= set(listed)
        await search(pilot, "Harper")
        assert {h.doc for h in app.screen.query_one(ResultList).hits} == {"sport", "politics"}
        for harper in harpers:
            await toggle_actor(pilot, harper.id)
            assert app.screen.actors == (harper.id,)
            assert app.screen.query_one(FilterBar).label.startswith("filters: Harper ")
            hits = app.screen.query_one(ResultList).hits
            assert hits and {h.doc for h in hits} == {said_in[harper.id]}
            await show(pilot, "q")
            quotes = app.screen.query_one(QuotesPane).quotes
            assert quotes and {q.speaker_id for q in quotes} == {harper.id}
            await pilot.press("x")


async def test_toggling_hezbollah_leaves_out_passages_naming_only_kataib_hezbollah(
    cache_root: Path,
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        engine = app.screen.engine
        [hezbollah] = _named(engine, "Hezbollah")
        await search(pilot, "Hezbollah")
        assert any(_only_kataib(h) for h in app.screen.query_one(ResultList).hits)
        await toggle_actor(pilot, hezbollah.id)
        after = app.screen.query_one(ResultList).hits
        assert after and all("Hezbollah" in h.actors for h in after)
        assert not any(_only_kataib(h) for h in after)
        await show(pilot, "q")
        assert app.screen.query_one(QuotesPane).quotes == engine.quotes(actors=[hezbollah.id])
        await pilot.press("escape", "1", "enter")
        await ready(pilot)
        reader_query = app.screen.query_one("#reader-view").opened_with
        assert reader_query == ("Hezbollah", (hezbollah.id,))


async def show(pilot: Pilot[None], view: str) -> None:
    """Show the view of key `view` and wait for it to read (a hidden pane does not)."""
    await pilot.press("escape", view)
    await settle(pilot)


def _narrowing_a_disagreement(engine: Engine) -> Actor:
    """An actor whose filter leaves one article of a measure whose sources disagree."""
    disagree = {g.measure for g in engine.compare() if g.disagree}
    for actor in engine.actors():
        groups = engine.compare(actors=[actor.id], include_single=True)
        if any(g.measure in disagree and len({f.doc for f in g.values}) == 1 for g in groups):
            return actor
    raise AssertionError("no actor narrows a disagreement to one article")


async def test_a_figure_group_left_with_one_article_is_not_marked_as_disagreeing(
    cache_root: Path,
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await show(pilot, "f")
        table = app.screen.query_one(FiguresTable)
        unfiltered = {g.measure: g for g in table.groups}
        assert any(g.disagree for g in unfiltered.values())
        actor = _narrowing_a_disagreement(app.screen.engine)
        await toggle_actor(pilot, actor.id)
        await show(pilot, "f")
        groups = table.groups
        assert groups and {g.measure for g in groups} <= set(unfiltered)
        single = [g for g in groups if len({f.doc for f in g.values}) == 1]
        assert any(unfiltered[g.measure].disagree for g in single)
        assert not any(g.disagree for g in single)
        for row, (group, _) in enumerate(table.figure_rows):
            label, value, _source = table.get_row_at(row)
            assert str(value).startswith("⚠") == group.disagree
            assert str(label).startswith("⚠") == (group.disagree and _ == group.values[0])


async def test_a_refreshed_list_keeps_the_highlight_on_the_same_actor(cache_root: Path) -> None:
    # a live update can move the highlighted actor up or down: Space must still toggle it
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        pane = app.screen.query_one(ActorsPane)
        listing = pane.query_one(ActorList)
        listing.highlighted = 3
        chosen = listing.current_id
        pane.actors = tuple(reversed(pane.actors))  # as a refresh that reorders them
        await settle(pilot, 0.1)
        assert listing.current_id == chosen and listing.highlighted != 3


async def test_panes_say_when_the_filter_actors_leave_nothing(
    tmp_path: Path, write_corpus: Writer
) -> None:
    quiet = (
        "Leeds fans gather\n\nDaniel Farke, the Leeds manager, met supporters in the square"
        " on Sunday. Farke thanked them for their support.\n"
    )
    corpus = write_corpus({"politics.txt": POLITICS, "fans.txt": quiet})
    engine = Engine.open(corpus, cache_root=tmp_path / "cache")
    assert engine.figures() and engine.quotes()
    (farke,) = [a for a in engine.actors() if a.name == "Daniel Farke"]
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await toggle_actor(pilot, farke.id)
        await show(pilot, "f")
        said = str(app.screen.query_one("#figure-details").render())
        assert "no figures in the passages naming the filter actors" in said
        await show(pilot, "q")
        listing = app.screen.query_one(QuotesPane).query_one(OptionList)
        said = str(listing.get_option_at_index(0).prompt)
        assert "no quotations in the passages naming the filter actors" in said
