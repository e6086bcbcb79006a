"""The compare view: two passages or articles side by side, scrolling independently."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import var
from textual.widgets import Static

from tui.excerpt import Excerpt
from tui.render import citation_line, plain, styled_view

SIDES = ("left", "right")


def excerpt_content(excerpt: Excerpt, original: bool = False) -> Content:
    """The excerpt's citation (and a quotation's speaker), then its text (repaired unless
    `original`), spans styled."""
    meta = excerpt.meta
    head = citation_line(meta.source, meta.date, meta.title, excerpt.doc)
    if excerpt.speaker:  # a quotation says who said it, as its citation does
        head = Content("\n").join([head, plain(f"— {' '.join(excerpt.speaker.split())}", "bold")])
    body = styled_view(
        excerpt.text, excerpt.spans, excerpt.inserted, excerpt.start, original=original
    )
    return Content("\n").join([head, Content(""), body])


class CompareSide(VerticalScroll, can_focus=True):
    """One side; ← and → move to the other."""

    BINDINGS = [
        Binding("left", "other('left')", "Left side", show=False),
        Binding("right", "other('right')", "Right side", show=False),
    ]

    def action_other(self, side: str) -> None:
        """Focus the `side` of the compare view."""
        pane = self.parent
        if isinstance(pane, ComparePane):
            self.screen.set_focus(pane.side(side))


class ComparePane(Horizontal):
    """Left and right excerpts; each excerpt marked fills the left side, then the right."""

    original: var[bool] = var(False)
    """Whether to show the original text instead of the repaired one."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.next_side = "left"
        """Which side the next excerpt marked fills."""
        self.excerpts: dict[str, Excerpt] = {}
        """The excerpt on each side."""

    def compose(self) -> ComposeResult:
        for side in SIDES:
            with CompareSide(id=f"compare-{side}", classes="compare-side"):
                yield Static(
                    plain(f"{side}: press c on a result, quote, figure or article"),
                    id=f"compare-{side}-text",
                )

    def side(self, side: str) -> CompareSide:
        """The scrolling side `side` ("left" or "right")."""
        return self.query_one(f"#compare-{side}", CompareSide)

    def mark(self, excerpt: Excerpt) -> str:
        """Put `excerpt` on the next side and return that side ("left" or "right")."""
        side = self.next_side
        self.next_side = "right" if side == "left" else "left"
        self.show(side, excerpt)
        return side

    def show(self, side: str, excerpt: Excerpt) -> None:
        """Put `excerpt` on the `side` ("left" or "right")."""
        self.excerpts[side] = excerpt
        self.query_one(f"#compare-{side}-text", Static).update(
            excerpt_content(excerpt, self.original)
        )
        self.side(side).scroll_home(animate=False)

    def watch_original(self, original: bool) -> None:
        for side, excerpt in self.excerpts.items():
            self.query_one(f"#compare-{side}-text", Static).update(
                excerpt_content(excerpt, original)
            )
