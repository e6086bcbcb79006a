"""Direct quotations and their speakers, per document, then named after the corpus's actors.

Quote marks are paired per passage (`quote_marks`), speakers found by rules
(`speakers`) with the narrative's subjects as antecedents (`quote_context`). A term or
name in quote marks with no speaker ("greater threat", the “Wali of Iraq”) is a scare
quote, not a quotation: a quotation has a clause's worth of words, or a speech verb tying
it to a speaker.

`document_quotes` reads ONE document and gives each speaker as a LOCAL actor key (see
`actors.local_keys`); `finish_quotes` names the speakers once the corpus's actors are
merged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from index.extract.actors.candidates import ORGANIZATION, PERSON, Candidate
from index.extract.actors.find import ActorMerge
from index.extract.actors.local_keys import LONE_SURNAME
from index.extract.actors.merge import canonical
from index.extract.names.aliases import AliasTable
from index.extract.quotes.context import (
    PEOPLE_NOUNS,
    SPEECH,
    Named,
    Person,
    SubjectTrail,
    fill_trail,
    masked,
    sentence_subjects,
    speech_subjects,
)
from index.extract.quotes.interviews import answers
from index.extract.quotes.marks import OPENERS, Quoted, quoted_spans, runs_on
from index.extract.quotes.speakers import Attribution, Scene, after_quote, before_quote
from index.model import Document, Quote
from index.text.sentences import sentence_starts

MIN_CLAUSE_WORDS = 6
"""Words that make a quotation without a speech verb tying it to its speaker."""
MIN_ATTRIBUTED_WORDS = 3
"""Words a quotation needs even with a speech verb (fewer is a term in quote marks)."""
_TERM_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that|these|those|so-called|dubbed|called|termed"
    r"|named|known\s+as|labelled|labeled)\s*$",
    re.IGNORECASE,
)
"""Words before quote marks that make the quoted words a term ("the “security belt”")."""
_PARTICLES = (
    "in|out|up|down|off|on|over|back|away|through|about|apart|ahead|together|within"
    "|without|before|after|until|under|beyond|against"
)
_DEGREES = "very|not|too|so|quite|rather|more|less|most|no|never|almost|extremely"
_NOT_ADVERBS = (
    "early|holy|family|only|daily|weekly|monthly|yearly|elderly|friendly|deadly|likely"
    "|unlikely|costly|lonely|timely|orderly|ally|rally|supply|reply|assembly|monopoly|italy"
)
_ADVERB = rf"(?!(?:{_NOT_ADVERBS})\b)[a-z][\w’'-]*ly"
_PHRASE_OF_TWO = re.compile(
    rf"(?:[a-z][\w’'-]*\s+{_ADVERB}|{_ADVERB}\s+[\w’'-]+|(?:{_DEGREES})\s+[\w’'-]+"
    rf"|(?:{_PARTICLES})\s+[\w’'-]+|[a-z][\w’'-]*\s+(?:{_PARTICLES}))[,.]?"
)
"""Two words that are a way of saying rather than a term: with an adverb in -ly
("cooperating fully", "nearly 300"), a word of degree or negation ("very dangerous",
"not true"), a preposition or particle ("in principle", "priced in", "within weeks").
A noun and its modifier ("terrorist cells", "enforced disappearance", "early elections")
are a term in quote marks."""
_SENTENCE_ENDS = frozenset('.!?”":')
VOICE_PARAGRAPHS = 2
"""How many paragraphs back an unattributed quotation looks for the article's last voice."""


@dataclass(frozen=True)
class LocalQuote:
    """A quotation of one document, its speaker given by local key.

    `speaker` is the display name the document alone gives (an actor's name in this
    document, or a description such as "the ISW report"); `speaker_key` is the local key
    of the actor it names ("" when none); `described` keeps `speaker` as written even
    when the key becomes an actor.
    """

    doc: str
    start: int
    end: int
    text: str
    speaker: str
    verb: str = ""
    speaker_key: str = ""
    described: bool = False


def document_quotes(
    doc: Document, keyed: Sequence[tuple[Candidate, str]], aliases: AliasTable
) -> tuple[tuple[LocalQuote, ...], tuple[LocalQuote, ...] | None]:
    """Every direct quotation in the content passages of one document, with its speaker.

    A lone surname with no antecedent in the document (`S:` key) becomes an actor only
    where the corpus has one person of that surname, which the document cannot know; so
    the quotations are attributed twice, without and with lone surnames as speakers.

    Args:
        doc: the document.
        keyed: its candidates with their local keys (`actors.find.document_keys`).
        aliases: the alias table, for the name and type of a key's actor.

    Returns:
        Quotations in text order (offsets into the original text) with lone surnames
        left out, and with them, or None where that changes nothing.
    """
    layout = _layout(doc)
    named = _named(doc, keyed, aliases)
    known = [n for n in named if not n.person.key.startswith(LONE_SURNAME)]
    spans = [(p.start, p.end) for p in layout]
    told = answers(doc.repaired.text, spans, known)
    if not told and not any(p.quotes for p in layout):
        return (), None
    plain = _with_answers(doc, list(_quotes(doc, layout, known)), told)
    if len(known) == len(named):
        return plain, None
    alternative = _with_answers(doc, list(_quotes(doc, layout, named)), told)
    return plain, None if alternative == plain else alternative


def _with_answers(
    doc: Document, quotes: list[LocalQuote], told: Sequence[tuple[int, int, Person]]
) -> tuple[LocalQuote, ...]:
    """The quotations with an interview's answers (`interviews.answers`) among them, in
    text order; an answer that is itself in quote marks is the quotation found."""
    view = doc.repaired
    for start, end, person in told:
        first, last = view.to_original(start), view.to_original(end - 1) + 1
        if any(q.start <= first + 1 and last - 1 <= q.end for q in quotes):
            continue  # the answer is the quotation in marks (inside them, one mark each side)
        quotes.append(
            LocalQuote(doc.id, first, last, doc.text[first:last], person.name, "",
                       person.key, person.described)
        )  # fmt: skip
    return tuple(sorted(quotes, key=lambda q: (q.start, q.end)))


def finish_quotes(quotes: Iterable[LocalQuote], merge: ActorMerge) -> tuple[Quote, ...]:
    """Quotations with speakers named after the corpus's actors.

    A speaker whose key became an actor is that actor's canonical name and id; a
    description keeps its words and takes the id; a speaker with no actor keeps the name
    its document gave it, with no id.
    """
    return tuple(_finished(q, merge) for q in quotes)


def _finished(q: LocalQuote, merge: ActorMerge) -> Quote:
    actor = merge.actor(q.speaker_key) if q.speaker_key else None
    speaker = q.speaker if actor is None or q.described else actor.name
    return Quote(q.doc, q.start, q.end, q.text, speaker, q.verb, actor.id if actor else "")


def _named(
    doc: Document, keyed: Sequence[tuple[Candidate, str]], aliases: AliasTable
) -> list[Named]:
    """Every keyed mention as the speaker it makes, in repaired coordinates and text order."""
    groups: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
    for c, key in keyed:
        groups[key].append((c, key))
    people: dict[str, Person] = {}
    for key, group in groups.items():
        name, kind = canonical(group, aliases)
        people[key] = Person(name, key, kind == PERSON, organisation=kind == ORGANIZATION)
    view = doc.repaired
    found = dict.fromkeys(
        Named(view.to_repaired(c.start), view.to_repaired(c.end - 1) + 1, people[key])
        for c, key in keyed
    )
    return sorted(found, key=lambda n: n.start)


@dataclass(frozen=True)
class _Passage:
    """A content passage ready for attribution, in repaired coordinates."""

    start: int
    end: int
    quotes: tuple[Quoted, ...]
    plain: str
    """The passage with quoted words masked (`context.masked`)."""
    starts: tuple[int, ...]
    """Where its sentences start."""


def _layout(doc: Document) -> list[_Passage]:
    view, found = doc.repaired, []
    ranges = [(view.to_repaired(p.start), view.to_repaired(p.end)) for p in doc.content_passages()]
    inside = False
    for i, (start, end) in enumerate(ranges):
        following = (
            view.text[ranges[i + 1][0] : ranges[i + 1][0] + 1] if i + 1 < len(ranges) else ""
        )
        continued = following in OPENERS
        runs = (
            not continued and i + 1 < len(ranges) and runs_on(view.text, ranges[i], ranges[i + 1])
        )
        spans = quoted_spans(view.text, start, end, continued=continued or runs, inside=inside)
        quotes, inside = tuple(spans), runs
        plain = masked(view.text, start, end, quotes)
        found.append(_Passage(start, end, quotes, plain, tuple(sentence_starts(plain, start))))
    return found


def _quotes(
    doc: Document, layout: Sequence[_Passage], named: Sequence[Named]
) -> Iterator[LocalQuote]:
    """The quotations of one document, attributed, given its actor mentions in text order.

    A quotation nothing in its paragraph attributes continues the voice of the article:
    the speaker of the latest quotation or speech sentence of the two paragraphs before,
    else the subject the narrative is about."""
    trail, at, view = SubjectTrail(), [n.start for n in named], doc.repaired
    voice: tuple[int, int, Person] | None = None
    for index, p in enumerate(layout):
        within = named[bisect_left(at, p.start) : bisect_left(at, p.end)]
        outside = [n for n in within if not _inside(n, p.quotes)]
        fill_trail(trail, sentence_subjects(p.plain, p.start, outside, p.starts))
        scene = Scene(doc.repaired.text, p.plain, p.start, p.starts, outside, trail, named)
        carried = Attribution(voice[2]) if voice and index - voice[0] <= VOICE_PARAGRAPHS else None
        speech = speech_subjects(p.plain, p.start, outside, p.starts)
        quotes = list(_passage_quotes(doc, scene, p.quotes, p.end, carried, speech))
        yield from (q for q, _ in quotes)
        spoken = [(view.to_repaired(q.start), a.person) for q, a in quotes if a.person]
        spoken += speech
        if spoken:
            voice = (index, *max(spoken, key=lambda pair: pair[0]))
        introducer = _introducer(p, outside)
        if introducer is not None:  # "Kataib Hezbollah said in a statement:" ¶ «…»
            voice = (index, p.end, introducer)


def _introducer(p: _Passage, named: Sequence[Named]) -> Person | None:
    """Who a paragraph that ends in a colon after a speech verb gives the floor to (the
    quotation opens the next paragraph): the first actor of its last sentence, a person
    or an organisation ("Kataib Hezbollah (KH) said in a statement posted to the
    channel:")."""
    if not p.plain.rstrip().endswith(":") or p.quotes:
        return None
    last = p.starts[-1] if p.starts else p.start
    if not SPEECH.search(p.plain, last - p.start):
        return None
    actors = [n for n in named if n.start >= last]
    return actors[0].person if actors else None


def _inside(named: Named, quotes: Sequence[Quoted]) -> bool:
    return any(q.start <= named.start < q.end for q in quotes)


def _passage_quotes(
    doc: Document,
    scene: Scene,
    quotes: Sequence[Quoted],
    end: int,
    carried: Attribution | None,
    speech: Sequence[tuple[int, Person]] = (),
) -> Iterator[tuple[LocalQuote, Attribution]]:
    previous = carried
    for i, q in enumerate(quotes):
        said = [person for at, person in speech if at < q.start]
        if said and previous is carried:
            previous = Attribution(said[-1])
        limit = quotes[i + 1].start - 1 if i + 1 < len(quotes) else end
        found = attribute(scene, q, limit, previous)
        if i and _goes_on(scene, quotes[i - 1], q, previous, found):
            found = Attribution(found.person, found.verb, True)
        opens = scene.text[max(0, q.start - 3) : q.start - 1].strip()[-1:] in _SENTENCE_ENDS
        term = bool(_TERM_BEFORE.search(scene.text, max(0, q.start - 20), q.start - 1))
        split = i + 1 < len(quotes) and _split(scene.text, q, quotes[i + 1])
        if not (split and found.explicit and not term) and not is_quotation(
            scene.text[q.start : q.end], found, opens, term
        ):
            continue
        if found.person is not None and (found.person.is_person or _someone(found.person)):
            scene.trail.add(q.start, found.person)
        previous = found
        yield _quote(doc, q, found), found


_SPLIT_BETWEEN = re.compile(r"[,\s]*[”\"’']?,?\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+,\s*[“\"‘']?")
"""What stands between the two parts of an interrupted quotation: the closing mark, a
few words of attribution between commas ("he says"), the opening mark."""


def _split(text: str, q: Quoted, following: Quoted) -> bool:
    """Whether a quotation is the first part of one its speaker's words interrupt
    ("“One night,” he says, “it will not be camels.”"): a part of any length."""
    between = text[q.end : following.start]
    return len(between) < 60 and _SPLIT_BETWEEN.fullmatch(between) is not None


def _goes_on(
    scene: Scene, before: Quoted, q: Quoted, previous: Attribution | None, found: Attribution
) -> bool:
    """Whether `q` goes on the sentence of the quotation `before` it, which a verb tied
    to the same speaker ("told reporters that “…” and that the army was “…”")."""
    if previous is None or not previous.explicit or found.explicit:
        return False
    if found.person is None or previous.person != found.person:
        return False
    return not any(before.end <= s <= q.start for s in scene.starts)


def _someone(person: Person) -> bool:
    """Whether a described speaker is a person ("a driver from Ramadi", not "the ISW
    report"), whom a later "he" or "she" may stand for."""
    words = person.name.lower().replace(",", " ").split()
    return person.described and words[:1] in (["a"], ["an"]) and not PEOPLE_NOUNS.isdisjoint(words)


def attribute(scene: Scene, q: Quoted, limit: int, previous: Attribution | None) -> Attribution:
    """The attribution of one quotation, by the rules in order."""
    full_stop = scene.text[q.end - 1 : q.end] in {".", "!", "?"}
    found = after_quote(scene, q.end + 1, limit, full_stop) or before_quote(scene, q.start - 1)
    if found is not None:
        return found
    if previous is not None:
        return Attribution(previous.person, previous.verb, False)
    return Attribution(scene.trail.before(q.start))


def is_quotation(words: str, found: Attribution, opens: bool = False, term: bool = False) -> bool:
    """Whether quoted words are a quotation rather than a scare-quoted term: a clause's
    worth of words, or fewer tied to a speaker by a verb, or a whole sentence someone said
    ("The country is in crisis.")."""
    count = len(words.split())
    if count >= MIN_CLAUSE_WORDS:
        return True
    if found.explicit and count >= MIN_ATTRIBUTED_WORDS and not _name_like(words):
        return True
    if found.explicit and count == 2 and not term and _PHRASE_OF_TWO.fullmatch(words.strip()):
        return True  # said they were "cooperating fully": a phrase of theirs, no term
    sentence = opens and words.rstrip()[-1:] in {".", "!", "?"} and not words.istitle()
    return sentence and count >= MIN_ATTRIBUTED_WORDS and found.person is not None


_NAME_JOINS = frozenset({"of", "the", "and", "for", "in", "al", "el", "bin", "ibn", "de"})


def _name_like(words: str) -> bool:
    """Whether a few quoted words are a name, each capitalised but its joining words
    (“Wali of Iraq”): a term in quote marks, whatever verb is near."""
    parts = words.strip(" ,.;:!?").split()
    return parts[0][:1].isupper() and all(p[:1].isupper() or p in _NAME_JOINS for p in parts)


def _quote(doc: Document, q: Quoted, found: Attribution) -> LocalQuote:
    view = doc.repaired
    start, end = view.to_original(q.start), view.to_original(q.end - 1) + 1
    person = found.person
    return LocalQuote(
        doc=doc.id,
        start=start,
        end=end,
        text=doc.text[start:end],
        speaker=person.name if person else "",
        verb=found.verb,
        speaker_key=person.key if person else "",
        described=person.described if person else False,
    )
