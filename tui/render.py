"""Pure functions that turn corpus text and spans into styled `Content`, never markup."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rich.text import Text
from textual.content import Content

from index import Actor, Document, Figure, FigureGroup, Hit, Metadata, Passage, Quote, Span
from tui.repaired import restore_spans, restored_marks
from tui.safe_text import visible
from tui.wording import counted

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


def view_text(
    text: str,
    spans: Iterable[Span],
    inserted: Sequence[int],
    base: int = 0,
    *,
    original: bool = False,
    markers: bool = False,
) -> tuple[str, list[Span]]:
    """`text` (from original offset `base`) as shown, and `spans` shifted to match: with
    the spaces repair restored (unless `original`), each marked when `markers`."""
    if original and not markers:
        return text, list(spans)
    shown, shifted = restore_spans(text, spans, inserted, base, REPAIR_MARK if markers else " ")
    if markers:
        shifted += restored_marks(text, inserted, base, "repair")
    return shown, shifted


def styled_view(
    text: str,
    spans: Iterable[Span],
    inserted: Sequence[int],
    base: int = 0,
    *,
    original: bool = False,
    markers: bool = False,
) -> Content:
    """`text` as shown (see `view_text`) with its spans styled in painting order."""
    shown, shifted = view_text(text, spans, inserted, base, original=original, markers=markers)
    return styled(shown, layered(shifted), base)


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


def article_prompt(hit: Hit, passages: int) -> Content:
    """The heading of an article's passages: title (or id), source, date, how many."""
    where = [
        hit.source or "unknown source",
        hit.date or "undated",
        *([hit.doc] if hit.title else []),
    ]
    tail = f"  {' · '.join(where)} · {counted(passages, 'passage')}"
    return plain(hit.title or hit.doc, "bold") + plain(tail, STYLES["meta"])


def hit_prompt(hit: Hit, inserted: Sequence[int] = (), original: bool = False) -> Content:
    """A result row: the passage (repaired unless `original`) with its hits, and its actors."""
    start, end = excerpt_range(hit)
    text = hit.text[start - hit.start : end - hit.start]
    body = styled_view(text, hit.highlights, inserted, start, original=original)
    body = Content("…" if start > hit.start else "") + body + Content("…" if end < hit.end else "")
    if not hit.actors:
        return body
    return Content("\n").join([body, plain("actors: " + ", ".join(hit.actors), STYLES["dim"])])


def quote_prompt(quote: Quote, words: str, source: str, date: str) -> Content:
    """A quotation row: speaker, verb, the `words` as shown, then source and date."""
    who = plain(f"{quote.speaker or 'unnamed'} {quote.verb}".strip() + ": ", STYLES["meta"])
    said = plain(f"“{words}”", STYLES["quote"])
    where = plain(f"{source or 'unknown source'} · {date or 'undated'} · {quote.doc}", "dim")
    return Content("\n").join([who + said, where])


def figure_value(figure: Figure) -> str:
    """A figure's value and unit as a short string (`200–300 km`); a vague amount in its
    words (`tens of thousands fighter`), not as the order of magnitude it stands for."""
    value = figure.words or _number(figure.value)
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


def figure_sentences(
    group: FigureGroup,
    said: Sequence[tuple[Figure, str]],
    meta: Mapping[str, Metadata],
    current: Figure | None = None,
) -> Content:
    """A measure's values, each with where it comes from and the sentence it is in; the
    `current` one pointed at."""
    verdict = "sources disagree" if group.disagree else "one source" if len(said) < 2 else ""
    lines = [plain(f"{group.label}" + (f" — {verdict}" if verdict else ""), STYLES["meta"])]
    for figure, sentence in said:
        where = meta.get(figure.doc, Metadata())
        source = " ".join(p for p in (where.source or figure.doc, where.date) if p)
        mark = "▶ " if figure == current else "  "
        head = plain(f"{mark}{source}: {figure_value(figure)} — ", "bold")
        lines.append(head + plain(" ".join(sentence.split())))
    return Content("\n").join(lines)


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
    """The reader's header: the title, then source, date and id."""
    meta = doc.meta
    where = " · ".join([meta.source or "unknown source", meta.date or "undated", doc.id])
    return Content("\n").join(
        [plain(meta.title or doc.path.name, "bold"), plain(where, STYLES["meta"])]
    )


def metadata_notes(doc: Document) -> Content:
    """What the reader says above the text: the article's address and any warnings."""
    lines = [plain(doc.meta.url, "dim")] if doc.meta.url else []
    lines += [plain(f"⚠ {w}", "$text-warning") for w in doc.warnings]
    return Content("\n").join(lines)


def overlaps(passage: Passage, span: Span) -> bool:
    """Whether `span` covers any character of `passage`."""
    return span.end > passage.start and span.start < passage.end


def passage_content(
    doc: Document, passage: Passage, spans: Sequence[Span], *, markers: bool, original: bool
) -> Content:
    """One passage of `doc` with `spans` styled, repaired unless `original`, restored
    spaces marked when `markers`."""
    text = doc.passage_text(passage)
    inside = [s for s in spans if overlaps(passage, s)]
    inserted = doc.repaired.inserted
    return styled_view(text, inside, inserted, passage.start, original=original, markers=markers)
