"""Self-contained records for `--json` and TSV: the same field names across commands.

Every record that comes from an article carries `doc`, `source`, `date`, `title`,
`start` and `end` (original offsets); text fields are the original text, and
`repaired` is the text as repair restored its spaces.
"""

from __future__ import annotations

from typing import Any

from index import Actor, Engine, Figure, FigureGroup, Hit, Quote
from tui.repaired import Repairs

Record = dict[str, Any]


class Records:
    """Builds records, looking up each article's metadata and repairs once."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.repairs = Repairs(engine)

    def place(self, doc: str) -> Record:
        """Which article: its id, source, date and title."""
        meta = self.engine.meta(doc)
        return {"doc": doc, "source": meta.source, "date": meta.date, "title": meta.title}

    def _where(self, doc: str, start: int, end: int) -> Record:
        return self.place(doc) | {"start": start, "end": end}

    def hit(self, hit: Hit) -> Record:
        """A passage that matched: where, its score and section, its text and highlights."""
        return {
            "doc": hit.doc,
            "passage": hit.passage,
            "score": hit.score,
            "source": hit.source,
            "date": hit.date,
            "title": hit.title,
            "section": hit.section,
            "start": hit.start,
            "end": hit.end,
            "text": hit.text,
            "repaired": self.repairs.text(hit.doc, hit.text, hit.start),
            "actors": list(hit.actors),
            "highlights": [[s.start, s.end] for s in hit.highlights],
        }

    def quote(self, quote: Quote) -> Record:
        """A quotation: where, who said it, and the words."""
        return self._where(quote.doc, quote.start, quote.end) | {
            "speaker": quote.speaker,
            "speaker_id": quote.speaker_id,
            "verb": quote.verb,
            "text": quote.text,
            "repaired": self.repairs.text(quote.doc, quote.text, quote.start),
        }

    def figure(self, figure: Figure) -> Record:
        """A reported quantity: where, its value, unit, measure and sentence."""
        return self._where(figure.doc, figure.start, figure.end) | {
            "value": figure.value,
            "value_max": figure.value_max,
            "unit": figure.unit,
            "measure": figure.measure,
            "context": figure.context,
            "repaired": self.repairs.around(figure.doc, figure.context, figure.start),
        }

    def group(self, group: FigureGroup) -> Record:
        """A measure several articles report, its values, and whether they disagree."""
        return {
            "measure": group.measure,
            "label": group.label,
            "disagree": group.disagree,
            "values": [self.figure(f) for f in group.values],
        }


def actor_record(actor: Actor) -> Record:
    """An actor: id, name, type, roles, aliases, its mentions and how many."""
    return {
        "id": actor.id,
        "name": actor.name,
        "type": actor.type,
        "roles": list(actor.roles),
        "aliases": list(actor.aliases),
        "mentions": [{"doc": m.doc, "start": m.start, "end": m.end} for m in actor.mentions],
        "mention_count": actor.mention_total,
        "doc_count": actor.doc_total,
    }
