"""Pilot tests of articles added, changed and removed while the app runs: noticed by a
periodic check or by the next search, without running `borderlens index` elsewhere."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.app_fixtures import CORPUS, RAW, ready, search, settle
from tui.app import BorderlensApp, make_app
from tui.widgets.figures import FiguresTable
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList

REMOVED = "002_59fcd07f68cb0717"
"""An article with passages about the wall."""
ADDED = "The wall zqxjfresh stands on the border, officials said.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the bundled corpus that the tests change."""
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Periodic checks a few times a second, after a short pause of the keys."""
    monkeypatch.setattr("tui.screens.corpus.TICK", 0.1)
    monkeypatch.setattr("tui.screens.corpus.CHECK_EVERY", 0.2)
    monkeypatch.setattr("tui.watch.IDLE", 0.3)


def app_over(corpus: Path, tmp_path: Path) -> BorderlensApp:
    return make_app(corpus, tmp_path / "cache", tmp_path / "state.json")


async def until(pilot: Pilot[None], shown: Callable[[], bool], timeout: float = 10.0) -> None:
    """Leave the keys alone until `shown()` (a periodic check ran, the views followed)."""
    for _ in range(int(timeout / 0.1)):
        if shown():
            break
        await pilot.pause(0.1)
    await settle(pilot)


def notes(app: BorderlensApp) -> list[str]:
    return [n.message for n in app._notifications]


def position_line(app: BorderlensApp) -> str:
    return str(app.screen.query_one("#reader-position").render())


def listed(app: BorderlensApp) -> set[str]:
    return {h.doc for h in app.screen.query_one(ResultList).hits}


async def test_an_article_added_or_removed_is_noticed_by_a_periodic_check(
    corpus: Path, tmp_path: Path
) -> None:
    app = app_over(corpus, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        (corpus / "fresh.txt").write_text(ADDED, encoding="utf-8")
        await until(pilot, lambda: bool(notes(app)))
        assert "index updated: 1 added" in notes(app)
        await search(pilot, "zqxjfresh")
        assert listed(app) == {"fresh"}

        await search(pilot, "wall")
        assert REMOVED in listed(app)
        (corpus / f"{REMOVED}.txt").unlink()
        await until(pilot, lambda: REMOVED not in listed(app))
        assert "index updated: 1 removed" in notes(app)
        assert REMOVED not in listed(app) and "fresh" in listed(app)


async def test_the_next_search_notices_an_article_added_a_moment_before(
    corpus: Path, tmp_path: Path
) -> None:
    app = app_over(corpus, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        (corpus / "fresh.txt").write_text(ADDED, encoding="utf-8")
        await search(pilot, "zqxjfresh")
        assert listed(app) == {"fresh"}


async def test_an_update_keeps_the_highlighted_result(corpus: Path, tmp_path: Path) -> None:
    app = app_over(corpus, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        await pilot.press("escape")
        results = app.screen.query_one(ResultList)
        kept = results.hits[-1]
        results.highlighted = results.get_option_index(str(len(results.hits) - 1))
        (corpus / "fresh.txt").write_text(ADDED, encoding="utf-8")
        await until(pilot, lambda: "fresh" in listed(app))
        now = results.current
        assert now is not None and (now.doc, now.start) == (kept.doc, kept.start)


async def test_the_reader_reads_a_changed_article_again_and_says_when_it_is_removed(
    corpus: Path, tmp_path: Path
) -> None:
    app = app_over(corpus, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        (corpus / "fresh.txt").write_text(ADDED, encoding="utf-8")
        await search(pilot, "zqxjfresh")
        await pilot.press("escape", "enter")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.document is not None and reader.document.id == "fresh"
        (corpus / "fresh.txt").write_text(
            ADDED + "A second zqxjfresh line, zqxjline.\n", encoding="utf-8"
        )
        await until(pilot, lambda: "zqxjline" in reader.document.text)  # type: ignore[union-attr]
        assert "zqxjline" in reader.document.text
        assert any("the reader shows its article's new text" in n for n in notes(app))
        await until(pilot, lambda: "hit 1 of 2" in position_line(app))
        assert "hit 1 of 2" in position_line(app)
        (corpus / "fresh.txt").unlink()
        await until(pilot, lambda: any("article was removed" in n for n in notes(app)))
        assert any("the reader's article was removed" in n for n in notes(app))
        assert "removed from the corpus folder" in position_line(app)
        assert "zqxjline" in reader.document.text


async def test_an_index_damaged_while_the_app_runs_is_rebuilt_and_said_safely(
    corpus: Path, tmp_path: Path
) -> None:
    app = app_over(corpus, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        engine = app.screen.engine
        assert engine is not None
        for segment in engine.index_dir.glob("*.seg"):
            segment.write_bytes(b"\0" * segment.stat().st_size)
        (corpus / "fresh\x1b]52;c;SElKQUNLRUQ=\x07.txt").write_text(ADDED, encoding="utf-8")
        await search(pilot, "zqxjfresh")
        await settle(pilot, 0.3)
        warned = [n for n in notes(app) if "rebuilding" in n]
        assert warned and not any(c in "".join(notes(app)) for c in RAW)
        assert listed(app) and all(doc.startswith("fresh") for doc in listed(app))


async def test_the_figures_name_the_source_a_sidecar_gives_once_updated(
    corpus: Path, tmp_path: Path
) -> None:
    app = app_over(corpus, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "f")
        await settle(pilot)
        table = app.screen.query_one(FiguresTable)

        def sources() -> set[str]:
            return {str(table.get_row_at(row)[2]) for row in range(table.row_count)}

        assert not any("Iraq News Agency" in s for s in sources())
        sidecar = next(corpus.glob("003_*.txt")).with_suffix(".toml")
        sidecar.write_text('source = "Iraq News Agency"\n', encoding="utf-8")
        await until(pilot, lambda: any("Iraq News Agency" in s for s in sources()))
        assert any("Iraq News Agency" in s for s in sources())
        assert "Iraq News Agency" in str(app.screen.query_one("#figure-details").render())
