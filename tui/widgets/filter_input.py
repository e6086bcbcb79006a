"""A box that narrows a list as you type; Esc, Enter or ↓ hands the keys back to the list.

While a box has focus every printable key is typed into it (the screen's letter keys
stand down), and its editing keys act in the order they come, however fast; `/` enters
it from its list, and in an empty box that already has focus, pressed by habit to reach
it, it is not typed. `?` in an empty box opens the help, as it does everywhere else
(nothing typed can start with it). `narrowed` is what the panes' boxes match: every
typed word, anywhere in an item's folded text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Input


class InOrderInput(Input):
    """A text box whose editing keys (Backspace, ←, Home, Ctrl+U, Esc…) act in turn with
    the letters, however fast they come: left to Textual, a bound key runs once it has
    bubbled up to the app, after the letters that came behind it (Textual #6605)."""

    async def _on_key(self, event: events.Key) -> None:
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.prevent_default()
                event.stop()
                return
        await super()._on_key(event)

    def on_resize(self) -> None:
        """Keep the cursor in view when the box narrows (a count beside it grows):
        Textual's Input scrolls to its cursor only when the cursor moves."""
        self.call_after_refresh(self._cursor_in_view)

    def _cursor_in_view(self) -> None:
        region = Region(self._cursor_offset, 0, width=1, height=1)
        self.scroll_to_region(region, force=True, animate=False)


class FilterInput(InOrderInput):
    """A filter box; leaving it posts `FilterInput.Done` for its pane to focus the list."""

    BINDINGS = [
        Binding("escape", "done", "To the list"),
        Binding("down", "done", "To the list", show=False),
    ]

    @dataclass
    class Done(Message):
        """The analyst left the box (Esc, Enter or ↓)."""

        box: FilterInput

        @property
        def control(self) -> FilterInput:
            """The box left."""
            return self.box

    async def _on_key(self, event: events.Key) -> None:
        if event.character == "?" and not self.value:  # no query starts with it: help
            event.prevent_default()
            event.stop()
            await self.app.run_action("help")
            return
        if event.character == "/" and not self.value:
            event.prevent_default()
            event.stop()
            return
        if event.key.startswith("alt+"):
            # Esc and a key sent in one burst (over a slow link) read as Alt and the
            # key: leave the box as Esc does, typing nothing
            event.prevent_default()
            event.stop()
            self.action_done()
            return
        await super()._on_key(event)

    def action_done(self) -> None:
        """Leave the box."""
        self.post_message(self.Done(self))

    async def action_submit(self) -> None:
        """Enter leaves the box too."""
        self.post_message(self.Done(self))


def refines(text: str, before: str) -> bool:
    """Whether whatever `text` matches, `before` matches too: each word of `before` lies
    inside a word of `text` (the filter box typed on)."""
    words = text.casefold().split()
    return all(any(old in word for word in words) for old in before.casefold().split())


def narrowed(haystacks: Sequence[str], among: range | list[int], text: str) -> list[int]:
    """The positions of `among` whose haystack holds every word of `text` (folded)."""
    words = text.casefold().split()
    if not words:
        return list(among)
    first, *rest = sorted(words, key=len, reverse=True)  # the longest rules out most
    found = [i for i in among if first in haystacks[i]]
    for word in rest:
        found = [i for i in found if word in haystacks[i]]
    return found
