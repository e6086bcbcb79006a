"""The quotes pane: every quotation, narrowed by the actor filters, by speaker and by text."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import var
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from index import Engine, Metadata, Quote, Span
from tui import export
from tui.excerpt import Excerpt
from tui.messages import OpenInReader
from tui.render import quote_prompt
from tui.widgets.results import divided


def quote_matches(quote: Quote, speaker: str, text: str) -> bool:
    """Whether `quote` has `speaker` in its speaker and `text` in its words (case-folded)."""
    return (
        speaker.casefold().strip() in quote.speaker.casefold()
        and text.casefold().strip() in quote.text.casefold()
    )


class QuoteList(OptionList):
    """Quotations; Enter opens one in the reader."""

    BINDINGS = [Binding("enter", "select", "Open")]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]


class QuotesPane(Vertical):
    """Speaker and text filters above the list of quotations."""

    engine: var[Engine | None] = var(None)
    """The opened corpus, once ready."""
    actors: var[tuple[str, ...]] = var(())
    """Ids of the actors every view is filtered to."""
    quotes: var[tuple[Quote, ...]] = var(())
    """The quotations said where every filter actor is named."""
    shown: var[tuple[Quote, ...]] = var(())
    """The quotations listed after the speaker and text filters."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="quote-filters"):
            yield Input(placeholder="speaker", id="quote-speaker")
            yield Input(placeholder="words", id="quote-text")
        yield QuoteList(id="quote-list")

    def watch_engine(self) -> None:
        self.narrow()

    def watch_actors(self) -> None:
        self.narrow()

    def narrow(self) -> None:
        """Ask the engine for the quotations said where the filter actors are named."""
        engine = self.engine
        self.quotes = () if engine is None else engine.quotes(actors=self.actors)

    def watch_quotes(self) -> None:
        self.refill()

    @on(Input.Changed)
    def refill(self) -> None:
        """List the quotations matching both filter boxes."""
        if not self.is_mounted:
            return
        speaker = self.query_one("#quote-speaker", Input).value
        text = self.query_one("#quote-text", Input).value
        self.shown = tuple(q for q in self.quotes if quote_matches(q, speaker, text))
        listing = self.query_one(QuoteList)
        listing.set_options(divided(Option(self._prompt(q)) for q in self.shown))
        if not self.shown:
            listing.add_option(
                Option(
                    "no quotations" if self.quotes else "no quotations extracted yet", disabled=True
                )
            )
        listing.highlighted = 0 if self.shown else None

    def _prompt(self, quote: Quote) -> Content:
        meta = self.engine.meta(quote.doc) if self.engine else Metadata()
        return quote_prompt(quote, meta.source, meta.date)

    @on(Input.Submitted)
    def focus_list(self) -> None:
        """Enter in a filter box moves to the list."""
        self.query_one(QuoteList).focus()

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
        return Excerpt(quote.doc, meta, quote.text, quote.start, quote.end, spans, quote.speaker)

    def export_rows(self) -> list[export.Row]:
        """The quotations listed, as rows to export."""
        return [] if self.engine is None else export.quote_rows(self.shown, self.engine.meta)


def _span(quote: Quote, kind: str) -> Span:
    return Span(quote.start, quote.end, kind)
