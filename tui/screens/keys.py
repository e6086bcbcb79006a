"""The key model of the main screen: the views by letter, digit and Tab; `/` into a box;
Esc out of it, then back through the views.

In a list every letter is a command; in a box every printable key is typed and the
commands stand down. `/` is a priority binding that moves the focus at once, before the
keys that follow it are delivered, so a burst (a paste, a slow SSH link) is typed whole.
"""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, TabbedContent

from tui.widgets.views import VIEWS, Views

COMMANDS = {"find", "view", "mark_compare", "copy", "export", "clear_filters", "warnings"}
COMMANDS |= {"toggle_original"}
"""Actions bound to printable keys: they stand down while a box has focus."""
NO_ITEM = {"actors", "compare"}
"""Views with no item to copy, compare or export."""
ITEM_ACTIONS = {"mark_compare", "copy", "export"}


class KeyModel(Screen[None]):
    """Moving between views and in and out of boxes."""

    BINDINGS = [
        Binding("slash", "find('search')", "Search", priority=True),
        Binding("slash", "find('filter')", "Filter", priority=True),
        Binding("tab", "step(1)", "Next view", show=False),
        Binding("shift+tab", "step(-1)", "Previous view", show=False),
        Binding("a", "view('actors')", "Actors", show=False),
        Binding("q", "view('quotes')", "Quotes", show=False),
        Binding("f", "view('figures')", "Figures", show=False),
        Binding("C", "view('compare')", "Show compare", show=False),
        Binding("escape", "back", "Back", show=False),
        *[Binding(str(i), f"view('{v}')", v.title(), show=False) for i, v in enumerate(VIEWS, 1)],
    ]

    @property
    def views(self) -> Views:
        """The tabbed views."""
        return self.query_one(Views)

    @property
    def search_box(self) -> Input:
        """The query box over the results."""
        return self.query_one("#query", Input)

    def action_view(self, view: str) -> None:
        """Show `view` and focus its list."""
        self.views.show(view)

    def action_step(self, delta: int) -> None:
        """Show the next (1) or previous (-1) view."""
        self.views.step(delta)

    def action_find(self, where: str) -> None:
        """`/`: the filter box of the view ("filter"), or the search box over the results."""
        box = self.views.filter_box() if where == "filter" else None
        if box is None:
            self.views.active = "results"
            box = self.search_box
        self.set_focus(box)

    def action_back(self) -> None:
        """Go back to the previous view (Esc)."""
        if not self.views.back():
            self.views.show("results")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Commands on printable keys stand down while a box has focus; `/` is Search or
        Filter as the view has a filter box or not; a view with no item has nothing to
        copy, compare or export."""
        if action in COMMANDS and isinstance(self.focused, Input):
            return False
        try:
            view, has_box = self.views.active, self.views.filter_box() is not None
        except Exception:  # before the views are mounted
            view, has_box = "results", False
        if action == "find":
            return parameters == (("filter",) if has_box else ("search",))
        return not (action in ITEM_ACTIONS and view in NO_ITEM)

    @on(TabbedContent.TabActivated)
    def view_changed(self) -> None:
        """`/` means another thing in another view: let the footer say so."""
        self.refresh_bindings()
