"""Pilot tests of reading: the repaired text everywhere a person reads or copies (offsets
stay original), passages grouped under their article, and the reader's fixed header."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.app_fixtures import CORPUS, quotes_pane, read_first_hit, ready, search, settle
from tui.app import make_app
from tui.render import STYLES
from tui.widgets.reader import PassageView
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
        read = "\n".join(str(v.render()) for v in app.screen.query(PassageView))
        assert REPAIRED in read and FUSED not in read
        await pilot.press("o")
        await settle(pilot)
        read = "\n".join(str(v.render()) for v in app.screen.query(PassageView))
        assert FUSED in read
        assert any(FUSED in p for p in _prompts(listing))
        await pilot.press("o", "r")
        read = "\n".join(str(v.render()) for v in app.screen.query(PassageView))
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
            marked = [
                view.passage
                for view in reader.query(PassageView)
                if any(span.style == STYLES["current"] for span in view.content.spans)
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
