"""The compare view: two passages or articles side by side, scrolling independently."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from index.model import Document, Span
from tui.render import citation_line, layered, plain, styled


@dataclass(frozen=True)
class Excerpt:
    """A range of one document, its spans, chosen for comparison."""

    document: Document
    start: int
    end: int
    spans: tuple[Span, ...] = ()

    def content(self) -> Content:
        """The excerpt's citation, then its text with spans styled."""
        meta = self.document.meta
        head = citation_line(meta.source, meta.date, meta.title, self.document.id)
        body = styled(self.document.text[self.start : self.end], layered(self.spans), self.start)
        return Content("\n").join([head, Content(""), body])


class ComparePane(Horizontal):
    """Left and right excerpts; `c` on any item marks it as left, then right."""

    def compose(self) -> ComposeResult:
        for side in ("left", "right"):
            with VerticalScroll(id=f"compare-{side}", classes="compare-side"):
                yield Static(
                    plain(f"{side}: press c on a result, quote, figure or article"),
                    id=f"compare-{side}-text",
                )

    def show(self, side: str, excerpt: Excerpt) -> None:
        """Put `excerpt` on the `side` ("left" or "right")."""
        self.query_one(f"#compare-{side}-text", Static).update(excerpt.content())
        self.query_one(f"#compare-{side}", VerticalScroll).scroll_home(animate=False)
