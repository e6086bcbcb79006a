"""The bar naming every active actor filter."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

from tui.render import plain


class FilterBar(Static):
    """Shows the actor filters in force; hidden when there are none."""

    actors: reactive[tuple[str, ...]] = reactive(())
    """Names of the actors every view is filtered to."""

    def watch_actors(self, actors: tuple[str, ...]) -> None:
        self.set_class(bool(actors), "-active")
        label = "filters: " + " + ".join(actors) + "   (x clears)" if actors else ""
        self.update(plain(label))
