"""The narrative around quotations: sentences outside quotes, and who each one is about.

A pronoun ("he noted") or a definite description ("the official") names the subject of
the latest sentence that has a person in it; `SubjectTrail` records those subjects in
text order so an attribution can look back.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from index.extract.names.wordlists import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, ROLE_NOUNS
from index.extract.quotes.marks import SAID_NAME, Quoted
from index.text.sentences import sentence_starts
from index.text.wordlists import SPEECH_VERBS, alternation

_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|(?:His|Her)\s+Excellency)\b")
"""Words that stand for the subject before them: a pronoun, or the honorific an official
is called by after being named ("His Excellency the Governor of Anbar, Mr. …")."""
PEOPLE_NOUNS = (
    frozenset(
        """man woman men women driver trucker resident farmer shepherd villager fighter worker
    mother father son daughter child boy girl refugee returnee trader merchant smuggler
    student teacher nurse guard conscript veteran survivor witness elder mukhtar vendor
    owner widow""".split()
    )
    | ROLE_NOUNS
)
"""Nouns of people: a description holding one ("a driver from Ramadi") names someone."""
_SOMEONE_FIRST = re.compile(
    rf"\s*(?P<np>An?\s+(?:[\w’'-]+\s+){{0,4}}?(?:{alternation(sorted(PEOPLE_NOUNS))})"
    r"(?:\s+(?:from|in|of|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)\b"
)
"""A sentence of speech opening with someone described, and naming no one ("A
19-year-old conscript from Basra, posted near …, told me …"): its subject."""
SPEECH = re.compile(rf"(?<![\w-])(?:{alternation(SPEECH_VERBS)})\b")
"""A speech verb, as a word of its own."""
_PUT_IT = re.compile(r"\bput(?:s|ting)?\s+it\s+(?:\w+ly|simply|this\s+way|so)\b")
"""A sentence of speech by its idiom: "put it bluntly", "as one officer put it so"."""
_ANOTHER = re.compile(
    r"\b(?:[Aa]nother|a\s+(?:second|third|fourth|fifth))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:official|source|officer|diplomat|commander|lawmaker|resident|analyst|person)\b"
)
"""A new anonymous voice, marked as another one ("confirmed by another official, who …,
but he said …", "according to a second source"): what a "he" after it stands for."""
_STATEMENT = re.compile(
    r"\b(?:released|issued|published|put\s+out|delivered|gave)\s+(?:(?:the|a|an|this|his|her"
    r"|its|their|following|below|brief|short|written|joint|new)\s+){0,3}statements?\b"
)
"""A sentence that gives a statement as speech: "X released the below statement:"."""


@dataclass(frozen=True)
class Person:
    """A resolved speaker: display name, local actor key, type, and whether the name is a
    description ("the ISW report") that keeps its words whatever actor the key becomes."""

    name: str
    key: str = ""
    is_person: bool = True
    described: bool = False
    organisation: bool = False


@dataclass(frozen=True)
class Named:
    """An actor mention in repaired coordinates."""

    start: int
    end: int
    person: Person


def masked(text: str, start: int, end: int, quotes: Sequence[Quoted]) -> str:
    """`text[start:end]` with quoted words blanked to "x", so offsets stay put; a full
    stop (or ! or ?) that ends the quoted words stays, as it ends the sentence too when
    the narrative goes on after the closing mark ("…seen.” Hamdan was unconvinced.")."""
    chars = list(text[start:end])
    for q in quotes:
        for i in range(max(q.start, start), min(q.end, end)):
            chars[i - start] = "x"
        last = q.end - 1
        if start <= last < end and text[last] in ".!?" and _NARRATIVE_AFTER.match(text, q.end):
            chars[last - start] = text[last]
    return "".join(chars)


_NARRATIVE_AFTER = re.compile(r"[”\"’']\s+[A-Z]")
"""A closing mark and a new sentence of the narrative after a quotation's last stop."""


@dataclass
class SubjectTrail:
    """Subjects of sentences in text order: (position, person)."""

    positions: list[int] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)

    def add(self, position: int, person: Person) -> None:
        """Record that the narrative is about `person` from `position` on."""
        i = bisect_left(self.positions, position)
        self.positions.insert(i, position)
        self.people.insert(i, person)

    def before(self, position: int, pronoun: str = "") -> Person | None:
        """The subject in force just before `position`; for "he" or "she", the latest of
        the last few subjects whose name does not say the other sex ("The presenter, Rana
        Sabah, pressed him: … “…,” he replied" is not hers), else the latest."""
        i = bisect_left(self.positions, position)
        other = {"he": "f", "she": "m"}.get(pronoun.lower(), "")
        if other:
            for person in reversed(self.people[max(0, i - GENDER_REACH) : i]):
                if sex(person) != other:
                    return person
        return self.people[i - 1] if i else None


GENDER_REACH = 4
"""Subjects a pronoun looks back over for one of its sex."""
_WOMEN = frozenset("woman mother daughter girl widow sister wife grandmother".split())
_MEN = frozenset("man father son boy brother husband grandfather".split())


def sex(person: Person) -> str:
    """ "f" or "m" where a person's given name or description says it, else ""."""
    words = person.name.replace(",", " ").split()
    if not words or not (person.is_person or person.described):
        return ""
    if person.described:
        nouns = {w.lower() for w in words}
        return "f" if nouns & _WOMEN else "m" if nouns & _MEN else ""
    if words[0] in FEMALE_GIVEN_NAMES:
        return "f"
    return "m" if words[0] in MALE_GIVEN_NAMES else ""


def sentence_subjects(
    plain: str, offset: int, named: Sequence[Named], starts: Sequence[int] = ()
) -> Iterator[tuple[int, Person | None, str]]:
    """For each sentence, where its first person or pronoun stands (None for a pronoun),
    and the pronoun ("" for a person).

    `starts` are the sentence starts of `plain` (`sentence_starts`), found when not given.
    """
    bounds = [*(starts or sentence_starts(plain, offset)), offset + len(plain)]
    for s, e in pairwise(bounds):
        people = [n for n in named if s <= n.start < e and n.person.is_person]
        pronoun = _PRONOUN.search(plain, s - offset, e - offset)
        first = people[0] if people else None
        if pronoun and first and _honours(plain[pronoun.start() : first.start - offset]):
            pronoun = None  # "His Excellency the Governor of Anbar, Mr. X": X's honorific
        sentence = (plain, s - offset, e - offset)
        someone = _SOMEONE_FIRST.match(*sentence) if first is None else None
        another = _ANOTHER.search(*sentence) if first is None else None
        if someone is not None and (SPEECH.search(*sentence) or _PUT_IT.search(*sentence)):
            yield s, Person(someone.group("np"), "", False, described=True), ""
        elif another is not None and (pronoun is None or another.start() < pronoun.start()):
            yield offset + another.start(), Person(another.group(), "", False, described=True), ""
        elif pronoun and (first is None or offset + pronoun.start() < first.start):
            yield offset + pronoun.start(), None, pronoun.group()
        elif first is not None:
            yield first.start, first.person, ""


def _honours(words: str) -> bool:
    """Whether an honorific and the titles after it stand right before a name ("His
    Excellency the Governor of Anbar, Mr. "), rather than open a clause of their own."""
    if not words.startswith(("His Excellency", "Her Excellency")):
        return False
    joins = {"the", "of", "and", "for"}
    return all(w[:1].isupper() or w in joins or w in ROLE_NOUNS for w in words.split())


def fill_trail(trail: SubjectTrail, subjects: Iterator[tuple[int, Person | None, str]]) -> None:
    """Add subjects to the trail, a pronoun standing for the subject before it."""
    for position, person, pronoun in subjects:
        resolved = person or trail.before(position, pronoun)
        if resolved is not None:
            trail.add(position, resolved)


def speech_subjects(
    plain: str, offset: int, named: Sequence[Named], starts: Sequence[int]
) -> list[tuple[int, Person]]:
    """The speaker of each sentence of `plain` that has a speech verb, or gives a
    statement ("released the following statement:"): the person the verb names right
    after it ("…, said Acting Secretary Chad Wolf."), else the sentence's first person."""
    bounds = [*starts, offset + len(plain)]
    found = []
    for s, e in pairwise(bounds):
        people = [n for n in named if s <= n.start < e and n.person.is_person]
        sentence = (plain, s - offset, e - offset)
        verb = SPEECH.search(*sentence)
        if people and (verb or _STATEMENT.search(*sentence) or _PUT_IT.search(*sentence)):
            said = verb.end() + offset if verb else e
            after = [n for n in people if said <= n.start <= said + _NAMED_AFTER]
            speaker = (
                after[0] if after and verb and SAID_NAME.match(plain, verb.start()) else people[0]
            )
            found.append((speaker.start, speaker.person))
        elif not people and (verb or _PUT_IT.search(*sentence)):
            someone = _SOMEONE_FIRST.match(*sentence)  # "A senior officer … put it bluntly."
            if someone is not None:
                found.append((s, Person(someone.group("np"), "", False, described=True)))
    return found


_NAMED_AFTER = 60
"""Characters after a speech verb within which the name it introduces starts (after its
titles: "said Acting Deputy Secretary Ken Cuccinelli")."""
