"""Pilot tests of the key model: letters are commands in a list and text in a box, a burst
of keys is typed whole, Esc leaves a box before it goes back, Tab walks the views."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input

from index import Engine
from tests.app_fixtures import CORPUS, ready, screen_text, search, settle
from tui.app import make_app
from tui.screens.main import MainScreen
from tui.widgets.actors import ActorList, ActorsPane
from tui.widgets.filter_input import FilterInput
from tui.widgets.quotes import QuoteList, QuotesPane
from tui.widgets.results import ResultList
from tui.widgets.views import VIEWS


def _active(app: object) -> str:
    return app.screen.query_one("#views").active  # type: ignore[attr-defined,no-any-return]


async def test_view_keys_never_type_into_the_actors_filter(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "a")
        assert _active(app) == "actors" and isinstance(app.screen.focused, ActorList)
        await pilot.press("q")
        assert _active(app) == "quotes"
        await pilot.press("a", "slash", *"daesh", "space", "q")
        box = app.screen.query_one(ActorsPane).filter_box
        assert app.screen.focused is box and box.value == "daesh q" and _active(app) == "actors"
        footer_keys = {b.binding.key for b in app.screen.active_bindings.values() if b.enabled}
        assert not {"c", "y", "e", "q", "a"} & footer_keys


async def test_no_binding_fires_while_the_search_box_has_focus(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "slash", *"aqfcCyexwo/123456")
        assert app.screen.query_one("#query", Input).value == "aqfcCyexwo/123456"
        assert isinstance(app.screen, MainScreen) and _active(app) == "results"
        assert app.screen.actors == () and not app.screen.original


async def test_slash_in_the_empty_focused_box_is_not_typed(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        box = app.screen.query_one("#query", Input)
        app.screen.set_focus(box)
        await pilot.press("slash", *"wall", "slash", "x")
        assert box.value == "wall/x"


async def test_a_burst_of_keys_after_slash_is_typed_whole(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        await pilot.press("escape")
        assert isinstance(app.screen.focused, ResultList)
        driver = app._driver
        assert driver is not None
        for key, char in [("slash", "/"), *[(c, c) for c in "drones"], ("y", "y")]:
            driver.send_message(events.Key(key, char))  # all queued before any is handled
        await settle(pilot, 0.3)
        assert isinstance(app.screen, MainScreen), "a letter of the burst opened a dialog"
        assert app.screen.query_one("#query", Input).value == "dronesy"
        assert app.screen.shown_query[0] == "dronesy"


async def test_editing_keys_in_a_burst_act_in_turn_with_the_letters(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        box = app.screen.query_one("#query", Input)
        driver = app._driver
        assert driver is not None
        bursts = [
            ([("backspace", None), ("s", "s")], "wals"),
            ([("left", None), ("x", "x")], "walxl"),
            ([("home", None), ("x", "x")], "xwall"),
            ([("ctrl+u", None), *[(c, c) for c in "fence"]], "fence"),
        ]
        for burst, typed in bursts:
            await search(pilot, "wall")
            box.action_end()
            for key, char in burst:
                driver.send_message(events.Key(key, char))  # all queued before any is handled
            await settle(pilot, 0.3)
            assert box.value == typed


async def test_escape_leaves_the_box_first_then_goes_back(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "a", "q", "slash")
        assert app.screen.focused is app.screen.query_one(QuotesPane).filter_box
        await pilot.press("escape")
        assert _active(app) == "quotes" and not isinstance(app.screen.focused, Input)
        await pilot.press("escape")
        assert _active(app) == "actors"
        await pilot.press("1", "slash", "w", "escape")
        assert _active(app) == "results" and isinstance(app.screen.focused, ResultList)


async def test_tab_and_shift_tab_walk_the_views(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        seen = []
        for _ in VIEWS:
            await pilot.press("tab")
            seen.append(_active(app))
        assert seen == [*VIEWS[1:], VIEWS[0]]
        await pilot.press("shift+tab")
        assert _active(app) == VIEWS[-1]


async def test_enter_on_an_actor_lists_its_passages_and_s_its_quotes(
    cache_root: Path, engine: Engine
) -> None:
    [bandawi] = [a for a in engine.actors() if "Bandawi" in a.name]
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        await pilot.press("escape", "a")
        listing = app.screen.query_one(ActorList)
        listing.highlighted = listing.get_option_index(bandawi.id)
        await pilot.press("enter")
        await settle(pilot, 0.3)
        assert _active(app) == "results" and app.screen.actors == (bandawi.id,)
        hits = app.screen.query_one(ResultList).hits
        assert hits and all(bandawi.name in h.actors for h in hits)
        assert app.screen.query_one("#query", Input).value == ""
        await pilot.press("a")
        listing.highlighted = listing.get_option_index(bandawi.id)
        await pilot.press("s")
        await settle(pilot)
        pane = app.screen.query_one(QuotesPane)
        assert _active(app) == "quotes" and pane.shown
        assert {q.speaker_id for q in pane.shown} == {bandawi.id}


async def test_esc_and_a_key_in_one_burst_leave_the_box_and_type_nothing(
    cache_root: Path,
) -> None:
    # over a slow link Esc then "e" can arrive together, which reads as Alt+e
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press(*"wall", "alt+e")
        await settle(pilot)
        box = app.screen.query_one("#query", Input)
        assert box.value == "wall" and app.screen.focused is not box


async def test_views_chosen_in_a_burst_leave_the_keys_with_the_last_ones_list(
    cache_root: Path,
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("escape")
        driver = app._driver
        assert driver is not None
        for burst, focused in [("34", QuoteList), ("43", ActorList), ("54", QuoteList)]:
            for key in burst:
                driver.send_message(events.Key(key, key))  # all queued before any is handled
            await settle(pilot, 0.3)
            assert isinstance(app.screen.focused, focused), burst
            shown = [pane.id for pane in app.screen.query("TabPane") if pane.display]
            assert shown == [app.screen.views.active] == [VIEWS[int(burst[-1]) - 1]], burst
            boxes = app.screen.query(FilterInput)
            assert not [box.value for box in boxes if box.value], "commands typed as a filter"
        # a box focused at once after a view is shown (as a click would) keeps the focus
        app.screen.views.show("figures")
        box = app.screen.views.filter_box()
        assert box is not None
        app.screen.set_focus(box)
        await pilot.press(*"wall")
        await settle(pilot, 0.3)
        assert box.value == "wall" and app.screen.focused is box


async def test_the_cursor_stays_in_view_when_the_count_narrows_the_box(cache_root: Path) -> None:
    """A long query typed at 80 columns: the count that comes with its results narrows
    the box, which still shows the end of the query, where the cursor is."""
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        typed = "border security wall concrete Syria Iraq drones cameras towers Anbar returnees"
        await pilot.press("escape", "slash", *typed)
        await settle(pilot, 0.5)
        box = app.screen.query_one("#query", Input)
        assert box.value == typed and box.cursor_position == len(typed)
        shown = box.scrollable_content_region.width
        scroll_x = box.scroll_offset.x
        assert scroll_x <= box.cursor_position <= scroll_x + shown


async def test_nothing_shows_right_of_the_palette_key_in_a_narrow_footer(
    cache_root: Path,
) -> None:
    """At 40 columns the footer's keys scroll under the palette key docked at its right
    edge; none of their letters may show beside it."""
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(40, 10)) as pilot:
        await ready(pilot)
        await pilot.press("escape")
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert footer.rstrip().endswith("^p palette"), footer
