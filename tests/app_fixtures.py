"""Helpers shared by the app's Pilot and snapshot tests (fixtures live in conftest)."""

from __future__ import annotations

from textual.pilot import Pilot

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


async def search(pilot: Pilot[None], text: str) -> None:
    """Type `text` in the query bar and wait for its results."""
    await pilot.press("slash")
    pilot.app.screen.query_one("#query").value = ""
    await pilot.press(*text)
    await settle(pilot, 0.2)


async def toggle_actor(pilot: Pilot[None], actor_id: str) -> None:
    """Toggle the actor `actor_id` in the actors pane, by its id, and wait for the views."""
    from tui.widgets.actors import ActorList

    await pilot.press("escape", "a", "enter")
    listing = pilot.app.screen.query_one(ActorList)
    listing.highlighted = listing.get_option_index(actor_id)
    await pilot.press("space")
    await settle(pilot, 0.25)
