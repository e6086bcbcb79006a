"""The borderlens Textual app: composition root and the `make_app` factory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme
from textual.widget import Widget

from index import state_file
from tui.screens.help import HelpScreen
from tui.screens.keys import KeyModel
from tui.screens.main import MainScreen
from tui.state import StateFile
from tui.watch import Activity
from tui.widgets.reader import Reader


class BorderlensApp(App[None]):
    """Keyboard-driven workbench over one corpus folder."""

    CSS_PATH = "app.tcss"
    TITLE = "borderlens"

    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
    ]

    def __init__(
        self, corpus_dir: Path, cache_root: Path | None = None, state: StateFile | None = None
    ) -> None:
        super().__init__()
        self.corpus_dir = corpus_dir
        """The folder of articles being explored."""
        self.cache_root = cache_root
        """Where the index lives (None: the user's cache directory)."""
        self.state = state or StateFile()
        """Theme, history and export folder, kept across runs."""
        self.activity = Activity()
        """When the analyst last pressed a key or clicked."""

    def on_mount(self) -> None:
        if self.state.state.theme in self.available_themes:
            self.theme = self.state.state.theme
        self.theme_changed_signal.subscribe(self, self.remember_theme)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):
            self.activity.touch()
        await super().on_event(event)

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(self.corpus_dir, self.cache_root, self.state, self.activity)

    def remember_theme(self, theme: Theme) -> None:
        """Keep the theme chosen for the next run."""
        self.state.update(replace(self.state.state, theme=theme.name))

    def action_help(self) -> None:
        """Show the keys."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette: Textual's commands, then every action of the main screen and reader."""
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Show every key", self.action_help)
        main = self.screen_stack[0] if self.screen_stack else screen
        yield from binding_commands(main, [*KeyModel.BINDINGS, *MainScreen.BINDINGS])
        for reader in main.query(Reader):
            yield from binding_commands(reader, Reader.BINDINGS, " (reader)")


def binding_commands(
    node: Widget, bindings: Iterable[BindingType], where: str = ""
) -> Iterator[SystemCommand]:
    """A palette command for each binding of `node` (the digit keys left out)."""
    for binding in bindings:
        if isinstance(binding, Binding) and not binding.key.isdigit():
            key = binding.key_display or binding.key
            run = partial(node.run_action, binding.action)
            yield SystemCommand(binding.description, f"key {key}{where}", run)


def make_app(
    corpus_dir: Path, cache_root: Path | None = None, state_path: Path | None = None
) -> BorderlensApp:
    """The app over `corpus_dir`, its index kept under `cache_root` (default: user cache),
    what it remembers in `state_path` (default: the user's state folder)."""
    return BorderlensApp(corpus_dir, cache_root, StateFile(state_path or state_file()))
