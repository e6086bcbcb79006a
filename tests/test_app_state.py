"""Pilot tests of what the app keeps: exports that never overwrite and say what they hold,
and the theme, search history and export folder across runs."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input

from index import default_export_dir, state_file
from tests.app_fixtures import CORPUS, ready, search, settle
from tui.app import make_app
from tui.screens.export_dialog import ExportDialog
from tui.widgets.search_bar import QueryInput


async def _open_export(pilot: object, folder: Path | None) -> ExportDialog:
    await pilot.press("escape", "e")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    dialog = pilot.app.screen  # type: ignore[attr-defined]
    assert isinstance(dialog, ExportDialog)
    if folder is not None:
        dialog.query_one("#export-folder", Input).value = str(folder)
        await pilot.pause()  # type: ignore[attr-defined]
    return dialog


async def test_export_proposes_the_user_folder_never_overwrites_and_says_what_it_holds(
    cache_root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    target = out / "borderlens-results.md"
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        dialog = await _open_export(pilot, None)
        assert dialog.query_one("#export-folder", Input).value == str(default_export_dir())
        dialog.query_one("#export-folder", Input).value = str(out)
        await pilot.click("#export-ok")
        await settle(pilot)
        first = target.read_text(encoding="utf-8")
        assert "> query: wall; actor filters: none; corpus: " in first
        assert str(CORPUS) in first
        target.write_text("the analyst's notes\n", encoding="utf-8")
        await search(pilot, "border")
        dialog = await _open_export(pilot, None)
        assert dialog.query_one("#export-folder", Input).value == str(out), "folder forgotten"
        await pilot.click("#export-ok")
        await settle(pilot)
        assert app.screen is dialog and target.read_text(encoding="utf-8").startswith("the")
        assert "exists" in str(dialog.query_one("#export-note").render())
        await pilot.pause(0.3)  # a button ignores a press while it shows the last one
        await pilot.click("#export-ok")
        await settle(pilot)
        assert app.screen is not dialog
        assert "> query: border;" in target.read_text(encoding="utf-8")


async def test_theme_history_and_export_folder_are_kept_across_runs(
    cache_root: Path, tmp_path: Path
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        app.theme = "textual-light"
        for query in ("wall", "border"):
            await search(pilot, query)
            await pilot.press("enter")
        await _open_export(pilot, tmp_path / "exports")
        await pilot.click("#export-ok")
        await settle(pilot)
    kept = json.loads(state_file().read_text(encoding="utf-8"))
    assert kept == {
        "theme": "textual-light",
        "history": ["wall", "border"],
        "export_dir": str(tmp_path / "exports"),
    }
    again = make_app(CORPUS, cache_root)
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert again.theme == "textual-light"
        box = again.screen.query_one(QueryInput)
        await pilot.press("up")
        assert box.value == "border"
        dialog = await _open_export(pilot, None)
        assert dialog.query_one("#export-folder", Input).value == str(tmp_path / "exports")


def test_a_damaged_state_file_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text('{"theme": 3, "history": "wall"', encoding="utf-8")
    app = make_app(CORPUS, tmp_path / "cache", path)
    assert app.state.state.history == () and app.state.state.theme == ""


async def test_nothing_to_export_says_so(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("escape", "e")
        assert not isinstance(app.screen, ExportDialog)
        assert str(app.screen.query_one("#status-text").render()) == "no results to export"
