"""An option list that builds and measures only the options it shows.

Textual's `OptionList` builds every prompt and wraps it to learn its height as soon as
the options are set: at 10,000 articles a hundred results or three hundred quotations
cost more than the search. Here a prompt is built on first use (`LazyOption`) and
heights are measured from the top only as far as the view, a page beyond it and the
highlighted option reach; the rest of the scroll height is estimated from those seen.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.geometry import Size
from textual.visual import VisualType
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class LazyOption(Option):
    """An option whose prompt is made by `make` the first time it is asked for."""

    def __init__(
        self, make: Callable[[], VisualType], id: str | None = None, disabled: bool = False
    ) -> None:
        super().__init__("", id, disabled)
        self._make: Callable[[], VisualType] | None = make

    @property
    def prompt(self) -> VisualType:
        """The prompt, made now if not yet."""
        if self._make is not None:
            self._prompt, self._make = self._make(), None
        return self._prompt


class LazyOptionList(OptionList):
    """An `OptionList` measuring options down to a page below the view, and no further."""

    def _update_lines(self) -> None:
        region = self.scrollable_content_region
        if not region:
            return
        cache, options = self._line_cache, self.options
        width = region.width - self._get_left_gutter_width()
        wanted = self.scroll_offset.y + 2 * max(region.height, 1)
        through = self.highlighted or 0
        index = cache.lines[-1][0] + 1 if cache.lines else 0
        padding = self.get_component_styles("option-list--option").padding.width
        while index < len(options) and (len(cache.lines) < wanted or index <= through):
            option = options[index]
            height = self._get_visual(option).get_height(self.styles, width - padding)
            cache.index_to_line[index] = len(cache.lines)
            cache.heights[index] = height + option._divider
            cache.lines.extend((index, line) for line in range(height + option._divider))
            index += 1
        self._set_virtual_height(width, index)

    def _set_virtual_height(self, width: int, measured: int) -> None:
        lines, options = self._line_cache.lines, self.options
        unmeasured = len(options) - measured
        estimate = -(-len(lines) * unmeasured // measured) if measured else unmeasured
        last_divider = not unmeasured and options and options[-1]._divider
        size = Size(width, len(lines) + estimate - (1 if last_divider else 0))
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._update_lines()
        return self.virtual_size.height
