"""Pilot tests of the figures view: every figure, grouped by measure, several sources
first, filtered by typing, each value's sentence shown for the row under the cursor."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from index import Engine
from tests.app_fixtures import CORPUS, ready, screen_text, settle
from tui.app import make_app
from tui.widgets.figures import FiguresPane, FiguresTable


async def test_every_measure_of_every_article_is_listed_several_sources_first(
    cache_root: Path, engine: Engine
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f")
        await settle(pilot)
        table = app.screen.query_one(FiguresTable)
        listed = {(f.doc, f.measure) for g in table.groups for f in g.values}
        assert listed == {(f.doc, f.measure) for f in engine.figures()}
        several = [len({f.doc for f in g.values}) > 1 for g in table.groups]
        assert any(several) and not all(several)
        assert several == sorted(several, reverse=True)
        for row, (group, figure) in enumerate(table.figure_rows):
            label, value, _ = table.get_row_at(row)
            assert str(value).startswith("⚠") == group.disagree
            first = figure == group.values[0]
            assert str(label).startswith("⚠") == (first and group.disagree)
            assert bool(str(label)) == first


async def test_typing_filters_the_figures_and_a_row_shows_its_sentences(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f", "slash", *"wall length")
        await settle(pilot)
        pane = app.screen.query_one(FiguresPane)
        table = pane.table
        assert [g.label for g in table.groups] == ["Wall length (km)"]
        await pilot.press("escape", "right")
        details = str(app.screen.query_one("#figure-details").render())
        assert details.startswith("Wall length (km) — sources disagree")
        assert "160 km — " in details and "360 km — " in details
        assert "▶" in details and "turmoil" in details
        await pilot.press("slash", *"zzz")
        await settle(pilot)
        assert table.groups == ()
        assert "no figures match" in str(app.screen.query_one("#figure-details").render())


async def test_moving_down_shows_the_sentences_of_the_next_measure(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f")
        await settle(pilot)
        table = app.screen.query_one(FiguresTable)
        first = table.current_group
        assert first is not None
        await pilot.press(*["down"] * len(first.values))
        await settle(pilot)
        second = table.current_group
        assert second is not None and second != first and table.current == second.values[0]
        details = str(app.screen.query_one("#figure-details").render())
        assert details.startswith(second.label) and "▶" in details


def test_a_measure_with_many_values_shows_the_sentences_around_the_cursor() -> None:
    """A common measure holds thousands of values in a large corpus; each sentence is read
    from its article, so only `SENTENCES` around the cursor's value are shown."""
    from index import Figure
    from tui.widgets.figures import SENTENCES, _near

    values = [Figure(f"d{i}", i, i + 1, i, None, "km", "wall:length", "") for i in range(100)]
    assert _near(values[:5], values[2]) == values[:5]
    assert _near(values, values[50]) == values[47 : 47 + SENTENCES]
    assert _near(values, values[99]) == values[100 - SENTENCES :]
    assert _near(values, None) == values[:SENTENCES]


async def test_an_article_changed_under_its_stamp_leaves_the_figures_readable(
    tmp_path: Path,
) -> None:
    # an edit that keeps the size and time of the damaged article (whose sentences are
    # shown repaired, so read back): its figures show the sentence kept in the index
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    damaged = next(corpus.glob("000_*.txt"))
    Engine.open(corpus, cache_root=tmp_path / "cache")
    stat = damaged.stat()
    data = damaged.read_bytes()
    damaged.write_bytes(data.replace(b"Syria", b"Syrie", 1))
    assert damaged.read_bytes() != data
    os.utime(damaged, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f")
        await settle(pilot)
        table = app.screen.query_one(FiguresTable)
        rows = [row for row, (_, f) in enumerate(table.figure_rows) if f.doc == damaged.stem]
        assert rows
        await pilot.press(*["down"] * rows[0])
        await settle(pilot)
        assert table.current is not None and table.current.doc == damaged.stem
        details = str(app.screen.query_one("#figure-details").render())
        assert table.current.context.strip("…")[:20] in details


async def test_a_vague_amount_shows_whole_in_the_table_on_a_wide_screen(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f", "slash", *"camp")
        await settle(pilot)
        table = screen_text(app).split("reported by")[1].split("\n\n")[0]
        assert "tens of thousands fighter" in table
