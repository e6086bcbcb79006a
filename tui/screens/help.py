"""The help screen: what each key does."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.render import plain

KEYS: tuple[tuple[str, str], ...] = (
    ("/", 'search (words, "phrase", OR, NOT, pre*, fuzzy~, actor: source: date: doc: quote:)'),
    ("↑ / ↓ in search", "older / newer queries"),
    ("Enter", "open the result, quote or figure in the reader"),
    ("Esc", "back to the previous view"),
    ("Tab / Shift+Tab", "next / previous pane"),
    ("1 … 6", "results, reader, actors, quotes, figures, compare"),
    ("a / q / f", "actors / quotes / figures"),
    ("space (actors)", "toggle the actor as a filter on every view"),
    ("x", "clear every actor filter"),
    ("n / N (reader)", "next / previous hit"),
    ("k / r (reader)", "styles of actors, quotes, figures / markers of repaired spaces"),
    ("c", "mark the current item for compare (left, then right)"),
    ("C", "show the compare view"),
    ("y", "copy the passage or quote with its citation"),
    ("e", "export results, quotes or figures (Markdown, CSV, JSON)"),
    ("w", "list the warnings from loading the corpus"),
    ("ctrl+p", "command palette (every action, themes)"),
    ("ctrl+q", "quit"),
)
"""Every key the app answers, with what it does."""


def help_content() -> Content:
    """The help text: one line per key."""
    lines = [plain("borderlens — keys", "bold"), Content("")]
    lines += [plain(f"{key:>16}  ", "bold $text-accent") + plain(what) for key, what in KEYS]
    lines += [Content(""), plain("Esc, ? or F1 closes this screen.", "dim")]
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """A modal listing the keys."""

    BINDINGS = [
        Binding("escape,question_mark,f1,q", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(help_content())

    def action_dismiss(self) -> None:  # type: ignore[override]
        """Close the help screen."""
        self.dismiss(None)
