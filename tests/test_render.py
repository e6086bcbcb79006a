"""Unit tests of the pure render functions: spans to styled content, untrusted text."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from index import Document, Figure, FigureGroup, Hit, Metadata, Passage, Repaired, Span
from tui.cli.human import value as human_value
from tui.clipboard import osc52
from tui.excerpt import Excerpt
from tui.export import to_csv, to_markdown
from tui.render import (
    REPAIR_MARK,
    article_prompt,
    excerpt_range,
    figure_cell,
    figure_value,
    hit_prompt,
    layered,
    passage_content,
    styled,
    view_text,
)
from tui.safe_text import is_safe, one_line, to_json, visible
from tui.widgets.compare import excerpt_content


def _doc(text: str, inserted: tuple[int, ...] = ()) -> Document:
    return Document(
        "d1",
        Path("d1.txt"),
        text,
        Metadata("Src", "2025-01-02", "T"),
        (Passage(0, 0, len(text)),),
        Repaired(text, text, inserted),
    )


@pytest.mark.parametrize("text", ["[bold]x[/bold]", "[/foo]", "a \\[b] \\", "[red on blue]x[/]"])
def test_markup_looking_text_stays_literal(text: str) -> None:
    content = styled(text, [Span(0, 1)])
    assert content.plain == text
    assert len(content.spans) == 1


def test_control_characters_become_visible_placeholders_of_the_same_length() -> None:
    text = "a\x1b[31mb\x07c\x9bd"
    content = styled(text, [Span(1, 2)])
    assert len(content.plain) == len(text)
    assert (
        "\x1b" not in content.plain and "\x07" not in content.plain and "\x9b" not in content.plain
    )


def test_spans_are_shifted_by_the_base_offset_and_clipped() -> None:
    content = styled("hello world", [Span(106, 111), Span(95, 102), Span(200, 210)], base=100)
    assert [(s.start, s.end) for s in content.spans] == [(6, 11), (0, 2)]


def test_layers_paint_the_current_hit_last() -> None:
    kinds = [
        s.kind for s in layered([Span(0, 1, "current"), Span(0, 1, "hit"), Span(0, 1, "actor")])
    ]
    assert kinds == ["actor", "hit", "current"]


def test_repair_markers_shift_spans_to_match() -> None:
    text, spans = view_text("abcdef", [Span(12, 14)], [11, 13], base=10, markers=True)
    assert text == f"a{REPAIR_MARK}bc{REPAIR_MARK}def"
    assert spans[0] == Span(13, 16) and text[3:6] == f"c{REPAIR_MARK}d"
    assert [s.kind for s in spans[1:]] == ["repair", "repair"]


@pytest.mark.parametrize(
    ("original", "markers", "shown"),
    [
        (False, False, "the wall stands"),
        (True, False, "the wallstands"),
        (False, True, f"the wall{REPAIR_MARK}stands"),
    ],
)
def test_passage_content_keeps_the_hit_on_its_word_in_every_view(
    original: bool, markers: bool, shown: str
) -> None:
    doc = _doc("the wallstands", inserted=(8,))
    content = passage_content(
        doc, doc.passages[0], [Span(8, 14)], markers=markers, original=original
    )
    assert content.plain == shown
    hit = next(s for s in content.spans if "warning" in str(s.style))
    assert content.plain[hit.start : hit.end] == "stands"


def test_hit_prompt_names_the_source_and_highlights_the_hit() -> None:
    hit = Hit(
        "d1",
        0,
        1.0,
        "Shafaq [News]",
        "2025-03-11",
        "",
        "body",
        0,
        12,
        "a [b] wall c",
        (Span(6, 10),),
        ("ISIS",),
    )
    content = hit_prompt(hit)
    assert content.plain.splitlines() == ["a [b] wall c", "actors: ISIS"]
    assert article_prompt(hit, 2).plain == "d1  Shafaq [News] · 2025-03-11 · 2 passages"
    body_start = content.plain.index("a [b]")
    assert any(
        content.plain[s.start : s.end] == "wall" and s.start > body_start for s in content.spans
    )


def test_long_passages_are_cut_around_their_first_hit() -> None:
    text = "x" * 1000
    hit = Hit("d", 0, 1.0, "", "", "", "body", 100, 1100, text, (Span(700, 704),))
    start, end = excerpt_range(hit, 300)
    assert start <= 700 < 704 <= end and end - start == 300


def test_figure_values_and_disagreement_mark() -> None:
    wall = Figure("d", 0, 3, 160.0, None, "km", "wall_length", "a 160 km wall")
    span = Figure("d", 0, 3, 200.0, 300.0, "km", "x", "")
    assert figure_value(wall) == "160 km" and figure_value(span) == "200–300 km"
    cell = figure_cell([wall], FigureGroup("wall_length", "Wall", (wall,), True))
    assert cell.plain == "⚠ 160 km"
    crowd = Figure("d", 0, 17, 10_000.0, None, "fighter", "camp:population:vague", "")
    assert figure_value(crowd) == "tens of thousands fighter"
    exact = Figure("d", 0, 6, 10_000.0, None, "fighter", "camp:population", "")
    assert figure_value(exact) == "10,000 fighter"
    record = {"value": 1e4, "value_max": None, "unit": "fighter", "measure": crowd.measure}
    assert human_value(record) == "tens of thousands fighter"
    assert human_value(record | {"measure": exact.measure}) == "10,000 fighter"


def test_citation_and_osc52() -> None:
    doc = _doc("He said the wallis\n  long.\x1b", inserted=(16,))
    text = Excerpt.of(doc, 8, 27, speaker="an officer").citation()
    assert text.startswith("“the wall is long.␛”")
    assert Excerpt.of(doc, 8, 27).citation(original=True).startswith("“the wallis long.␛”")
    assert "an officer, Src, 2025-01-02, “T” [d1, chars 8–27]" in text
    assert osc52("hi") == "\x1b]52;c;aGk=\a"
    assert osc52("hi", tmux=True) == "\x1bPtmux;\x1b\x1b]52;c;aGk=\a\x1b\\"


def test_a_citation_is_two_lines_whatever_the_metadata_holds() -> None:
    doc = replace(_doc("The wall is long."), meta=Metadata("Src\nX", "2025-01-02", "A\nB"))
    text = Excerpt.of(doc, 0, 17, speaker="an\nofficer").citation()
    assert text.splitlines() == [
        "“The wall is long.”",
        "— an officer, Src X, 2025-01-02, “A B” [d1, chars 0–17]",
    ]


def test_a_quotation_compared_says_who_said_it() -> None:
    doc = _doc("The wall is long.")
    shown = excerpt_content(Excerpt.of(doc, 0, 17, speaker="an\nofficer")).plain
    assert shown.splitlines()[:2] == ["Src · 2025-01-02 · T", "— an officer"]
    assert "—" not in excerpt_content(Excerpt.of(doc, 0, 17)).plain


def test_markdown_and_csv_exports_escape_cells() -> None:
    rows = [{"text": "a | b\nc", "n": 1}]
    assert "a \\| b c" in to_markdown(rows, "t")
    assert to_csv(rows).splitlines() == ["text,n", "a | b c,1"]


UNSAFE_SAMPLES = "\x1b\x07\x9b\x85\x7f\u202a\u202e\u2066\u2069\u200e\u200f\u061c"
UNSAFE_SAMPLES += "\u200b\u200d\u2060\ufeff"


def test_the_sanitiser_shows_every_unsafe_character_in_place() -> None:
    text = f"a{UNSAFE_SAMPLES}b\nc\td\r\n"
    shown = visible(text)
    assert len(shown) == len(text) and shown.endswith("d \n")
    assert is_safe(shown) and not is_safe(text)
    assert not set(UNSAFE_SAMPLES) & set(shown)
    assert one_line("a\nb\tc\x1b") == "a b c␛"


def test_json_keeps_unsafe_characters_exact_but_escaped() -> None:
    data = {"t": f"x{UNSAFE_SAMPLES}é—“y”", "n": [1]}
    text = to_json(data)
    assert is_safe(text) and "\\u009b" in text and "\\u202e" in text and "é—“y”" in text
    assert json.loads(text) == data
