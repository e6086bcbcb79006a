"""An excerpt: a range of one article chosen to copy or to compare, and its citation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from index import Document, Metadata, Span
from tui.repaired import restore
from tui.safe_text import visible


@dataclass(frozen=True)
class Excerpt:
    """The original text of `[start, end)` of article `doc`, where it comes from, its spans,
    and the original offsets before which repair restored a space."""

    doc: str
    meta: Metadata
    text: str
    start: int
    end: int
    spans: tuple[Span, ...] = ()
    speaker: str = ""
    """Who said it, when the excerpt is a quotation."""
    inserted: tuple[int, ...] = ()

    @classmethod
    def of(
        cls,
        document: Document,
        start: int,
        end: int,
        spans: Iterable[Span] = (),
        speaker: str = "",
    ) -> Excerpt:
        """The excerpt `[start, end)` of an article read in full."""
        text = document.text[start:end]
        inserted = document.repaired.breaks_in(start, end)
        return cls(document.id, document.meta, text, start, end, tuple(spans), speaker, inserted)

    def shown(self, original: bool = False) -> str:
        """The excerpt's text as read: repaired, unless `original`."""
        return self.text if original else restore(self.text, self.start, self.inserted)

    def citation(self, original: bool = False) -> str:
        """The excerpt's words, quoted, then who said it and where it comes from; every
        character that could act on a terminal shown as a visible placeholder."""
        meta = self.meta
        words = " ".join(self.shown(original).split())
        who = f"{' '.join(self.speaker.split())}, " if self.speaker else ""
        title = f", “{' '.join(meta.title.split())}”" if meta.title else ""
        source = " ".join(meta.source.split()) or "unknown source"
        where = f"{source}, {meta.date or 'undated'}{title}"  # one line each, whatever the file
        return visible(f"“{words}”\n— {who}{where} [{self.doc}, chars {self.start}–{self.end}]")
