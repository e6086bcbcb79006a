"""The Whoosh records of a document: one per passage, one per quotation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from index.model import Document, Passage, Quote
from index.store.analyzer import SourceText
from index.store.schema import PASSAGE, QUOTE

Record = dict[str, Any]


@dataclass(frozen=True)
class DocKnowledge:
    """One document's actor mentions and quotations, actors given by index term."""

    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def document_records(doc: Document, known: DocKnowledge) -> list[Record]:
    """Every record of `doc`: its passages, then its quotations."""
    passages = [_passage_record(doc, p, known) for p in doc.passages]
    quotes = [_quote_record(doc, q) for q in known.quotes]
    return passages + quotes


def _day(date: str) -> Record:
    """The article's date as a number (20250311) for date ranges, when it is one."""
    digits = date.replace("-", "")
    return {"day": int(digits)} if len(digits) == 8 and digits.isdigit() else {}


def _source(
    doc: Document, start: int, end: int, ranges: list[tuple[int, int]] | None = None
) -> SourceText:
    breaks = tuple(i - start for i in doc.repaired.breaks_in(start, end))
    relative = None if ranges is None else tuple((lo - start, hi - start) for lo, hi in ranges)
    return SourceText(doc.text[start:end], breaks, relative)


def _common(doc: Document, passage: Passage) -> Record:
    return {
        "doc": doc.id,
        "passage": passage.number,
        "section": passage.section,
        "source": doc.meta.source,
        "date": doc.meta.date,
        **_day(doc.meta.date),
        "title": doc.meta.title,
    }


def _passage_record(doc: Document, passage: Passage, known: DocKnowledge) -> Record:
    start, end = passage.start, passage.end
    inside = [q for q in known.quotes if start <= q.start < end]
    actors = sorted({a for s, _, a in known.mentions if start <= s < end})
    speakers = sorted({q.speaker_id for q in inside if q.speaker_id})
    record = _common(doc, passage) | {
        "key": f"{doc.id}#{passage.number}",
        "kind": PASSAGE,
        "start": start,
        "end": end,
        "body": doc.text[start:end],
        "text": _source(doc, start, end),
        "actor": ",".join(actors),
        "speaker": ",".join(speakers),
    }
    if inside:
        record["quote"] = _source(doc, start, end, [(q.start, q.end) for q in inside])
    return record


def _quote_record(doc: Document, quote: Quote) -> Record:
    passage = next((p for p in doc.passages if p.start <= quote.start < p.end), doc.passages[0])
    return _common(doc, passage) | {
        "key": f"{doc.id}@{quote.start}",
        "kind": QUOTE,
        "start": quote.start,
        "end": quote.end,
        "body": doc.text[quote.start : quote.end],
        "text": _source(doc, quote.start, quote.end),
        "speaker": quote.speaker_id,
    }
