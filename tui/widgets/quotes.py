"""The quotes pane: every quotation, narrowed by the actor filters, by who said it and by
words typed in its filter box; the words shown repaired."""

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

from index import Engine, Metadata, Quote, Span
from tui import export
from tui.excerpt import Excerpt
from tui.messages import OpenInReader
from tui.render import plain, quote_prompt
from tui.repaired import Repairs
from tui.widgets.filter_input import FilterInput, narrowed, refines
from tui.widgets.lazy_list import LazyOption, LazyOptionList
from tui.widgets.results import divided
from tui.widgets.shown import displayed


def quote_haystack(quote: Quote, words: str) -> str:
    """What the filter box looks in: the quotation's speaker and its `words` shown, folded."""
    return f"{quote.speaker} {words}".casefold()


LISTED = 300
"""Quotations listed at once: the first of the filtered ones; typing narrows them."""


class QuoteList(LazyOptionList):
    """Quotations; Enter opens one in the reader."""

    BINDINGS = [Binding("enter", "select", "Open")]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]


@dataclass
class QuotesRead(Message):
    """The quotations under the actor filters, with their words as shown."""

    actors: tuple[str, ...]
    quotes: tuple[Quote, ...]
    words: tuple[str, ...]


class QuotesPane(Vertical):
    """A filter box above the list of quotations."""

    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    actors: var[tuple[str, ...]] = var(())
    """Ids of the actors every view is filtered to."""
    speaker: var[str] = var("")
    """The id of the actor whose quotations alone are listed ("" for everyone's)."""
    repairs: var[Repairs] = var(lambda: Repairs(None))
    """Where each article's spaces were restored."""
    original: var[bool] = var(False)
    """Whether to show the original words instead of the repaired ones."""
    quotes: var[tuple[Quote, ...]] = var((), always_update=True)
    """The quotations said where every filter actor is named (each reading refills the
    list, even of as few as before: what it says of none depends on the filter)."""
    shown: var[tuple[Quote, ...]] = var(())
    """The quotations listed after the speaker and the filter box."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._words: dict[Quote, str] = {}
        self._haystacks: dict[bool, list[str]] = {}
        self._last: tuple[tuple[object, ...], str, list[int]] = ((), "", [])
        """The last filter: what it ran over, its text and the positions it kept."""
        self._stale = False

    def compose(self) -> ComposeResult:
        yield FilterInput(placeholder="/ filter by speaker or words; Esc back to the list")
        yield Static("", id="quote-speaker")
        yield QuoteList(id="quote-list")

    @property
    def filter_box(self) -> FilterInput:
        """The box that filters the list."""
        return self.query_one(FilterInput)

    def watch_engine(self) -> None:
        self.narrow()

    def watch_actors(self) -> None:
        self.narrow()

    def narrow(self) -> None:
        """Ask for the quotations said where the filter actors are named (once shown)."""
        self._stale = not displayed(self)
        if self.engine is not None and not self._stale:
            self.read_quotes(self.engine, self.actors, self.repairs)

    def on_show(self) -> None:
        if self._stale:
            self.narrow()

    @work(thread=True, exclusive=True, group="quotes", exit_on_error=False)
    def read_quotes(self, engine: Engine, actors: tuple[str, ...], repairs: Repairs) -> None:
        """Read the quotations and their repaired words in a thread."""
        quotes = engine.quotes(actors=actors)
        words = tuple(repairs.text(q.doc, q.text, q.start) for q in quotes)
        self.post_message(QuotesRead(actors, quotes, words))

    def on_quotes_read(self, message: QuotesRead) -> None:
        if message.actors == self.actors:
            self._words = dict(zip(message.quotes, message.words, strict=True))
            self._haystacks, self._last = {}, ((), "", [])
            self.quotes = message.quotes

    def watch_quotes(self) -> None:
        self.refill()

    def watch_speaker(self) -> None:
        self.refill()

    def watch_original(self) -> None:
        self.refill()

    def words(self, quote: Quote) -> str:
        """The quotation's words as shown."""
        return quote.text if self.original else self._words.get(quote, quote.text)

    @on(Input.Changed)
    def refill(self) -> None:
        """List the quotations of the speaker that match the filter box."""
        if not self.is_mounted:
            return
        text, quotes = self.filter_box.value, self.quotes
        over = (self.speaker, self.original)
        last_over, last_text, last_found = self._last
        if over == last_over and refines(text, last_text):
            among: range | list[int] = last_found  # typing on narrows the last list
        elif self.speaker:
            among = [i for i, q in enumerate(quotes) if q.speaker_id == self.speaker]
        else:
            among = range(len(quotes))
        found = narrowed(self.haystacks(), among, text)
        self._last = (over, text, found)
        self.shown = tuple(quotes[i] for i in found)
        listing = self.query_one(QuoteList)
        shown = self.shown[:LISTED]
        listing.set_options(divided(LazyOption(partial(self._prompt, q)) for q in shown))
        if len(self.shown) > LISTED:
            more = (
                f"… {len(self.shown) - LISTED:,} more quotations: type in the filter box to narrow"
            )
            listing.add_option(Option(plain(more, "dim"), disabled=True))
        if not self.shown:
            if self.quotes:
                empty = "no quotations match"
            elif self.actors:
                empty = "no quotations in the passages naming the filter actors (x clears)"
            else:
                empty = "no quotations extracted yet"
            listing.add_option(Option(plain(empty, "dim"), disabled=True))
        listing.highlighted = 0 if self.shown else None
        who = self.engine.actor(self.speaker).name if self.speaker and self.engine else ""
        note = f"said by {who}   (x clears)" if who else ""
        self.query_one("#quote-speaker", Static).update(plain(note, "$text-warning"))
        self.set_class(bool(who), "-speaker")

    def haystacks(self) -> list[str]:
        """What the filter box looks in for each quotation (in the order of `quotes`),
        folded once per text mode."""
        if self.original not in self._haystacks:
            found = [quote_haystack(q, self.words(q)) for q in self.quotes]
            self._haystacks[self.original] = found
        return self._haystacks[self.original]

    def _prompt(self, quote: Quote) -> Content:
        meta = self.engine.meta(quote.doc) if self.engine else Metadata()
        return quote_prompt(quote, self.words(quote), meta.source, meta.date)

    @on(FilterInput.Done)
    def focus_list(self) -> None:
        """Leaving the filter box moves to the list."""
        self.screen.set_focus(self.query_one(QuoteList))

    @on(OptionList.OptionSelected, "#quote-list")
    def open_quote(self, event: OptionList.OptionSelected) -> None:
        """Ask to open the chosen quotation in the reader, the quotation highlighted."""
        event.stop()
        quote = self.current
        if quote is not None:
            self.post_message(OpenInReader(quote.doc, quote.start, (_span(quote, "hit"),)))

    @property
    def current(self) -> Quote | None:
        """The highlighted quotation."""
        index = self.query_one(QuoteList).highlighted
        return self.shown[index] if index is not None and index < len(self.shown) else None

    def excerpt(self) -> Excerpt | None:
        """The highlighted quotation with its speaker, to copy or compare."""
        quote, engine = self.current, self.engine
        if quote is None or engine is None:
            return None
        spans = (_span(quote, "quote"),)
        meta = engine.meta(quote.doc)
        inserted = tuple(i for i in self.repairs.inserted(quote.doc) if quote.start < i < quote.end)
        return Excerpt(
            quote.doc, meta, quote.text, quote.start, quote.end, spans, quote.speaker, inserted
        )

    def export_rows(self) -> list[export.Row]:
        """The quotations listed, as rows to export."""
        if self.engine is None:
            return []
        return export.quote_rows(self.shown, self.engine.meta, self.repairs, self.original)


def _span(quote: Quote, kind: str) -> Span:
    return Span(quote.start, quote.end, kind)
