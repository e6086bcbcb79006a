"""The actors pane: people and organisations, filterable, toggled as filters with space."""

from __future__ import annotations

from collections import Counter

from textual import on
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


def actor_prompt(actor: Actor, selected: bool) -> Content:
    """One actor row: filter mark, name, type, first role and mention count."""
    mark = plain("✓ " if selected else "  ", "bold $text-success")
    role = f" — {actor.roles[0]}" if actor.roles else ""
    docs = _count(actor.doc_total, "article")
    counts = plain(f"  {_count(actor.mention_total, 'mention')} in {docs}", "dim")
    return mark + plain(actor.name, "bold") + plain(f" ({actor.type}){role}") + counts


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def actor_details(actor: Actor) -> Content:
    """Aliases, roles and mention counts per article of one actor."""
    per_doc = Counter(m.doc for m in actor.mentions)
    lines = [
        plain(f"{actor.name} ({actor.type})", STYLES["meta"]),
        plain("aliases: " + (", ".join(actor.aliases) or "—")),
        plain("roles: " + ("; ".join(actor.roles) or "—")),
        plain("mentions: " + (", ".join(f"{d} ×{n}" for d, n in per_doc.items()) or "—")),
    ]
    return Content("\n").join(lines)


def matches(actor: Actor, text: str) -> bool:
    """Whether `text` occurs in the actor's name, aliases or type."""
    wanted = text.casefold().strip()
    return not wanted or any(
        wanted in n.casefold() for n in (actor.name, actor.type, *actor.aliases)
    )


class ActorList(OptionList):
    """The actors, each option's id the actor's id; space toggles the highlighted one."""

    BINDINGS = [Binding("space", "toggle_filter", "Filter on/off")]

    class Toggled(Message):
        """The analyst toggled the actor `actor_id` as a filter."""

        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    def __init__(self, **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]

    def action_toggle_filter(self) -> None:
        """Toggle the highlighted actor as a filter."""
        if self.highlighted is not None:
            option_id = self.get_option_at_index(self.highlighted).id
            if option_id:
                self.post_message(self.Toggled(option_id))


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
        yield Input(placeholder="type to filter actors; space toggles a filter", id="actor-filter")
        yield ActorList(id="actor-list")
        yield Static("", id="actor-details")

    def watch_engine(self, engine: Engine | None) -> None:
        self.actors = () if engine is None else engine.actors()

    def watch_actors(self, actors: tuple[Actor, ...]) -> None:
        self._by_id = {actor.id: actor for actor in actors}
        self.refill()

    def watch_selected(self) -> None:
        self.refill()

    def focus_filter(self) -> None:
        """Focus the box that filters the list."""
        self.query_one("#actor-filter", Input).focus()

    @on(Input.Changed, "#actor-filter")
    def refill(self) -> None:
        """Show the actors matching the filter box, keeping the highlight."""
        if not self.is_mounted:
            return
        text = self.query_one("#actor-filter", Input).value
        listing = self.query_one(ActorList)
        keep = listing.highlighted
        shown = [a for a in self.actors if matches(a, text)]
        listing.set_options(Option(actor_prompt(a, a.id in self.selected), id=a.id) for a in shown)
        if shown:
            listing.highlighted = min(keep or 0, len(shown) - 1)
        else:
            self.query_one("#actor-details", Static).update(
                plain("no actors" if self.actors else "no actors extracted yet")
            )

    @on(Input.Submitted, "#actor-filter")
    def focus_list(self) -> None:
        """Enter in the filter box moves to the list."""
        self.query_one(ActorList).focus()

    @on(OptionList.OptionHighlighted, "#actor-list")
    def show_details(self, event: OptionList.OptionHighlighted) -> None:
        """Show the aliases and roles of the highlighted actor."""
        actor = self._by_id.get(event.option_id or "")
        if actor is not None and self.engine is not None:
            full = self.engine.actor(actor.id)
            self.query_one("#actor-details", Static).update(actor_details(full))

    @property
    def current(self) -> Actor | None:
        """The highlighted actor."""
        listing = self.query_one(ActorList)
        if listing.highlighted is None:
            return None
        return self._by_id.get(listing.get_option_at_index(listing.highlighted).id or "")
