"""No byte of a hostile corpus acts on the terminal: every view, notification, status line,
copy and export of the app shows escape, C1 and bidi characters as visible placeholders."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from textual.widgets import Input

from tests.app_fixtures import (
    CORPUS,
    HOSTILE_ID,
    HOSTILE_NAME,
    hostile_corpus,
    raw_controls,
    ready,
    screen_text,
    search,
    settle,
)
from tui.app import make_app
from tui.widgets.results import ResultList


async def test_every_view_and_message_of_the_app_shows_a_hostile_corpus_safely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = hostile_corpus(tmp_path / "hostile")
    copied: list[str] = []
    sequences: list[str] = []
    monkeypatch.setattr("tui.clipboard.clipboard_file", lambda: tmp_path / "clip.txt")
    monkeypatch.setattr("tui.clipboard.write_to_terminal", sequences.append)
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
        notes = [f"{n.title} {n.message}" for n in app._notifications]
        assert notes and HOSTILE_NAME.replace("\x1b", "␛") in " ".join(notes)
        shown = [*notes, screen_text(app)]
        await search(pilot, "wall")
        listing = app.screen.query_one(ResultList)
        listing.highlighted = next(
            listing.get_option_index(str(i))
            for i, h in enumerate(listing.hits)
            if h.doc == HOSTILE_ID
        )
        await pilot.press("escape", "c", "y")
        shown += [screen_text(app), str(app.screen.query_one("#status-text").render())]
        for keys in (("enter",), ("r",), ("a",), ("q",), ("f", "right"), ("C",), ("w",)):
            await pilot.press(*keys)
            await settle(pilot)
            shown.append(screen_text(app))
        assert "[/y]" in "\n".join(shown) and "[link=file:///etc/passwd]" in "\n".join(shown)
        for view, fmt in [("1", 0), ("4", 1), ("5", 2)]:
            await pilot.press("escape", view, "e")
            await settle(pilot)
            app.screen.query_one("#export-folder", Input).value = str(tmp_path / "out")
            app.screen.query("RadioButton")[fmt].value = True
            await pilot.pause()
            await pilot.click("#export-ok")
            await settle(pilot)
    written = [p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir()]
    assert len(written) == 3 and copied and sequences
    payload = sequences[0].split(";c;")[1].split("\a")[0]
    copied.append(base64.b64decode(payload).decode("utf-8"))
    for text in [*shown, *copied, (tmp_path / "clip.txt").read_text(encoding="utf-8"), *written]:
        assert not raw_controls(text), (sorted(raw_controls(text)), text[:2000])


async def test_an_empty_folder_answers_a_query_with_nothing_found(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    app = make_app(tmp_path / "empty", tmp_path / "cache")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        await settle(pilot, 0.5)
        assert "no passages for 'wall'" in screen_text(app)


async def test_a_search_that_fails_says_so_on_the_search_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index import Engine

    def broken(*args: object, **kwargs: object) -> object:
        raise TypeError("\x1b]52;c;SGk=\x07 boom")

    app = make_app(CORPUS, tmp_path / "cache")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        monkeypatch.setattr(Engine, "search", broken)
        await search(pilot, "wall")
        await settle(pilot, 0.3)
        shown = screen_text(app)
        assert "the search failed (TypeError:" in shown and not raw_controls(shown)
