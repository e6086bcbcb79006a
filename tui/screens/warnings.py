"""The warnings screen: the problems met while loading the corpus."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.render import plain

LIST_THEM = "w lists them (Esc first, from a box)"
"""How to list the warnings: `w` is typed as text while a box has the keys."""


def warnings_summary(warnings: Sequence[str], shown: int = 3) -> str:
    """A few lines for a notification: the first warnings, then how many more."""
    lines = list(warnings[:shown])
    if len(warnings) > shown:
        lines.append(f"… and {len(warnings) - shown} more")
    return "\n".join([*lines, LIST_THEM])


def warnings_content(warnings: Sequence[str]) -> Content:
    """The warnings, one per line, as untrusted text."""
    lines = [plain(f"{len(warnings)} warnings while loading the corpus", "bold"), Content("")]
    lines += [plain("⚠ ", "$text-warning") + plain(w) for w in warnings]
    lines += [Content(""), plain("Esc, w or q closes this screen.", "dim")]
    return Content("\n").join(lines)


class WarningsScreen(ModalScreen[None]):
    """A modal listing the loading warnings."""

    BINDINGS = [Binding("escape,w,q", "dismiss", "Close")]

    def __init__(self, warnings: Sequence[str]) -> None:
        super().__init__()
        self.warnings = tuple(warnings)
        """The warnings listed."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="warnings"):
            yield Static(warnings_content(self.warnings))

    def action_dismiss(self) -> None:  # type: ignore[override]
        """Close the warnings screen."""
        self.dismiss(None)
