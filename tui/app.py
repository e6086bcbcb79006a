"""The borderlens Textual app: composition root and the `make_app` factory."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from tui.screens.main import MainScreen


class BorderlensApp(App[None]):
    """Keyboard-driven workbench over one corpus folder."""

    CSS_PATH = "app.tcss"
    TITLE = "borderlens"

    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
    ]

    def __init__(self, corpus_dir: Path, cache_root: Path | None = None) -> None:
        super().__init__()
        self.corpus_dir = corpus_dir
        """The folder of articles being explored."""
        self.cache_root = cache_root
        """Where the index lives (None: the user's cache directory)."""

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(self.corpus_dir, self.cache_root)


def make_app(corpus_dir: Path, cache_root: Path | None = None) -> BorderlensApp:
    """The app over `corpus_dir`, its index kept under `cache_root` (default: user cache)."""
    return BorderlensApp(corpus_dir, cache_root)
