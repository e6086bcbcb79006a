"""Pure functions that turn corpus text and spans into styled `Content`, never markup."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.content import Content

from index import Actor, Document, Figure, FigureGroup, Hit, Passage, Quote, Span
from tui.safe_text import visible

STYLES: dict[str, str] = {
    "hit": "bold $text-warning on $warning-muted",
    "current": "bold reverse $warning",
    "actor": "underline $text-primary",
    "quote": "italic $text-success",
    "figure": "bold $text-secondary",
    "repair": "dim $text-error",
    "meta": "bold $text-accent",
    "dim": "dim",
}
"""Theme-aware styles for each kind of span."""

REPAIR_MARK = "·"
"""Shown where repair restored a space between fused words."""

EXCERPT = 360
"""Characters of a long passage shown in a result row."""


def styled(text: str, spans: Iterable[Span], base: int = 0) -> Content:
    """`text` (which starts at offset `base` of its document) with `spans` styled in order."""
    content = Content(visible(text))
    size = len(text)
    for span in spans:
        start, end = max(span.start - base, 0), min(span.end - base, size)
        if start < end:
            content = content.stylize(STYLES.get(span.kind, STYLES["hit"]), start, end)
    return content


def plain(text: str, style: str = "") -> Content:
    """Untrusted `text` as content, made visible, optionally with one style."""
    content = Content(visible(text))
    return content.stylize(style) if style else content


def with_markers(
    text: str, spans: Sequence[Span], inserted: Sequence[int], base: int = 0
) -> tuple[str, list[Span]]:
    """`text` with a marker at each `inserted` offset, and `spans` shifted to match."""
    cuts = sorted(o - base for o in inserted if base < o < base + len(text))
    pieces, last = [], 0
    for cut in cuts:
        pieces += [text[last:cut], REPAIR_MARK]
        last = cut
    pieces.append(text[last:])
    shifted = [_shift(s, cuts, base) for s in spans]
    marks = [Span(base + c + i, base + c + i + 1, "repair") for i, c in enumerate(cuts)]
    return "".join(pieces), shifted + marks


def _shift(span: Span, cuts: Sequence[int], base: int) -> Span:
    before_start = bisect_right(cuts, span.start - base)
    before_end = bisect_right(cuts, span.end - base - 1)
    return Span(span.start + before_start, span.end + before_end, span.kind)


def excerpt_range(hit: Hit, size: int = EXCERPT) -> tuple[int, int]:
    """The part of a long passage worth showing: around its first highlight."""
    if hit.end - hit.start <= size:
        return hit.start, hit.end
    first = hit.highlights[0].start if hit.highlights else hit.start
    start = max(hit.start, min(first - size // 3, hit.end - size))
    return start, min(hit.end, start + size)


def citation_line(source: str, date: str, title: str, doc: str) -> Content:
    """One line naming where a passage comes from."""
    parts = [source or "unknown source", date or "undated", title or doc]
    return plain(" · ".join(parts), STYLES["meta"])


def hit_prompt(hit: Hit) -> Content:
    """A result row: citation, the passage with its hits, and the actors in it."""
    start, end = excerpt_range(hit)
    body = styled(hit.text[start - hit.start : end - hit.start], hit.highlights, start)
    body = Content("…" if start > hit.start else "") + body + Content("…" if end < hit.end else "")
    lines = [citation_line(hit.source, hit.date, hit.title, hit.doc), body]
    if hit.actors:
        lines.append(plain("actors: " + ", ".join(hit.actors), STYLES["dim"]))
    return Content("\n").join(lines)


def quote_prompt(quote: Quote, source: str, date: str) -> Content:
    """A quotation row: speaker, verb, the words, then source and date."""
    who = plain(f"{quote.speaker or 'unnamed'} {quote.verb}".strip() + ": ", STYLES["meta"])
    words = plain(f"“{quote.text}”", STYLES["quote"])
    where = plain(f"{source or 'unknown source'} · {date or 'undated'} · {quote.doc}", "dim")
    return Content("\n").join([who + words, where])


def figure_value(figure: Figure) -> str:
    """A figure's value and unit as a short string (`200–300 km`)."""
    value = _number(figure.value)
    if figure.value_max is not None and figure.value_max != figure.value:
        value += f"–{_number(figure.value_max)}"
    return f"{value} {figure.unit}".strip()


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,g}"


def figure_cell(figures: Sequence[Figure], group: FigureGroup) -> Text:
    """A figures-table cell: the values one source gave, marked when sources disagree."""
    text = " / ".join(figure_value(f) for f in figures)
    if text and group.disagree:
        return Text("⚠ " + visible(text), style="bold red")
    return Text(visible(text))


_LAYER = {"actor": 0, "quote": 0, "figure": 1, "repair": 2, "hit": 3, "current": 4}


def layered(spans: Iterable[Span]) -> list[Span]:
    """`spans` in painting order: knowledge, then repairs, then hits, the current hit last."""
    return sorted(spans, key=lambda s: (_LAYER.get(s.kind, 3), s.start))


def knowledge_spans(
    doc: str, actors: Iterable[Actor], quotes: Iterable[Quote], figures: Iterable[Figure]
) -> list[Span]:
    """Where `doc` names actors, quotes someone and reports figures."""
    spans = [Span(m.start, m.end, "actor") for a in actors for m in a.mentions if m.doc == doc]
    spans += [Span(x.start, x.end, "quote") for x in quotes if x.doc == doc]
    return spans + [Span(f.start, f.end, "figure") for f in figures if f.doc == doc]


def metadata_header(doc: Document) -> Content:
    """The reader's header: title, then source, date, id and any warnings."""
    meta = doc.meta
    lines = [
        plain(meta.title or doc.path.name, "bold"),
        plain(
            " · ".join([meta.source or "unknown source", meta.date or "undated", doc.id]),
            STYLES["meta"],
        ),
    ]
    if meta.url:
        lines.append(plain(meta.url, "dim"))
    lines += [plain(f"⚠ {w}", "$text-warning") for w in doc.warnings]
    return Content("\n").join(lines)


def passage_content(
    doc: Document, passage: Passage, spans: Sequence[Span], repairs: bool
) -> Content:
    """One passage of `doc` with `spans` styled, and repair markers if asked."""
    text = doc.passage_text(passage)
    inside = [s for s in spans if s.end > passage.start and s.start < passage.end]
    if repairs:
        text, inside = with_markers(text, inside, doc.repaired.inserted, passage.start)
    return styled(text, layered(inside), passage.start)
