"""The result list: one multi-line row per matching passage."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual.binding import Binding
from textual.message import Message
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index.model import Hit
from tui.render import hit_prompt


def divided(options: Iterable[Option]) -> Iterator[Option | None]:
    """`options` with a divider line after each."""
    for option in options:
        yield option
        yield None


class ResultList(OptionList):
    """Passages matching the query, hits highlighted; Enter opens one in the reader."""

    hits: var[tuple[Hit, ...]] = var(())
    """The hits shown, best first."""

    BINDINGS = [Binding("enter", "select", "Open", show=True)]

    class Opened(Message):
        """The analyst chose to read `hit` in its article."""

        def __init__(self, hit: Hit) -> None:
            super().__init__()
            self.hit = hit

    def __init__(self, **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]

    def watch_hits(self, hits: tuple[Hit, ...]) -> None:
        self.set_options(divided(Option(hit_prompt(hit)) for hit in hits))
        self.highlighted = 0 if hits else None

    @property
    def current(self) -> Hit | None:
        """The highlighted hit, if any."""
        index = self.highlighted
        return self.hits[index] if index is not None and index < len(self.hits) else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.Opened(self.current))
