"""The quotes pane: every quotation, filtered by speaker and by text."""

from __future__ import annotations

from collections.abc import Mapping

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from index.model import Metadata, Quote
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

    class Opened(Message):
        """The analyst chose to read `quote` in its article."""

        def __init__(self, quote: Quote) -> None:
            super().__init__()
            self.quote = quote

    def __init__(self, **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]


class QuotesPane(Vertical):
    """Speaker and text filters above the list of quotations."""

    quotes: var[tuple[Quote, ...]] = var(())
    """The quotations to choose from (already narrowed by actor filters)."""
    meta: var[Mapping[str, Metadata]] = var(dict)
    """Metadata of each document, by id."""
    shown: var[tuple[Quote, ...]] = var(())
    """The quotations listed after the speaker and text filters."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="quote-filters"):
            yield Input(placeholder="speaker", id="quote-speaker")
            yield Input(placeholder="words", id="quote-text")
        yield QuoteList(id="quote-list")

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
        meta = self.meta.get(quote.doc, Metadata())
        return quote_prompt(quote, meta.source, meta.date)

    @on(Input.Submitted)
    def focus_list(self) -> None:
        """Enter in a filter box moves to the list."""
        self.query_one(QuoteList).focus()

    @on(OptionList.OptionSelected, "#quote-list")
    def open_quote(self, event: OptionList.OptionSelected) -> None:
        """Ask to open the chosen quotation in the reader."""
        event.stop()
        if self.current is not None:
            self.post_message(QuoteList.Opened(self.current))

    @property
    def current(self) -> Quote | None:
        """The highlighted quotation."""
        index = self.query_one(QuoteList).highlighted
        return self.shown[index] if index is not None and index < len(self.shown) else None
