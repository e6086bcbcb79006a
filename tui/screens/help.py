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
    ("/", "search box; in actors, quotes, figures: their filter box"),
    ("in a box", "every key types; Enter, Esc or ↓ back to the list"),
    ("↑ / ↓ in search", "older / newer queries"),
    ("Enter", "open the result, quote or figure in the reader"),
    ("Esc", "leave the box, then back to the previous view"),
    ("Tab / Shift+Tab", "next / previous view"),
    ("1 … 6", "results, reader, actors, quotes, figures, compare"),
    ("a / q / f", "actors / quotes / figures"),
    ("Enter (actors)", "every passage naming the actor, newest first"),
    ("s (actors)", "the actor's quotations"),
    ("space (actors)", "toggle the actor as a filter on every view"),
    ("x", "clear the actor filters"),
    ("n / N (reader)", "next / previous hit (at the last, n again wraps)"),
    ("k (reader)", "styles of actors, quotes and figures"),
    ("r (reader)", "mark the spaces repair restored"),
    ("o", "original text / repaired text (the default)"),
    ("c / C", "mark the item for compare (left, then right) / show it"),
    ("← / → (compare)", "the other side"),
    ("y", "copy the passage or quote with its citation"),
    ("e", "export results, quotes or figures (Markdown, CSV, JSON)"),
    ("w", "list the warnings from loading the corpus"),
    ("ctrl+p", "command palette (every action, themes)"),
    ("ctrl+q", "quit"),
)
"""Every key the app answers, with what it does."""


def help_content() -> Content:
    """The help text: one line per key."""
    title = plain("borderlens — keys", "bold")
    lines = [title + plain("   ↓ / PgDn for more · Esc closes", "dim"), Content("")]
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
