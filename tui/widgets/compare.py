"""The compare view: two passages or articles side by side, scrolling independently."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.excerpt import Excerpt
from tui.render import citation_line, layered, plain, styled


def excerpt_content(excerpt: Excerpt) -> Content:
    """The excerpt's citation, then its text with spans styled."""
    meta = excerpt.meta
    head = citation_line(meta.source, meta.date, meta.title, excerpt.doc)
    body = styled(excerpt.text, layered(excerpt.spans), excerpt.start)
    return Content("\n").join([head, Content(""), body])


class ComparePane(Horizontal):
    """Left and right excerpts; each excerpt marked fills the left side, then the right."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.next_side = "left"
        """Which side the next excerpt marked fills."""

    def compose(self) -> ComposeResult:
        for side in ("left", "right"):
            with VerticalScroll(id=f"compare-{side}", classes="compare-side"):
                yield Static(
                    plain(f"{side}: press c on a result, quote, figure or article"),
                    id=f"compare-{side}-text",
                )

    def mark(self, excerpt: Excerpt) -> str:
        """Put `excerpt` on the next side and return that side ("left" or "right")."""
        side = self.next_side
        self.next_side = "right" if side == "left" else "left"
        self.show(side, excerpt)
        return side

    def show(self, side: str, excerpt: Excerpt) -> None:
        """Put `excerpt` on the `side` ("left" or "right")."""
        self.query_one(f"#compare-{side}-text", Static).update(excerpt_content(excerpt))
        self.query_one(f"#compare-{side}", VerticalScroll).scroll_home(animate=False)
