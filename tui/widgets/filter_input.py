"""A box that narrows a list as you type; Esc, Enter or ↓ hands the keys back to the list.

While a box has focus every printable key is typed into it (the screen's letter keys
stand down); `/` enters it from its list.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class FilterInput(Input):
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

    def action_done(self) -> None:
        """Leave the box."""
        self.post_message(self.Done(self))

    async def action_submit(self) -> None:
        """Enter leaves the box too."""
        self.post_message(self.Done(self))
