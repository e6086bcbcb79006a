"""An excerpt: a range of one article chosen to copy or to compare, and its citation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from index import Document, Metadata, Span


@dataclass(frozen=True)
class Excerpt:
    """The original text of `[start, end)` of article `doc`, where it comes from, its spans."""

    doc: str
    meta: Metadata
    text: str
    start: int
    end: int
    spans: tuple[Span, ...] = ()
    speaker: str = ""
    """Who said it, when the excerpt is a quotation."""

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
        return cls(document.id, document.meta, text, start, end, tuple(spans), speaker)

    def citation(self) -> str:
        """The excerpt's words, quoted, then who said it and where it comes from."""
        meta = self.meta
        words = " ".join(self.text.split())
        who = f"{self.speaker}, " if self.speaker else ""
        title = f", “{meta.title}”" if meta.title else ""
        where = f"{meta.source or 'unknown source'}, {meta.date or 'undated'}{title}"
        return f"“{words}”\n— {who}{where} [{self.doc}, chars {self.start}–{self.end}]"
