"""The bar naming every active actor filter."""

from __future__ import annotations

from textual.reactive import var
from textual.widgets import Static

from index import Engine
from tui.render import plain


class FilterBar(Static):
    """Shows the names of the actor filters in force; hidden when there are none."""

    engine: var[Engine | None] = var(None)
    """The opened corpus, whose actors the ids name."""
    actors: var[tuple[str, ...]] = var(())
    """Ids of the actors every view is filtered to."""

    def watch_actors(self) -> None:
        self.set_class(bool(self.actors), "-active")
        self.update(plain(self.label))

    @property
    def label(self) -> str:
        """The text shown: each filter actor's name, looked up by id."""
        if not self.actors or self.engine is None:
            return ""
        names = [self.engine.actor(actor_id).name for actor_id in self.actors]
        return "filters: " + " + ".join(names) + "   (x clears)"
