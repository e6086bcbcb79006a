"""Helpers shared by the app's Pilot and snapshot tests (fixtures live in conftest)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot

if TYPE_CHECKING:
    from tui.widgets.quotes import QuotesPane
    from tui.widgets.reader import Reader

from index import bundled_corpus

CORPUS = bundled_corpus()
"""The real bundled corpus the app tests run on."""


async def settle(pilot: Pilot[None], delay: float = 0.0) -> None:
    """Let timers fire and every worker finish, then let the screen update."""
    await pilot.pause(delay)
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def ready(pilot: Pilot[None]) -> None:
    """Wait until the index is open."""
    await settle(pilot)


async def quotes_pane(pilot: Pilot[None]) -> QuotesPane:
    """Show the quotes pane (from the search box or a list) and return it, filled."""
    from tui.widgets.quotes import QuotesPane

    await pilot.press("escape", "q")
    await settle(pilot)
    return pilot.app.screen.query_one(QuotesPane)


async def search(pilot: Pilot[None], text: str) -> None:
    """Type `text` in the query bar and wait for its results."""
    from textual.widgets import Input

    screen = pilot.app.screen
    if isinstance(screen.focused, Input) and screen.focused.id != "query":
        await pilot.press("escape")
    if not isinstance(screen.focused, Input):
        await pilot.press("1")
    await pilot.press("slash")
    pilot.app.screen.query_one("#query").value = ""
    await pilot.press(*text)
    await settle(pilot, 0.2)


async def read_first_hit(pilot: Pilot[None], text: str) -> Reader:
    """Search for `text` and open the first hit in the reader (Enter on the passage)."""
    from tui.widgets.reader import Reader

    await search(pilot, text)
    await pilot.press("enter", "enter")
    await settle(pilot)
    return pilot.app.screen.query_one(Reader)


def export_to(app: App[None], folder: Path) -> None:
    """Make `folder` the export dialog's folder."""
    from dataclasses import replace

    state = app.state  # type: ignore[attr-defined]
    state.update(replace(state.state, export_dir=str(folder)))


async def toggle_actor(pilot: Pilot[None], actor_id: str) -> None:
    """Toggle the actor `actor_id` in the actors pane, by its id, and wait for the views."""
    from tui.widgets.actors import ActorList

    await pilot.press("escape", "a")
    listing = pilot.app.screen.query_one(ActorList)
    listing.highlighted = listing.get_option_index(actor_id)
    await pilot.press("space")
    await settle(pilot, 0.25)


ESC = "\x1b"
HOSTILE_NAME = f"osc{ESC}]52;c;SElKQUNLRUQ={ESC}\\"
"""A file name that, printed raw, puts "HIJACKED" on the terminal's clipboard."""
HOSTILE_ID = HOSTILE_NAME.replace("\\", "\\\\")
"""The document id of that file: a backslash of a file name is shown doubled."""
HOSTILE_ARTICLE = (
    f" date 2025-03-11 10:00 From: [link=file:///etc/passwd]Reuters[/link]"
    f"{ESC}]52;c;SElKQUNLRUQ=\x07\n\n"
    "Border [/y] wall\u202e news\x9b2J\n\n"
    "General Karim Hadi, the [/y] commander of the Border Guards\u2066, said on Monday "
    f"that the wall {ESC}[31mholds\u200b[0m.\n\n"
    f'"The wall [link=file:///etc/passwd]x[/link] holds {ESC}]52;c;SElKQUNLRUQ={ESC}\\ '
    'firm\u2067," Hadi said.\n\n'
    "The border with Syria is 600 kilometers long, Hadi\u200f added.\n"
)
"""Escape sequences, C1 and bidi controls and Rich markup in the header, title, a role,
a quotation and a figure's sentence."""
PLAIN_ARTICLE = (
    " date 2025-04-01 From: Shafaq News\n\nA plain title\n\n"
    "The border with Syria is 610 kilometers long, officials said. The wall is long.\n"
)
RAW = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\n\t"}
RAW |= set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
RAW |= set("\u200b\u200c\u200d\u2060\ufeff")
"""Characters that must never reach an output raw: C0 and C1 controls, bidi controls,
zero-width format characters."""


def hostile_corpus(folder: Path) -> Path:
    """Write a corpus of a hostile article (its name, text and header, a broken sidecar
    whose warning names it), an article whose sidecar is hostile, and a plain one."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{HOSTILE_NAME}.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (folder / f"{HOSTILE_NAME}.toml").write_text('source = "unclosed\n', encoding="utf-8")
    (folder / "plain.txt").write_text(PLAIN_ARTICLE, encoding="utf-8")
    (folder / "sidecar.txt").write_text("The wall stands on the border.\n", encoding="utf-8")
    (folder / "sidecar.toml").write_text(
        'source = "Agency \\u001b[2J[bold]x[/bold]\\u009b"\n'
        'title = "Wall \\u001b]52;c;SElKQUNLRUQ=\\u0007 [/x] \\u202e end"\n',
        encoding="utf-8",
    )
    return folder


def screen_text(app: App[None]) -> str:
    """Every character the app's current screen shows (as its screenshots are made)."""
    console = Console(width=app.size.width, file=io.StringIO(), record=True, legacy_windows=False)
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return console.export_text(styles=False)


def raw_controls(text: str) -> set[str]:
    """The characters of `RAW` found in `text` (a CRLF line end is allowed)."""
    return {c for c in RAW if c in text.replace("\r\n", "\n")}
