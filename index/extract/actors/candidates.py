"""Candidate actor mentions of one document: name spans with a type and roles.

A name span becomes a candidate when the rules give it a type: an alias-table entry, an
organisation head word, a defined acronym, a country that acts, or evidence of a person
(a title, a role, an apposition, speech, a common given name, an Arabic surname).
A lone word ("al-Mamaari", "Rasool") is kept as a `surname` for later resolution.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass

from index.extract.actors.cased import lowercase_candidates
from index.extract.actors.consistency import Readings, consistent, countries_established
from index.extract.actors.evidence import (
    acts,
    apposition_role,
    defined_acronym,
    fronted_role,
    is_outlet,
    is_place,
    joined_place,
    modifies,
    role_before,
    speaks,
)
from index.extract.actors.headings import heading_candidates
from index.extract.actors.national import DEMONYM_OF, Institution, institutions
from index.extract.names.aliases import AliasTable
from index.extract.names.common import english_common
from index.extract.names.keys import ACRONYM_LETTER, is_kunya
from index.extract.names.spans import (
    NameSpan,
    at_sentence_start,
    is_country_name,
    is_org_name,
    name_spans,
)
from index.extract.names.wordlists import (
    COUNTRIES,
    DEMONYMS,
    GIVEN_NAMES,
    MONTHS_DAYS,
    NON_AGENT_HEADS,
    ORG_HEADS,
    PLACE_NOUNS,
    ROLE_NOUNS,
)
from index.model import Document
from index.text.wordlists import alternation

PERSON, ORGANIZATION, COUNTRY = "person", "organization", "country"
MENTIONED = "mentioned"
"""A country named as itself without acting: an actor's mention where it acts in the article."""
SURNAME, ACRONYM = "surname", "acronym"
_HEADING_WORDS = 12
_INTRODUCTION_WORDS = 6
"""Words from which a passage ending in a colon introduces what follows ("X issued the
following statement:") rather than heading it ("Background:")."""
_LOCATIVE_TAIL = re.compile(r" in (?:the )?(\S+)$")
_STAFF = (
    "director director-general spokesman spokesperson spokeswoman chairman chairwoman "
    "chairperson ceo executive founder co-founder manager secretary-general"
).split()
"""Roles held in an organisation, not over or in a place (a governor, mayor, lawmaker or
commander is of a place, a correspondent or analyst in or of one: "Anbar governor",
"Mosul correspondent", "Gulf analyst")."""


def _role_and_name(roles: Iterable[str]) -> re.Pattern[str]:
    """After a lone name, one of `roles` in lower case (two modifiers at most before it)
    and a person's name."""
    return re.compile(
        rf"\s+(?:[a-z-]+\s+){{0,2}}(?:{alternation(list(roles))})"
        r"\s+(?:(?:[A-Z][a-z]{0,5}\.|[A-Z][a-z]+)\s+)*[A-Z][\w’'-]+"
    )


_ROLE_OF_A_NAME = _role_and_name(ROLE_NOUNS - {"figure", "source"})
"""After a lone name, a role in lower case and a person's name: the lone name says whose
or where the role is ("Anbar governor Mohammed …", "Frontex director Hans …")."""
_EMPLOYS = _role_and_name(_STAFF)
"""After a lone name, a staff role in lower case and a person's name: the name is the
organisation the role serves ("Frontex director Hans Leijtens", "Codelco chief executive
Rubén Alvarado")."""
_SECTOR_TAIL = re.compile(
    r" in (?:the )?((?:[A-Z][\w’'-]*\s+){1,3}(?:Region|Province|Governorate|Sector|District))$"
)
_FORCES = frozenset("command guards guard forces force police army service units".split())
"""Heads of forces that serve in regions and sectors ("Internal Security Command in Deir
Ezzor Province"): the region is where the force serves, not its name; a ministry's or a
directorate's region is its own ("Ministry of Interior in the Kurdistan Region")."""
_NAMED_FOR_PLACE = re.compile(r"\bMissions?$")
"""The head of an organisation whose name holds the country it works in."""
_ACRONYM_NAME = re.compile(rf"^{ACRONYM_LETTER}{{2,6}}$")
_ARTICLE_WORD = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-|^(?:Abu|Abd|Abdul|bin|ibn)$")
_GROUP_AFTER = re.compile(
    r"\s+(?:officials|spokesm[ae]n|spokesperson|spokeswoman|fighters|militants|troops"
    r"|commanders|leaders|members|personnel)\b"
    r"|\s+(?:\([^()]{1,40}\)\s+)?(?:party|bloc|alliance|coalition|movement)\b"
    r"|,\s+(?:a|an|the)\s+(?:(?!(?:of|for|in|at|with)\b)[a-z-]+\s+){0,3}"
    r"(?:group|militia|faction|movement|organi[sz]ation|network|insurgency|affiliate"
    r"|offshoot)\b"
)
"""After a name, people of an organisation ("al-Shabaab militants"), what it is ("the
Taqaddum (Progress) party", "the Fatah alliance"), or an apposition that says it is one
("al-Shabaab, the brutal terrorist group"). Not "insurgency",
"violence" or "extremists": a place stands there as often ("the Anbar insurgency")."""
_ORG_NOUN_BEFORE = re.compile(
    r"\b(?:company|agency|firm|group|organi[sz]ation|body|utility|authority|network|channel"
    r"|outlet|broadcaster|newspaper|militia|party|movement|institute|operator|edition|daily"
    r"|weekly|magazine|website|publication|station),\s+(?:the\s+)?$"
    r"|\b(?:consultancy|think[- ]tank|firm|NGO|charity)\s+$"
)
"""An organisation's noun set before a name by a comma: "its sister edition, Al-Araby
Al-Jadeed", "the militia, Kataib Hezbollah"; or one that only an organisation follows
without it: "the consultancy Karam Advisory". The name is that organisation."""
_LOCATED = re.compile(r"\b(?:in|into|near|inside|outside|across|towards?|throughout)\s+$")
_LED_BY_ROLE = re.compile(
    r"\b(?:ceo|chairman|chairwoman|head|director|president|founder|spokesman|spokeswoman"
    r"|spokesperson|member|members|leader|commander|chief|secretary-general)\s+(?:of|at)\s+the\s+\Z",
    re.IGNORECASE,
)
_PLACE_OF = re.compile(
    r"\b(?:governor|mayor|governorate|province|city|town|village|district|region|outskirts"
    r"|residents|people|north|south|east|west|MPs?|lawmakers?|representatives?)\s+(?:of|for)"
    r"\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
"""Before a lone name, a noun of which it is the place: "the governor of Anbar", "an MP
for Nineveh", "north of Baiji" (no surname is governed, nor lies north)."""
OPENER_ZIPF = 5.0
"""A lone capitalised word this frequent in English that only opens sentences is no name."""


@dataclass(frozen=True)
class Candidate:
    """A name in a document that may be an actor; offsets into the ORIGINAL text."""

    doc: str
    start: int
    end: int
    name: str
    kind: str
    roles: tuple[str, ...] = ()
    speaks: bool = False
    defines: str = ""
    canonical: str = ""


def is_heading(text: str) -> bool:
    """Whether a passage is a heading: short and without closing punctuation."""
    stripped = text.strip()
    words = len(stripped.split())
    closed = stripped.endswith((".", "”", '"', "!", "?")) or (
        stripped.endswith(":") and words >= _INTRODUCTION_WORDS
    )
    return words <= _HEADING_WORDS and not closed


def document_candidates(
    doc: Document, aliases: AliasTable, common: Container[str], home: str = ""
) -> Iterator[Candidate]:
    """Every candidate mention in the content passages of `doc`, in text order; `home`
    is the nationality the document is mostly about (`local_keys.home_demonym`)."""
    view, readings = doc.repaired, Readings()
    found: list[Candidate] = []
    headings, body = [], []
    for passage in doc.content_passages():
        start, end = view.to_repaired(passage.start), view.to_repaired(passage.end)
        if is_heading(doc.passage_text(passage)):
            headings.append((start, end))
            continue
        body.append((start, end))
        spans = name_spans(view.text, start, end, common)
        named = (classify(doc, span, aliases, readings, start, home) for span in spans)
        national = [national_candidate(doc, i) for i in institutions(view.text, start, end)]
        found.extend(_merged([c for c in named if c is not None], national))
    found = list(countries_established(consistent(found, readings), aliases))
    found = sorted([*found, *lowercase_candidates(doc, body, found, aliases)], key=_start)
    yield from found
    if headings and found:
        yield from heading_candidates(doc, headings, found)


def _start(c: Candidate) -> int:
    return c.start


def national_candidate(doc: Document, found: Institution) -> Candidate:
    """The candidate a national institution makes, in original offsets."""
    view = doc.repaired
    start, end = view.to_original(found.start), view.to_original(found.end - 1) + 1
    return Candidate(doc.id, start, end, doc.text[start:end], ORGANIZATION, canonical=found.name)


def _merged(named: list[Candidate], national: list[Candidate]) -> list[Candidate]:
    """Name candidates and national institutions in text order: a named organisation
    overlapping an institution wins ("Iraqi Army"); other names inside one yield to it
    ("Syria" in "Syria's government")."""
    kept = [
        n for n in national if not any(c.kind == ORGANIZATION and _overlap(c, n) for c in named)
    ]
    named = [c for c in named if not any(_overlap(c, n) for n in kept)]
    return sorted([*named, *kept], key=lambda c: c.start)


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def classify(
    doc: Document,
    span: NameSpan,
    aliases: AliasTable,
    readings: Readings,
    floor: int = 0,
    home: str = "",
) -> Candidate | None:
    """The candidate a name span makes in its context, or None when it is no actor;
    what the span shows of its name is added to `readings`."""
    span = _trim_locative(doc.repaired.text, span, aliases)
    text, view = doc.repaired.text, doc.repaired
    if span.name.count(" ") < 2 and _LOCATED.search(text, max(0, span.start - 12), span.start):
        readings.places.add(span.name)
    if " " not in span.name and _opens(text, span, floor):
        readings.openers.add(view.to_original(span.start))
    kind = candidate_kind(text, span, aliases)
    if kind is None:
        return None
    before = span.outer if span.outer >= 0 else span.start
    roles = tuple(
        r
        for r in (
            span.title,
            role_before(text, span.outer),
            apposition_role(text, span.end),
            fronted_role(text, before, span.end),
        )
        if r
    )
    national = _owner_nationality(text, span, aliases, home) if kind == ORGANIZATION else None
    return Candidate(
        doc=doc.id,
        start=view.to_original(span.start),
        end=view.to_original(span.end - 1) + 1,
        name=f"{national} {span.name}" if national else span.name,  # "Syria’s Interior Ministry"
        kind=PERSON if kind == SURNAME and roles else kind,
        roles=roles if kind in {PERSON, SURNAME} else (),
        speaks=speaks(text, span.start, span.end),
        defines=defined_acronym(text, span.end, span.name),
    )


_HONORIFICS = frozenset({"Excellency", "Eminence", "Highness", "Majesty", "Holiness"})
"""Honorifics that stand for someone ("His Excellency listened"), never a name."""
_PLATFORMS = frozenset(
    {"Telegram", "Twitter", "Facebook", "WhatsApp", "YouTube", "Instagram", "TikTok", "Signal"}
)
"""Where statements are posted ("in a post on Telegram"): no one who speaks."""
_OWNER_BEFORE = re.compile(r"\b([A-Z]\w+)[’']s\s+$")


def _owner_nationality(text: str, span: NameSpan, aliases: AliasTable, home: str) -> str | None:
    """The nationality of a country owning the institution named next, where the alias
    table writes that institution as another country's ("Syria’s Interior Ministry" is
    not the table's "Iraqi Ministry of Interior": it is read "Syrian Interior
    Ministry"); None for the article's own country and for any other name ("Syria's
    Hayat Tahrir al-Sham" stays itself)."""
    owner = _OWNER_BEFORE.search(text, max(0, span.start - 20), span.start)
    national = DEMONYM_OF.get(owner.group(1)) if owner else None
    entry = aliases.lookup(span.name) if national and national != home else None
    if entry is None:
        return None
    written = {name.split()[0] for name in entry.names() if " " in name}
    return national if written & set(DEMONYM_OF.values()) - {national} else None


EMPLOYER_ZIPF = 4.0
"""A word this frequent in English that opens a sentence before a role ("Opposition
leader Raila Odinga") is the role's word, not the name of whom it serves."""


def _opens(text: str, span: NameSpan, floor: int, zipf: float = OPENER_ZIPF) -> bool:
    """Whether a lone name is an English word at least `zipf` frequent opening a sentence."""
    common = span.name.lower() in english_common(zipf)
    return common and at_sentence_start(text, span.start, floor)


def _trim_locative(text: str, span: NameSpan, aliases: AliasTable) -> NameSpan:
    """ "Joint Operations Command in Iraq" (or "in Baghdad", its capital) -> "Joint
    Operations Command", unless the whole is a known name or defines an acronym."""
    match = _LOCATIVE_TAIL.search(span.name)
    sector = _SECTOR_TAIL.search(span.name)
    if sector is not None and span.name[: sector.start()].split()[-1].lower() in _FORCES:
        match = sector  # "Border Guards in the Second Region": the force, in one sector
    elif not match or not _is_country(match.group(1), aliases):
        return span
    if aliases.lookup(span.name):
        return span
    if defined_acronym(text, span.end, span.name) or _NAMED_FOR_PLACE.search(
        span.name, 0, match.start()
    ):
        return span  # "African Union Mission in Somalia": a mission is named for its country
    end = span.start + match.start()
    return NameSpan(span.start, end, text[span.start : end], span.title, span.outer)


def _is_country(name: str, aliases: AliasTable) -> bool:
    """A country's name, or its capital's, as the alias table writes it ("Baghdad")."""
    if is_country_name(name):
        return True
    entry = aliases.lookup(name)
    return entry is not None and entry.type == COUNTRY


def candidate_kind(text: str, span: NameSpan, aliases: AliasTable) -> str | None:
    """The type the rules give a name span: person, organization, country, ... or None."""
    name, entry = span.name, aliases.lookup(span.name)
    if name in DEMONYMS or name in MONTHS_DAYS or name in _HONORIFICS or name in _PLATFORMS:
        return None
    if entry is not None:  # "World Food Programme" acts, though a programme mostly does not
        return _country_if_acting(text, span) if entry.type == COUNTRY else entry.type
    if name.split()[-1].lower() in NON_AGENT_HEADS:
        return None
    if is_org_name(name) or is_outlet(text, span.end) or defined_acronym(text, span.end, name):
        return ORGANIZATION
    if name.replace(" ", "-") in COUNTRIES:
        return _country_if_acting(text, span)
    definite = text.endswith("the ", 0, span.start)
    led = definite and _LED_BY_ROLE.search(text, max(0, span.start - 40), span.start)
    if led or _GROUP_AFTER.match(text, span.end):
        return ORGANIZATION
    if _ACRONYM_NAME.match(name):
        return ORGANIZATION if _acronym_acts(text, span) else ACRONYM
    if _ORG_NOUN_BEFORE.search(text, max(0, span.start - 40), span.start):
        return ORGANIZATION
    if " " not in name and _ROLE_OF_A_NAME.match(text, span.end):
        if _EMPLOYS.match(text, span.end) and not _opens(text, span, 0, EMPLOYER_ZIPF):
            return ORGANIZATION  # "Frontex director Hans Leijtens": Frontex employs him
        return None  # "Anbar governor Mohammed …": the role's place, no one who speaks
    kind = _person_kind(text, span)
    if kind is None and _person_like(name) and _affiliated(text, span.end, aliases):
        return PERSON  # "Shilan Aziz Doski (Kurdistan Democratic Party, Duhok) raised …"
    return kind


_NOT_IN_NAMES = PLACE_NOUNS | ORG_HEADS | {"field", "dam"}


def _person_like(name: str) -> bool:
    """Whether a name could be someone's: a given name and more, or three words or more,
    none a place's or an organisation's noun ("Kirkuk Oil Field", "Ain Issa" are not)."""
    words = name.split()
    if len(words) < 2 or (len(words) < 3 and words[0] not in GIVEN_NAMES):
        return False
    return not any(w.lower() in _NOT_IN_NAMES for w in words)


_AFFILIATION = re.compile(r"\s*\(([A-Z][^(),;]{1,60}?)(?:,\s*[A-Z][\w’' -]{1,30})?\)")
"""A bracket after a name holding an organisation, and maybe a place: the party and the
province of a member of parliament, the faction of a commander."""


def _affiliated(text: str, end: int, aliases: AliasTable) -> bool:
    """Whether a bracket after a name gives the organisation its bearer belongs to."""
    found = _AFFILIATION.match(text, end)
    if found is None:
        return False
    inside = found.group(1).strip()
    entry = aliases.lookup(inside)
    return entry.type == ORGANIZATION if entry is not None else is_org_name(inside)


def _acronym_acts(text: str, span: NameSpan) -> bool:
    """An acronym acting, speaking, or in apposition to an organisation noun."""
    if acts(text, span.start, span.end) or speaks(text, span.start, span.end):
        return True
    return bool(_ORG_NOUN_BEFORE.search(text, max(0, span.start - 40), span.start))


def _country_if_acting(text: str, span: NameSpan) -> str | None:
    """COUNTRY where the country acts; MENTIONED where it is named as itself, not as a
    place ("in Iraq", "Syria's border region") nor by its capital; else None."""
    if acts(text, span.start, span.end):
        return COUNTRY
    if span.name.replace(" ", "-") not in COUNTRIES or modifies(text, span.end):
        return None
    return MENTIONED


_NUMBERED = re.compile(r"[ \t]+\d+\b(?![.,]\d)")
_NAMED_AS = re.compile(
    r"\b(?:(?:gives?|gave|giving)\s+(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as"
    r"|identified\s+(?:himself|herself)\s+(?:only\s+)?as|goes\s+by(?:\s+the\s+name)?)\s+$"
)
"""Someone who gives one name ("a fighter who gives his name only as Zerdeşt")."""
_ROLE_APPOSED = re.compile(rf"\b(?:{alternation(sorted(ROLE_NOUNS))}),\s+$", re.IGNORECASE)
"""A role set before a name by a comma: the name is the person who holds it."""
_AGED = re.compile(r",\s*\d{1,3},\s+(?:who|a|an|the|said|says|told|has|had|is|was)\b")
"""A name with the person's age set after it: someone, even by one name ("Fatima, 34,
who returned")."""
_AGED_NAME = re.compile(r",\s*\d{1,3},\s+(?!and\b|or\b|in\b)[a-z]")
"""A name of several words with an age set after it and the sentence going on ("found
Khudair Abbas Hamad, 58, guilty"); a list of places with counts goes on with a name
("Salah al-Din, 14, Kirkuk, 9")."""
_KUNYA_PLACES = frozenset({"Abu Kamal", "Albu Kamal", "Abu Ghraib", "Abu Dhabi", "Abu Dis"})
"""Places named as a kunya is ("Abu Kamal" on the Iraqi–Syrian border): no one."""


def _kunya(words: list[str]) -> bool:
    """Whether two words are a kunya ("Abu Omar", "Umm Ali"): father or mother of a given
    name, and not a place so named."""
    return (
        is_kunya(" ".join(words))
        and words[1] in GIVEN_NAMES
        and " ".join(words) not in _KUNYA_PLACES
    )


def _person_kind(text: str, span: NameSpan) -> str | None:
    words = span.name.split()
    if _NUMBERED.match(text, span.end):
        return None  # "Camp 4", "Jeddah 1": a place's or a unit's label, no one
    if len(words) == 1:  # a lone name standing as a place is no surname ("in al-Qaim")
        placed = _PLACE_OF.search(text, max(0, span.start - 40), span.start)
        if placed or is_place(text, span.start, span.end):
            return None
        named_as = _NAMED_AS.search(text, max(0, span.start - 50), span.start)
        return PERSON if _AGED.match(text, span.end) or named_as else SURNAME  # "Fatima, 34,"
    if span.title or role_before(text, span.outer) or apposition_role(text, span.end):
        return PERSON
    if _AGED_NAME.match(text, span.end):
        return PERSON  # "found Khudair Abbas Hamad, 58, guilty"
    if _ROLE_APPOSED.search(text, max(0, span.start - 40), span.start):
        return PERSON  # "The district's mayor, Khalaf Hassan Murad, works …"
    if words[0] in GIVEN_NAMES or _kunya(words):
        return None if joined_place(text, span.start, span.end) else PERSON
    structural = any(_ARTICLE_WORD.search(w) for w in words[1:])
    if (structural or speaks(text, span.start, span.end)) and not is_place(
        text, span.start, span.end
    ):
        return PERSON
    return None
