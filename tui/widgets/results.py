"""The result list: one multi-line row per matching passage."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from textual.binding import Binding
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index import Hit, Metadata
from tui import export
from tui.excerpt import Excerpt
from tui.messages import OpenInReader
from tui.render import hit_prompt


def divided(options: Iterable[Option]) -> Iterator[Option | None]:
    """`options` with a divider line after each."""
    for option in options:
        yield option
        yield None


def hit_excerpt(hit: Hit) -> Excerpt:
    """A result's passage, its hits marked, as an excerpt."""
    meta = Metadata(hit.source, hit.date, hit.title)
    return Excerpt(hit.doc, meta, hit.text, hit.start, hit.end, hit.highlights)


class ResultList(OptionList):
    """Passages matching the query, hits highlighted; Enter opens one in the reader."""

    hits: var[tuple[Hit, ...]] = var(())
    """The hits shown, best first."""

    BINDINGS = [Binding("enter", "select", "Open", show=True)]

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

    def excerpt(self) -> Excerpt | None:
        """The highlighted passage, to copy or compare."""
        return None if self.current is None else hit_excerpt(self.current)

    def export_rows(self) -> list[export.Row]:
        """Every result, as rows to export."""
        return export.hit_rows(self.hits)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        hit = self.current
        if hit is not None:
            at = hit.highlights[0].start if hit.highlights else hit.start
            self.post_message(OpenInReader(hit.doc, at))
