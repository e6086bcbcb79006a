"""Plain, frozen data that crosses the boundary between the library and its callers.

Every offset in these records is a character offset into the ORIGINAL text of a
document (the file as decoded, without its BOM), never into a repaired view.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from index.repair.restore import Repaired
from index.text.amounts import vague_amount

BODY = "body"
"""Section of the article's own text."""
FRONT = "front"
"""Section of header lines: a date/source line, or a duplicated title."""
TITLE = "title"
"""Section of a title line that stands alone at the top of an article."""
FOOTER = "footer"
"""Section of a site's footer after the article."""
COMMENTS = "comments"
"""Section of a reader comment thread."""
CONTENT_SECTIONS = frozenset({BODY, TITLE})
"""Sections searched and mined for actors, quotes and figures by default."""


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range `[start, end)` of original text, with what it marks."""

    start: int
    end: int
    kind: str = "hit"


@dataclass(frozen=True)
class Metadata:
    """What is known of an article's provenance; empty strings where unknown."""

    source: str = ""
    date: str = ""
    title: str = ""
    url: str = ""


@dataclass(frozen=True)
class Passage:
    """A paragraph of a document: its number, its range in the original text, its section."""

    number: int
    start: int
    end: int
    section: str = BODY


def passage_at(passages: Sequence[Passage], offset: int) -> Passage | None:
    """The passage holding original offset `offset`, if any (passages in text order)."""
    at = bisect_right([p.start for p in passages], offset) - 1
    if at >= 0 and offset < passages[at].end:
        return passages[at]
    return None


@dataclass(frozen=True)
class Document:
    """One article: its original text, its metadata, its passages and its repaired view."""

    id: str
    path: Path
    text: str
    meta: Metadata
    passages: tuple[Passage, ...]
    repaired: Repaired
    warnings: tuple[str, ...] = ()

    def passage_text(self, passage: Passage) -> str:
        """The original text of one passage."""
        return self.text[passage.start : passage.end]

    def content_passages(self) -> tuple[Passage, ...]:
        """The passages of the article itself: no front matter, footers or comments."""
        return tuple(p for p in self.passages if p.section in CONTENT_SECTIONS)


@dataclass(frozen=True)
class Mention:
    """Where an actor is named: a document and a range of its original text."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Actor:
    """A person, organisation or acting country, with every alias folded in."""

    id: str
    name: str
    type: str
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    mention_count: int = -1
    """How many mentions it has (-1: count `mentions`); set where mentions are not loaded."""
    doc_count: int = -1
    """In how many articles it is named (-1: count `mentions`)."""

    @property
    def mention_total(self) -> int:
        """How many times the actor is named in the corpus."""
        return self.mention_count if self.mention_count >= 0 else len(self.mentions)

    @property
    def doc_total(self) -> int:
        """In how many articles the actor is named."""
        return self.doc_count if self.doc_count >= 0 else len({m.doc for m in self.mentions})


@dataclass(frozen=True)
class Quote:
    """A direct quotation; `start`/`end` cover the quoted words without the marks."""

    doc: str
    start: int
    end: int
    text: str
    speaker: str
    verb: str = ""
    speaker_id: str = ""


@dataclass(frozen=True)
class Figure:
    """A reported quantity, its unit and a normalised key for what it measures."""

    doc: str
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    measure: str
    context: str

    @property
    def words(self) -> str:
        """The words of a vague amount, as an analyst reads it ("tens of thousands",
        whose `value` is its order of magnitude, 10,000); "" for a number."""
        return vague_amount(self.value, self.measure)


@dataclass(frozen=True)
class FigureGroup:
    """Figures from several articles that measure the same thing, side by side."""

    measure: str
    label: str
    values: tuple[Figure, ...]
    disagree: bool


@dataclass(frozen=True)
class Knowledge:
    """What extraction learnt from a whole corpus."""

    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Hit:
    """One passage that matched a query, with its highlights as original-text offsets."""

    doc: str
    passage: int
    score: float
    source: str
    date: str
    title: str
    section: str
    start: int
    end: int
    text: str
    highlights: tuple[Span, ...] = ()
    actors: tuple[str, ...] = field(default=())
