"""Pilot tests of the count and the empty states: the count is what can be reached, a
filter with no words lists what it admits, nothing found says so, errors keep the results."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import Engine
from tests.app_fixtures import CORPUS, ready, search, settle, toggle_actor
from tui.app import make_app
from tui.widgets.results import ResultList
from tui.widgets.search_bar import SearchBar


def _bar(app: object) -> SearchBar:
    return app.screen.query_one(SearchBar)  # type: ignore[attr-defined,no-any-return]


def _list(app: object) -> ResultList:
    return app.screen.query_one(ResultList)  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("query", ["wall", "speaker:al-Khafaji", "title:invasion", "border"])
async def test_the_count_is_every_passage_that_can_be_reached(
    cache_root: Path, engine: Engine, query: str
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, query)
        hits = _list(app).hits
        every = engine.search(query, limit=None).hits
        assert hits and len(hits) == len(every)
        articles = len({h.doc for h in hits})
        noun = "passage" if len(hits) == 1 else "passages"
        plural = "" if articles == 1 else "s"
        assert _bar(app).count == f"{len(hits)} {noun} in {articles} article{plural}"
        assert all(h.section not in ("title", "front") for h in hits)


async def test_an_actor_filter_with_no_words_lists_its_passages_newest_first(
    cache_root: Path, engine: Engine
) -> None:
    [pmf] = [a for a in engine.actors() if a.name == "Popular Mobilization Forces"]
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await toggle_actor(pilot, pmf.id)
        hits = _list(app).hits
        assert hits and all("Popular Mobilization Forces" in h.actors for h in hits)
        assert [h.date for h in hits] == sorted((h.date for h in hits), reverse=True)
        assert len(hits) == engine.search("", actors=[pmf.id], limit=None).total
        assert _bar(app).count.startswith(f"{len(hits)} passages")


async def test_a_query_and_a_filter_with_no_hits_say_so(cache_root: Path, engine: Engine) -> None:
    [pmf] = [a for a in engine.actors() if a.name == "Popular Mobilization Forces"]
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        await toggle_actor(pilot, pmf.id)
        listing = _list(app)
        assert listing.hits == ()
        said = str(listing.get_option_at_index(0).prompt)
        assert said == "no passages for 'wall' with Popular Mobilization Forces"
        assert _bar(app).count == "no passages"
        await pilot.press("x")
        await search(pilot, "xylophonist")
        assert "no passages for 'xylophonist'" in str(listing.get_option_at_index(0).prompt)


@pytest.mark.parametrize("bad", ["date:[2025-13-01 TO x]", "foo:bar", '"unclosed', "NOT NOT ("])
async def test_a_malformed_query_says_why_in_full_and_keeps_the_results(
    cache_root: Path, bad: str
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        before = _list(app).hits
        # set whole: typed a key at a time on a loaded machine, the debounce may fire on a
        # prefix ("date"), a good query whose results then become the last good ones
        app.screen.query_one("#query").value = bad
        await settle(pilot, 0.2)
        bar = _bar(app)
        assert bar.error and "\n" not in bar.error
        assert _list(app).hits == before
        shown = app.screen.query_one("#query-error")
        assert bar.error in " ".join(str(shown.render()).split())
        assert shown.region.width <= 80 and shown.region.height >= 1
        await settle(pilot)
        assert shown.region.height * shown.region.width >= len(bar.error)
