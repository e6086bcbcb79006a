"""Pilot tests of reading: the repaired text everywhere a person reads or copies (offsets
stay original), passages grouped under their article, and the reader's fixed header."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.app_fixtures import (
    CORPUS,
    quotes_pane,
    read_first_hit,
    ready,
    screen_text,
    search,
    settle,
)
from tui.app import make_app
from tui.render import STYLES
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList

FUSED, REPAIRED = "substantialinvestments", "substantial investments"
"""A join the bundled article 000 lost at a line break, and its repair."""


def _prompts(listing: ResultList) -> list[str]:
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_results_reader_and_copy_show_the_repaired_text_at_original_offsets(
    cache_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tui.clipboard.clipboard_file", lambda: tmp_path / "clip.txt")
    original = (CORPUS / "000_20b81c80feff52ed.txt").read_text(encoding="utf-8")
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "investments")
        listing = app.screen.query_one(ResultList)
        hit = listing.hits[0]
        assert FUSED in hit.text and original[hit.start : hit.end] == hit.text
        assert any(REPAIRED in p for p in _prompts(listing))
        assert not any(FUSED in p for p in _prompts(listing))
        await pilot.press("escape", "y")
        copied = (tmp_path / "clip.txt").read_text(encoding="utf-8")
        assert REPAIRED in copied and f"chars {hit.start}–{hit.end}" in copied
        await pilot.press("enter")
        await settle(pilot)
        read = app.screen.query_one(Reader).article.shown_text()
        assert REPAIRED in read and FUSED not in read
        await pilot.press("o")
        await settle(pilot)
        read = app.screen.query_one(Reader).article.shown_text()
        assert FUSED in read
        assert any(FUSED in p for p in _prompts(listing))
        await pilot.press("o", "r")
        read = app.screen.query_one(Reader).article.shown_text()
        assert "substantial·investments" in read


async def test_quotes_show_their_repaired_words(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        pane = await quotes_pane(pilot)
        fused = [q for q in pane.quotes if "theworld" in q.text]
        assert fused, "the bundled corpus no longer has this fused quotation"
        assert "in the world" in pane.words(fused[0])
        rows = pane.export_rows()
        assert any("in the world" in r["text"] for r in rows)


async def test_passages_are_grouped_under_their_article_with_its_title_and_count(
    tmp_path: Path, write_corpus: Callable[[dict[str, str | bytes]], Path]
) -> None:
    corpus = write_corpus(
        {
            "a.txt": " date 2025-01-02 From: Agency\n\nThe Great Wall Report\n\n"
            "The wall was built in May.\n\nSoldiers walked along it.\n\nThe wall is long.\n",
            "b.txt": "Another wall stands here.\n",
        }
    )
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await search(pilot, "wall")
        listing = app.screen.query_one(ResultList)
        prompts = _prompts(listing)
        heads = [p for i, p in enumerate(prompts) if listing.get_option_at_index(i).disabled]
        assert any(
            h.startswith("The Great Wall Report") and "Agency · 2025-01-02 · a · 2 passages" in h
            for h in heads
        ), heads
        assert any(h.startswith("b ") and "1 passage" in h for h in heads)
        assert len(heads) == 2 and len(listing.hits) == 3
        assert not any(h.section in ("title", "front") for h in listing.hits)


async def test_the_reader_keeps_its_header_and_hit_position_in_view(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        reader = await read_first_hit(pilot, "border")
        head = app.screen.query_one("#reader-head")
        top = head.region
        assert reader.document is not None
        position = str(app.screen.query_one("#reader-position").render())
        assert position.startswith(f"hit {reader.current + 1} of {len(reader.hits)}")
        await pilot.press("end")
        await settle(pilot)
        assert reader.scroll_y > 0 and head.region == top
        assert reader.document.id in str(app.screen.query_one("#reader-meta").render())


async def test_walking_the_hits_leaves_one_current_mark_in_the_passage_of_the_current_hit(
    cache_root: Path,
) -> None:
    # n re-renders only the passages of the hit left and the hit reached
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        reader = await read_first_hit(pilot, "border")
        for _ in range(12):
            await pilot.press("n")
            await pilot.pause()
            text = reader.article
            marked = [
                passage
                for i, passage in enumerate(text.passages)
                if any(span.style == STYLES["current"] for span in text.content(i).spans)
            ]
            span = reader.current_span
            assert span is not None
            assert [(p.start <= span.start < p.end) for p in marked] == [True]


async def test_n_on_the_only_hit_says_so(cache_root: Path) -> None:
    app = make_app(CORPUS, cache_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        reader = await read_first_hit(pilot, "plunges")
        assert len(reader.hits) == 1
        await pilot.press("n")
        await pilot.pause()
        assert "the only hit" in str(app.screen.query_one("#reader-position").render())


async def test_a_long_article_is_drawn_only_where_it_is_read(
    write_corpus: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    """An article of 1,200 passages, read at a hit near its end: the reader shows that
    passage at the top, and only the passages shown are styled and wrapped (the top of
    the article is drawn first, then it scrolls to the hit)."""
    paragraphs = [
        f"Paragraph {i} of the long report on the river crossings and the patrols."
        for i in range(1200)
    ]
    paragraphs[1100] = "Here the report names the concrete barrier, once and only once."
    corpus = write_corpus({"report.txt": "\n\n".join(paragraphs) + "\n"})
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        reader = await read_first_hit(pilot, "barrier")
        text = reader.article
        assert len(text.passages) == 1200
        assert reader.current_passage() == text.passages[1100]
        assert "once and only once" in screen_text(app)
        drawn = sorted(text._strips)
        assert 1100 in drawn and len(drawn) <= 2 * 24, drawn  # the top, then the hit
        await pilot.press("home")
        await settle(pilot)
        assert "Paragraph 0 of" in screen_text(app) and "once and only" not in screen_text(app)
        await reader.open("report", text.passages[600].start, [])  # no hit: the view says
        await settle(pilot)
        assert reader.current_passage() == text.passages[600]
        assert screen_text(app).split("n/N next/previous")[1].split()[:2] == ["Paragraph", "600"]


def _first_line_under_header(app: object) -> str:
    shown = screen_text(app).split("n/N next/previous")[1]  # type: ignore[arg-type]
    return next(line.strip() for line in shown.splitlines() if line.strip())


async def test_the_reader_keeps_its_place_on_the_first_open_a_page_and_a_resize(
    write_corpus: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    """The first open puts the hit's passage under the header (the scroll bar that comes
    with the text wraps it anew); a page shows the next lines, one kept; keys in a burst
    each count; a resize keeps the passage at the top."""
    paragraphs = [
        f"Paragraph {i} tells of the patrols, the river crossings and the checkpoints, "
        "of the wall and of the trenches dug along the border in the spring."
        for i in range(300)
    ]
    paragraphs[200] = "Paragraph 200 names the concrete barrier once: it was finished in May."
    corpus = write_corpus({"report.txt": "\n\n".join(paragraphs) + "\n"})
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        reader = await read_first_hit(pilot, "barrier")
        assert _first_line_under_header(app).startswith("Paragraph 200 names")
        before = [line for line in screen_text(app).splitlines()[7:22] if line.strip()]
        await pilot.press("pagedown")
        assert _first_line_under_header(app) == before[-1].strip()
        await pilot.press("home", *["down"] * 6)
        assert round(reader.scroll_y) == 6
        await pilot.press("end")
        reader.scroll_to_offset(reader.article.passages[150].start)
        app.screen.set_focus(reader)
        await pilot.resize_terminal(120, 36)
        await settle(pilot)
        assert _first_line_under_header(app).startswith("Paragraph 150 tells")


async def test_copy_takes_the_passage_in_view_and_a_hit_deep_in_a_passage_is_shown(
    write_corpus: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    long = " ".join(f"Sentence {i} of the long passage." for i in range(300))
    corpus = write_corpus(
        {"report.txt": f"The first passage has the barrier.\n\n{long} The barrier again.\n"}
    )
    app = make_app(corpus, tmp_path / "cache")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        reader = await read_first_hit(pilot, "barrier")
        assert reader.current_passage() == reader.article.passages[0]
        await pilot.press("pagedown", "pagedown")
        assert reader.current_passage() == reader.article.passages[1]  # the hit is not in view
        await pilot.press("n")
        await settle(pilot)
        assert "The barrier again." in screen_text(app)
