"""The actors pane: people and organisations, filtered by name or alias (the same aliases
as `actor:`), toggled as filters with space, opened with Enter."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from index import Actor, Engine
from tui.render import STYLES, plain
from tui.widgets.filter_input import FilterInput
from tui.widgets.lazy_list import LazyOption, LazyOptionList
from tui.wording import counted

LISTED = 300
"""Actors listed at once, most mentioned first; typing narrows them."""


def actor_prompt(actor: Actor, selected: bool) -> Content:
    """One actor row: filter mark, name, type, first role and mention count."""
    mark = plain("✓ " if selected else "  ", "bold $text-success")
    role = f" — {actor.roles[0]}" if actor.roles else ""
    docs = counted(actor.doc_total, "article")
    counts = plain(f"  {counted(actor.mention_total, 'mention')} in {docs}", "dim")
    return mark + plain(actor.name, "bold") + plain(f" ({actor.type}){role}") + counts


def actor_details(actor: Actor, documents: list[tuple[str, int]]) -> Content:
    """Aliases, roles and mention counts of one actor, in the articles naming it most."""
    most = ", ".join(f"{doc} ×{n}" for doc, n in documents) or "—"
    more = actor.doc_count - len(documents)
    lines = [
        plain(f"{actor.name} ({actor.type})", STYLES["meta"]),
        plain("aliases: " + (", ".join(actor.aliases) or "—")),
        plain("roles: " + ("; ".join(actor.roles) or "—")),
        plain(f"mentions: {actor.mention_count:,} in {counted(actor.doc_count, 'article')}:"
              f" {most}" + (f" … {more:,} more" if more > 0 else "")),
    ]  # fmt: skip
    return Content("\n").join(lines)


class ActorList(LazyOptionList):
    """The actors, each option's id the actor's id."""

    BINDINGS = [
        Binding("enter", "choose", "Passages"),
        Binding("space", "toggle_filter", "Filter on/off"),
        Binding("s", "said_by", "Quotes by"),
    ]

    @dataclass
    class Toggled(Message):
        """The analyst toggled the actor `actor_id` as a filter."""

        actor_id: str

    @dataclass
    class Chosen(Message):
        """The analyst asked for every passage naming the actor `actor_id`."""

        actor_id: str

    @dataclass
    class SaidBy(Message):
        """The analyst asked for the quotations of the actor `actor_id`."""

        actor_id: str

    def __init__(self, **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]

    @property
    def current_id(self) -> str | None:
        """The id of the highlighted actor."""
        if self.highlighted is None:
            return None
        return self.get_option_at_index(self.highlighted).id

    def _post(self, message: type[ActorList.Toggled | ActorList.Chosen | ActorList.SaidBy]) -> None:
        if self.current_id:
            self.post_message(message(self.current_id))

    def action_toggle_filter(self) -> None:
        """Toggle the highlighted actor as a filter."""
        self._post(self.Toggled)

    def action_choose(self) -> None:
        """Show every passage naming the highlighted actor."""
        self._post(self.Chosen)

    def action_said_by(self) -> None:
        """Show the quotations of the highlighted actor."""
        self._post(self.SaidBy)


class ActorsPane(Vertical):
    """Filter box, list of actors, and the details of the highlighted one."""

    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    selected: var[tuple[str, ...]] = var(())
    """Ids of the actors used as filters."""
    actors: var[tuple[Actor, ...]] = var(())
    """Every actor of the corpus, most mentioned first."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._by_id: dict[str, Actor] = {}

    def compose(self) -> ComposeResult:
        yield FilterInput(
            placeholder="/ filter by name or alias (daesh, hashd…); Esc back to the list",
            id="actor-filter",
        )
        yield ActorList(id="actor-list")
        yield Static("", id="actor-details")

    def watch_engine(self, engine: Engine | None) -> None:
        if engine is None:
            self.actors = ()
        else:
            self.read_actors(engine)

    @work(thread=True, exclusive=True, group="actors", exit_on_error=False)
    def read_actors(self, engine: Engine) -> None:
        """Read every actor, and their names for the filter box, off the event loop."""
        actors = engine.actors()
        engine.actors_matching("")
        self.app.call_from_thread(self._read, engine, actors)

    def _read(self, engine: Engine, actors: tuple[Actor, ...]) -> None:
        if engine is self.engine:
            self.actors = actors

    def watch_actors(self, actors: tuple[Actor, ...]) -> None:
        self._by_id = {actor.id: actor for actor in actors}
        self.refill()

    def watch_selected(self) -> None:
        self.refill()

    @property
    def filter_box(self) -> FilterInput:
        """The box that filters the list."""
        return self.query_one(FilterInput)

    @on(Input.Changed, "#actor-filter")
    def refill(self) -> None:
        """Show the actors matching the filter box, keeping the highlight."""
        if not self.is_mounted:
            return
        text = self.filter_box.value.strip()
        listing = self.query_one(ActorList)
        keep, kept_id = listing.highlighted, listing.current_id
        found = self.engine.actors_matching(text) if text and self.engine else self.actors
        shown = [self._by_id.get(a.id, a) for a in found[:LISTED]]
        listing.set_options(
            LazyOption(partial(actor_prompt, a, a.id in self.selected), id=a.id) for a in shown
        )
        if len(found) > LISTED:
            more = f"… {len(found) - LISTED:,} more actors: type in the filter box to narrow"
            listing.add_option(Option(plain(more, "dim"), disabled=True))
        if shown:  # the same actor, wherever a refresh moved it; else the same row
            at = next((n for n, a in enumerate(shown) if a.id == kept_id), None)
            listing.highlighted = at if at is not None else min(keep or 0, len(shown) - 1)
        else:
            self.query_one("#actor-details", Static).update(
                plain(f"no actor matches '{text}'" if self.actors else "no actors extracted yet")
            )

    @on(FilterInput.Done, "#actor-filter")
    def focus_list(self) -> None:
        """Leaving the filter box moves to the list."""
        self.screen.set_focus(self.query_one(ActorList))

    @on(OptionList.OptionHighlighted, "#actor-list")
    def show_details(self, event: OptionList.OptionHighlighted) -> None:
        """Show the aliases and roles of the highlighted actor."""
        actor = self._by_id.get(event.option_id or "")
        if actor is not None and self.engine is not None:
            self.read_details(self.engine, actor)

    @work(thread=True, exclusive=True, group="actor-details", exit_on_error=False)
    def read_details(self, engine: Engine, actor: Actor) -> None:
        """Read the articles naming `actor` most off the event loop (many mentions: slow)."""
        documents = engine.actor_documents(actor.id)
        self.app.call_from_thread(self._describe, actor, documents)

    def _describe(self, actor: Actor, documents: list[tuple[str, int]]) -> None:
        if self.current == actor:
            self.query_one("#actor-details", Static).update(actor_details(actor, documents))

    @property
    def current(self) -> Actor | None:
        """The highlighted actor."""
        return self._by_id.get(self.query_one(ActorList).current_id or "")
