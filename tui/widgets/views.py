"""The views in tabs: which one shows, what it focuses, the trail for Esc, its current item."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import TabbedContent, TabPane, Tabs

from tui.excerpt import Excerpt
from tui.export import Row
from tui.widgets.actors import ActorList, ActorsPane
from tui.widgets.compare import ComparePane
from tui.widgets.figures import FiguresPane, FiguresTable
from tui.widgets.filter_input import FilterInput
from tui.widgets.quotes import QuoteList, QuotesPane
from tui.widgets.reader import Reader
from tui.widgets.results import ResultList

VIEWS = ("results", "reader", "actors", "quotes", "figures", "compare")
"""The tabs, in order (keys 1–6, Tab and Shift+Tab)."""

_FOCUS: dict[str, type[Widget]] = {
    "results": ResultList,
    "reader": Reader,
    "actors": ActorList,
    "quotes": QuoteList,
    "figures": FiguresTable,
}
_FILTERS: dict[str, type[ActorsPane | QuotesPane | FiguresPane]] = {
    "actors": ActorsPane,
    "quotes": QuotesPane,
    "figures": FiguresPane,
}
_ITEMS: dict[str, type[ResultList | QuotesPane | FiguresPane | Reader]] = {
    "results": ResultList,
    "quotes": QuotesPane,
    "figures": FiguresPane,
    "reader": Reader,
}
_EXPORTS: dict[str, type[ResultList | QuotesPane | FiguresPane]] = {
    "results": ResultList,
    "quotes": QuotesPane,
    "figures": FiguresPane,
}


class Views(TabbedContent):
    """One view at a time; Esc walks back through the views shown before."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._trail: list[str] = []

    def on_mount(self) -> None:
        self.query_one(Tabs).can_focus = False  # Tab moves between views, not onto the strip

    def show(self, view: str) -> None:
        """Show `view` and focus its list (at once, so the next key already goes there)."""
        self.active = view
        self.screen.set_focus(self.main_widget(view))

    def _on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        """Textual shows the pane of a widget given the focus by code, by a message handled
        later: in a burst of view keys ("34") the message of the first view came after the
        second was shown and showed the first again, while the focus stayed in the second
        (or, hidden, went to its filter box, which took the commands that followed as
        text). The views are switched by `show` alone, which focuses a widget of the view
        it shows."""
        event.prevent_default()  # (TabbedContent's own handler would show the pane)
        event.stop()

    def main_widget(self, view: str) -> Widget:
        """The widget a view's keys go to."""
        if view == "compare":
            return self.query_one(ComparePane).side("left")
        return self.query_one(_FOCUS[view])

    def step(self, delta: int) -> None:
        """Show the next (1) or previous (-1) view."""
        self.show(VIEWS[(VIEWS.index(self.active or VIEWS[0]) + delta) % len(VIEWS)])

    def filter_box(self) -> FilterInput | None:
        """The filter box of the view shown, if it has one."""
        pane = _FILTERS.get(self.active)
        return None if pane is None else self.query_one(pane).filter_box

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Keep the trail of views for Esc."""
        pane = event.pane.id or ""
        if not self._trail or self._trail[-1] != pane:
            self._trail = [*self._trail[-20:], pane]

    def back(self) -> bool:
        """Show the previous view; False when there is none."""
        if len(self._trail) < 2:
            return False
        self._trail.pop()
        self.show(self._trail.pop())
        return True

    def excerpt(self, *, to_compare: bool = False) -> Excerpt | None:
        """The item in view (in the reader, the whole article when comparing), if any."""
        if self.active == "reader" and to_compare:
            return self.query_one(Reader).article_excerpt()
        source = _ITEMS.get(self.active)
        return None if source is None else self.query_one(source).excerpt()

    def exportable(self) -> tuple[str, list[Row]]:
        """What `e` exports here: quotes or figures in their views, else the results."""
        what = self.active if self.active in _EXPORTS else "results"
        return what, self.query_one(_EXPORTS[what]).export_rows()
