"""The reader: a whole article, repaired, its hits highlighted and walkable with n / N;
the article's title, source, date and the hit position stay in view above the text."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive, var
from textual.widgets import Static
from textual.worker import get_current_worker

from index import Document, Engine, Passage, QueryError, Span
from tui.excerpt import Excerpt
from tui.messages import ReaderHits
from tui.render import (
    knowledge_spans,
    metadata_header,
    metadata_notes,
    overlaps,
    passage_content,
    plain,
    view_text,
)
from tui.safe_text import visible
from tui.widgets.article_text import ArticleText

_HITS = Binding.Group("Hits")
"""Next and previous hit share one footer entry."""
_CONTEXT = 2
"""Lines shown above a hit that its passage's top would put out of view."""


class Reader(VerticalScroll, can_focus=True):
    """Shows one document; `n`/`N` move between its hits, toggles show more detail."""

    BINDINGS = [
        Binding("n", "next_hit(1)", "Next hit", group=_HITS),
        Binding("N", "next_hit(-1)", "Prev hit", group=_HITS),
        Binding("k", "toggle_knowledge", "Styles", tooltip="Actors, quotes and figures"),
        Binding("r", "toggle_repairs", "Repair markers", show=False),
    ]

    show_knowledge: reactive[bool] = reactive(True)
    """Whether actors, quotes and figures are styled."""
    show_repairs: reactive[bool] = reactive(False)
    """Whether a marker shows each place where repair restored a space."""
    original: var[bool] = var(False)
    """Whether to show the original text instead of the repaired one."""
    current: reactive[int] = reactive(-1)
    """Index of the current hit in `hits`, or -1."""
    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.document: Document | None = None
        """The article shown."""
        self.hits: tuple[Span, ...] = ()
        """The hits highlighted in it, in text order."""
        self.knowledge: tuple[Span, ...] = ()
        """Where it names actors, quotes and figures."""
        self.opened_with: tuple[str, tuple[str, ...]] = ("", ())
        """The query and actor ids whose hits the article shows."""
        self.said_last = False
        """Whether `n` just said the current hit is the last one (the next `n` wraps)."""
        self._passages: tuple[Passage, ...] = ()
        self._starts: list[int] = []
        self._inside: list[list[Span]] | None = None
        """The spans to paint in each passage, worked out when first needed."""
        self._anchor: tuple[int, int] | None = None
        """The passage drawn at the top of the view and its line there, kept when the
        text is wrapped anew (the first layout, the scroll bar, a resize)."""
        self._placing = False

    def compose(self) -> ComposeResult:
        with Vertical(id="reader-head"):
            yield Static(plain("Open a result (Enter) to read its article here."), id="reader-meta")
            yield Static("", id="reader-position")
        yield Static("", id="reader-notes")
        yield ArticleText(id="reader-text")

    def on_mount(self) -> None:
        self.article.relaid = lambda: self.call_after_refresh(self._keep_anchor)

    @property
    def article(self) -> ArticleText:
        """The article's passages as drawn."""
        return self.query_one(ArticleText)

    def watch_current(self) -> None:
        self.say_position()

    def watch_original(self) -> None:
        self.retext()

    def say_position(self, note: str = "") -> None:
        """Show which hit is current, of how many, and `note`."""
        if not self.is_mounted:
            return
        where = f"hit {self.current + 1} of {len(self.hits)}" if self.hits else "no hits here"
        text = f"{where} · n/N next/previous" + (f" · {note}" if note else "")
        self.query_one("#reader-position", Static).update(plain(text, "dim"))

    async def open(
        self, doc: str, at: int, hits: Iterable[Span], query: str = "", actors: tuple[str, ...] = ()
    ) -> None:
        """Read article `doc` at offset `at` with `hits` highlighted; every other hit of
        `query` (filtered by actor ids `actors`) in the article follows from a thread."""
        engine = self.engine
        if engine is None:
            return
        document = engine.document(doc)
        found = engine.doc_knowledge(doc)
        knowledge = knowledge_spans(doc, found.actors, found.quotes, found.figures)
        self.opened_with = (query, actors)
        await self.show(document, list(hits), knowledge, at)
        if query.strip():
            self.find_hits(engine, doc, query, actors)

    @work(thread=True, exclusive=True, group="reader", exit_on_error=False)
    def find_hits(self, engine: Engine, doc: str, query: str, actors: tuple[str, ...]) -> None:
        """Find every hit of the query in `doc` in a thread; post them to the reader."""
        try:
            spans = engine.hits_in(doc, query, actors=actors)
        except QueryError:
            return
        if not get_current_worker().is_cancelled:
            self.post_message(ReaderHits(doc, query, actors, spans))

    def on_reader_hits(self, message: ReaderHits) -> None:
        """Highlight the whole article's hits, unless another article or query came since."""
        shown = self.document.id if self.document else None
        if shown == message.doc and (message.query, message.actors) == self.opened_with:
            self.add_hits(message.spans)

    async def show(
        self, document: Document, hits: list[Span], knowledge: list[Span], at: int
    ) -> None:
        """Show `document` with `hits` highlighted, scrolled to the offset `at`."""
        self.document, self.knowledge = document, tuple(knowledge)
        self.hits = _ordered(set(hits))
        starts = [h.start for h in self.hits]
        self.current = max(0, bisect_right(starts, at) - 1) if self.hits else -1
        self.said_last = False
        self.say_position()
        self.query_one("#reader-meta", Static).update(metadata_header(document))
        notes = self.query_one("#reader-notes", Static)
        notes.update(metadata_notes(document))
        notes.display = bool(document.meta.url or document.warnings)
        self._passages = document.passages or _whole(document)
        self._starts = [p.start for p in self._passages]
        self._inside = None
        self.article.show(self._passages, self._content, self._plain)
        self.scroll_home(animate=False, immediate=True)
        self.call_after_refresh(self.call_after_refresh, self.scroll_to_offset, at)

    def add_hits(self, spans: Iterable[Span]) -> None:
        """Highlight `spans` too, keeping the current hit current."""
        anchor = self.current_span
        self.hits = _ordered({*self.hits, *spans})
        self.current = self.hits.index(anchor) if anchor is not None else (0 if self.hits else -1)
        self.say_position()
        self.refresh_passages()

    @property
    def current_span(self) -> Span | None:
        """The current hit."""
        return self.hits[self.current] if 0 <= self.current < len(self.hits) else None

    def spans(self) -> list[Span]:
        """Every span to paint, the current hit marked as such."""
        found = [
            Span(h.start, h.end, "current") if i == self.current else h
            for i, h in enumerate(self.hits)
        ]
        return found + list(self.knowledge if self.show_knowledge else ())

    def refresh_passages(self, *around: Span) -> None:
        """Re-render every passage with the current spans and toggles (only those holding
        a span of `around`, when given: a move from hit to hit changes no other)."""
        if self.document is None:
            return
        self._inside = None
        if not around:
            self.article.restyle()
            return
        self.article.restyle(sorted({i for span in around for i in self._holding(span)}))

    def retext(self) -> None:
        """Draw the passages anew: their text as shown changed (original, markers)."""
        if self.document is not None:
            self._inside = None
            self.article.retext()

    def _holding(self, span: Span) -> list[int]:
        """The passages `span` covers a character of."""
        i = max(0, bisect_right(self._starts, span.start) - 1)
        found = []
        while i < len(self._passages) and self._passages[i].start < max(span.end, span.start + 1):
            if overlaps(self._passages[i], span) or self._passages[i].start == span.start:
                found.append(i)
            i += 1
        return found

    def _content(self, i: int) -> Content:
        """Passage i as shown, with its spans."""
        assert self.document is not None
        if self._inside is None:
            inside: list[list[Span]] = [[] for _ in self._passages]
            for span in self.spans():
                for at in self._holding(span):
                    inside[at].append(span)
            self._inside = inside
        return passage_content(
            self.document,
            self._passages[i],
            self._inside[i],
            markers=self.show_repairs,
            original=self.original,
        )

    def _plain(self, i: int) -> str:
        """Passage i's text as shown, without styles."""
        assert self.document is not None
        passage = self._passages[i]
        text = self.document.passage_text(passage)
        inserted = self.document.repaired.inserted
        shown, _ = view_text(
            text, (), inserted, passage.start, original=self.original, markers=self.show_repairs
        )
        return visible(shown)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the passage holding `offset` is at the top, or the line of `offset`
        near the top when the passage is too long to show it there."""
        at = self._index_at(offset)
        if at is None:
            return
        line = self.article.line_of(at, self._shown_index(at, offset))
        self._anchor = (at, max(0, line - _CONTEXT) if line >= self._rows() - _CONTEXT else 0)
        self._keep_anchor()

    def _keep_anchor(self) -> None:
        """Scroll to the anchor, where the lines now are."""
        if self._anchor is None or not self._passages:
            return
        at, line = self._anchor
        self._place(self.article.top_of(at) + line)

    def _place(self, line: int) -> None:
        """Scroll so the article's `line` is the first under the header."""
        article = self.article
        self._placing = True
        try:
            y = article.virtual_region.y + line - article.dock_gutter.top
            self.scroll_to(y=max(0, y), animate=False, immediate=True, force=True)
        finally:
            self._placing = False

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._placing and self._passages and self.article.size.width:
            line = self._top_line()
            at = self.article.passage_on(line)
            self._anchor = (at, max(0, line - self.article.top_of(at)))

    def _top_line(self) -> int:
        """The article's line drawn first under the header."""
        article = self.article
        return max(0, round(self.scroll_y) - article.virtual_region.y + article.dock_gutter.top)

    def _rows(self) -> int:
        """The article's lines in view under the header."""
        return max(1, self.scrollable_content_region.height - self.article.dock_gutter.top)

    def _shown_index(self, at: int, offset: int) -> int:
        """Where original `offset` falls in passage `at`'s text as shown (`view_text`)."""
        assert self.document is not None
        passage = self._passages[at]
        _, shifted = view_text(
            self.document.passage_text(passage),
            [Span(offset, offset + 1)],
            self.document.repaired.inserted,
            passage.start,
            original=self.original,
            markers=self.show_repairs,
        )
        return shifted[0].start - passage.start

    def _index_at(self, offset: int) -> int | None:
        at = bisect_right(self._starts, offset) - 1
        if at < 0:
            return None
        passage = self._passages[at]
        return at if offset < max(passage.end, passage.start + 1) else None

    def current_passage(self) -> Passage | None:
        """The passage of the current hit while the hit is in view, else the passage at
        the top of the view (what copy and compare take)."""
        if not self._passages:
            return None
        article, top = self.article, self._top_line()
        span = self.current_span
        at = self._index_at(span.start) if span is not None else None
        if at is not None:
            line = article.top_of(at) + article.line_of(at, self._shown_index(at, span.start))
            if not top <= line < top + self._rows():
                at = None
        return self._passages[at if at is not None else article.passage_on(top)]

    def action_scroll_down(self) -> None:
        self._scroll_by(1)

    def action_scroll_up(self) -> None:
        self._scroll_by(-1)

    def action_page_down(self) -> None:
        self._scroll_by(max(1, self._rows() - 1))

    def action_page_up(self) -> None:
        self._scroll_by(-max(1, self._rows() - 1))

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_scroll_end(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def _scroll_by(self, lines: int) -> None:
        """Scroll at once, not smoothly: keys in a burst (a held key, a slow link) each
        count, and a page is the lines in view under the header, less one kept."""
        self.scroll_to(y=self.scroll_y + lines, animate=False, immediate=True)

    def excerpt(self) -> Excerpt | None:
        """The passage in view with its hits, to copy or compare."""
        passage = self.current_passage()
        if self.document is None or passage is None:
            return None
        return Excerpt.of(self.document, passage.start, passage.end, self.hits)

    def article_excerpt(self) -> Excerpt | None:
        """The whole article with its hits, to compare."""
        if self.document is None or self.current_passage() is None:
            return None
        return Excerpt.of(self.document, 0, len(self.document.text), self.hits)

    def action_next_hit(self, step: int) -> None:
        """Move to the next (1) or previous (-1) hit; at the last (or first) one, say so,
        and wrap around on the next press."""
        if not self.hits:
            return
        if len(self.hits) == 1:
            self.say_position("the only hit")
            return
        end = len(self.hits) - 1 if step > 0 else 0
        if self.current == end and not self.said_last and len(self.hits) > 1:
            self.said_last = True
            which = "last" if step > 0 else "first"
            self.say_position(f"the {which} hit; press again to wrap around")
            return
        self.said_last = False
        before = self.current_span
        self.current = (self.current + step) % len(self.hits)
        now = self.hits[self.current]
        self.refresh_passages(*(span for span in (before, now) if span is not None))
        self.scroll_to_offset(now.start)

    def action_toggle_knowledge(self) -> None:
        """Show or hide the styles of actors, quotes and figures."""
        self.show_knowledge = not self.show_knowledge
        self.refresh_passages()

    def action_toggle_repairs(self) -> None:
        """Show or hide the markers of restored spaces."""
        self.show_repairs = not self.show_repairs
        self.retext()


def _whole(document: Document) -> tuple[Passage, ...]:
    return (Passage(0, 0, len(document.text)),)


def _ordered(spans: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))
