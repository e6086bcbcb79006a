"""An article's passages drawn line by line, so that a long one reads like a short one.

A widget per passage made Textual lay out and style every passage: an article of 1,500
passages took 4 s to open and half a second a key. Here a passage is styled and wrapped
only when one of its lines comes into view (and kept until its styles change), and the
height of the whole is worked out from the passages' plain text, wrapped the way Textual
wraps `Content` (Rich's `divide_line`); a passage whose styled lines come out otherwise
corrects it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from rich._wrap import divide_line
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget

from index import Passage

MUTED = frozenset({"front", "footer", "comments"})
"""Sections drawn in the muted colour (not the article's own text)."""
INDENTED = frozenset({"comments"})
"""Sections drawn behind a bar, as readers' comments."""
BAR = "▌ "


class ArticleText(Widget):
    """The passages of one article, a blank line after each; see the module."""

    DEFAULT_CSS = """
    ArticleText { height: auto; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.passages: tuple[Passage, ...] = ()
        self._styled: Callable[[int], Content] = lambda i: Content("")
        self._plain: Callable[[int], str] = lambda i: ""
        self._contents: dict[int, Content] = {}
        self._strips: dict[int, list[Strip]] = {}
        self._width = -1
        self._heights: list[int] = []
        self._tops: list[int] = [0]
        """The first line of each passage, and the line after the last."""
        self.relaid: Callable[[], None] = lambda: None
        """Called after the passages were wrapped to a new width (the lines moved)."""

    def show(
        self,
        passages: Sequence[Passage],
        styled: Callable[[int], Content],
        plain: Callable[[int], str],
    ) -> None:
        """Draw `passages`: `styled(i)` is passage i as shown, `plain(i)` its text alone
        (cheaper, for the heights)."""
        self.passages = tuple(passages)
        self._styled, self._plain = styled, plain
        self.retext()

    def restyle(self, which: Sequence[int] | None = None) -> None:
        """The styles of passages `which` (all when None) changed, not their text."""
        for i in range(len(self.passages)) if which is None else which:
            self._contents.pop(i, None)
            self._strips.pop(i, None)
        self.refresh()

    def retext(self) -> None:
        """The text of the passages changed (the original shown, markers): draw anew."""
        self._contents.clear()
        self._strips.clear()
        self._width = -1
        self.refresh(layout=True)

    def content(self, i: int) -> Content:
        """Passage i as shown, styled."""
        found = self._contents.get(i)
        if found is None:
            found = self._contents[i] = self._styled(i)
        return found

    def shown_text(self) -> str:
        """Every passage as shown, a blank line after each (what the reader reads)."""
        return "\n\n".join(self.content(i).plain for i in range(len(self.passages)))

    def top_of(self, i: int) -> int:
        """The first line of passage i."""
        self._lay_out(self._text_width())
        return self._tops[min(i, len(self.passages))]

    def passage_on(self, line: int) -> int:
        """The passage drawn on `line` (the one above, on a blank line between two)."""
        self._lay_out(self._text_width())
        return max(0, min(bisect_right(self._tops, line) - 1, len(self.passages) - 1))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._lay_out(width)
        return self._tops[-1]

    def _text_width(self) -> int:
        return self.size.width if self.size.width > 0 else max(self._width, 1)

    def line_of(self, i: int, char: int) -> int:
        """The line, counted from passage i's first, on which the character at `char` of
        its text as shown (`plain(i)`) is drawn."""
        width = self._inner(i, self._text_width())
        line = start = 0
        for text in self._plain(i).split("\n"):
            cuts = divide_line(text, width, fold=True)
            if char <= start + len(text):
                return line + bisect_right(cuts, char - start)
            line, start = line + len(cuts) + 1, start + len(text) + 1
        return line

    def _lay_out(self, width: int) -> None:
        if width == self._width:
            return
        self._width, self._strips = width, {}
        self._heights = [self._height(i, width) for i in range(len(self.passages))]
        self._set_tops()
        if self.passages:
            self.relaid()

    def _set_tops(self) -> None:
        tops = [0]
        for height in self._heights:
            tops.append(tops[-1] + height + 1)
        self._tops = tops

    def _height(self, i: int, width: int) -> int:
        inner = self._inner(i, width)
        return sum(
            len(divide_line(line, inner, fold=True)) + 1 for line in self._plain(i).split("\n")
        )

    def _inner(self, i: int, width: int) -> int:
        bar = len(BAR) if self.passages[i].section in INDENTED else 0
        return max(1, width - bar)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        self._lay_out(width)
        if not self.passages or y >= self._tops[-1]:
            return Strip.blank(width, self.rich_style)
        i = bisect_right(self._tops, y) - 1
        strips = self._lines(i, width)
        row = y - self._tops[i]
        return strips[row] if row < len(strips) else Strip.blank(width, self.rich_style)

    def _lines(self, i: int, width: int) -> list[Strip]:
        found = self._strips.get(i)
        if found is not None:
            return found
        passage = self.passages[i]
        content = self.content(i)
        if passage.section in MUTED:
            content = content.stylize_before("$foreground-muted")
        inner = self._inner(i, width)
        style = self.visual_style
        lines = Visual.to_strips(self, content, inner, None, style, pad=True)
        if inner < width:
            bar = Strip(list(Content(BAR).stylize("$panel-lighten-2").render_segments(style)))
            lines = [Strip.join([bar, line]) for line in lines]
        found = self._strips[i] = [line.crop_extend(0, width, self.rich_style) for line in lines]
        if len(found) != self._heights[i]:  # wrapped otherwise than its plain text said
            self._heights[i] = len(found)
            self._set_tops()
            self.refresh(layout=True)
            self.relaid()
        return found
