"""Direct quotations and their speakers.

Quote marks are paired per passage (`quote_marks`), speakers found by rules
(`speakers`) with the narrative's subjects as antecedents (`quote_context`). A term or
name in quote marks with no speaker ("greater threat", the “Wali of Iraq”) is a scare
quote, not a quotation: a quotation has a clause's worth of words, or a speech verb tying
it to a speaker.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from index.extract.quotes.context import (
    Named,
    Person,
    SubjectTrail,
    fill_trail,
    masked,
    sentence_subjects,
)
from index.extract.quotes.marks import Quoted, quoted_spans
from index.extract.quotes.speakers import Attribution, Scene, after_quote, before_quote
from index.model import Actor, Document, Mention, Quote
from index.text.sentences import sentence_starts

MIN_CLAUSE_WORDS = 6
"""Words that make a quotation without a speech verb tying it to its speaker."""
MIN_ATTRIBUTED_WORDS = 3
"""Words a quotation needs even with a speech verb (fewer is a term in quote marks)."""


def find_quotes(documents: Sequence[Document], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """Every direct quotation in the content passages of `documents`, with its speaker.

    Args:
        documents: the corpus.
        actors: the actors found in it; speakers resolve to them.

    Returns:
        Quotations in document and text order, offsets into the original text.
    """
    named = _named_by_doc(actors)
    return tuple(q for doc in documents for q in _quotes(doc, _placed(doc, named.get(doc.id, []))))


def _named_by_doc(actors: Sequence[Actor]) -> dict[str, list[tuple[Mention, Person]]]:
    """Every actor mention with its speaker, grouped by document, in actor order."""
    found: dict[str, list[tuple[Mention, Person]]] = defaultdict(list)
    for a in actors:
        person = Person(a.name, a.id, a.type == "person")
        for m in a.mentions:
            found[m.doc].append((m, person))
    return found


def _placed(doc: Document, mentions: Sequence[tuple[Mention, Person]]) -> list[Named]:
    view = doc.repaired
    found = [
        Named(view.to_repaired(m.start), view.to_repaired(m.end - 1) + 1, person)
        for m, person in mentions
    ]
    return sorted(found, key=lambda n: n.start)


def _quotes(doc: Document, named: Sequence[Named]) -> Iterator[Quote]:
    """The quotations of one document, attributed, given its actor mentions in text order."""
    view, trail = doc.repaired, SubjectTrail()
    for passage in doc.content_passages():
        start, end = view.to_repaired(passage.start), view.to_repaired(passage.end)
        quotes = list(quoted_spans(view.text, start, end))
        plain = masked(view.text, start, end, quotes)
        outside = [n for n in named if start <= n.start < end and not _inside(n, quotes)]
        fill_trail(trail, sentence_subjects(plain, start, outside))
        scene = Scene(view.text, plain, start, sentence_starts(plain, start), outside, trail)
        yield from _passage_quotes(doc, scene, quotes, end)


def _inside(named: Named, quotes: Sequence[Quoted]) -> bool:
    return any(q.start <= named.start < q.end for q in quotes)


def _passage_quotes(
    doc: Document, scene: Scene, quotes: Sequence[Quoted], end: int
) -> Iterator[Quote]:
    previous: Attribution | None = None
    for i, q in enumerate(quotes):
        limit = quotes[i + 1].start - 1 if i + 1 < len(quotes) else end
        found = attribute(scene, q, limit, previous)
        if not is_quotation(scene.text[q.start : q.end], found):
            continue
        if found.person is not None and found.person.is_person:
            scene.trail.add(q.start, found.person)
        previous = found
        yield _quote(doc, q, found)


def attribute(scene: Scene, q: Quoted, limit: int, previous: Attribution | None) -> Attribution:
    """The attribution of one quotation, by the rules in order."""
    full_stop = scene.text[q.end - 1 : q.end] in {".", "!", "?"}
    found = after_quote(scene, q.end + 1, limit, full_stop) or before_quote(scene, q.start - 1)
    if found is not None:
        return found
    if previous is not None:
        return Attribution(previous.person, previous.verb, False)
    return Attribution(scene.trail.before(q.start))


def is_quotation(words: str, found: Attribution) -> bool:
    """Whether quoted words are a quotation rather than a scare-quoted term."""
    count = len(words.split())
    return count >= MIN_CLAUSE_WORDS or (found.explicit and count >= MIN_ATTRIBUTED_WORDS)


def _quote(doc: Document, q: Quoted, found: Attribution) -> Quote:
    view = doc.repaired
    start, end = view.to_original(q.start), view.to_original(q.end - 1) + 1
    person = found.person
    return Quote(
        doc=doc.id,
        start=start,
        end=end,
        text=doc.text[start:end],
        speaker=person.name if person else "",
        verb=found.verb,
        speaker_id=person.actor_id if person else "",
    )
