"""Candidate actor mentions of one document: name spans with a type and roles.

A name span becomes a candidate when the rules give it a type: an alias-table entry, an
organisation head word, a defined acronym, a country that acts, or evidence of a person
(a title, a role, an apposition, speech, a common given name, an Arabic surname).
A lone word ("al-Mamaari", "Rasool") is kept as a `surname` for later resolution.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass, replace

from index.extract.actors.evidence import (
    acts,
    apposition_role,
    defined_acronym,
    is_outlet,
    is_place,
    role_before,
    speaks,
)
from index.extract.actors.national import Institution, institutions
from index.extract.names.aliases import AliasTable
from index.extract.names.spans import NameSpan, is_org_name, name_spans
from index.extract.names.wordlists import COUNTRIES, DEMONYMS, GIVEN_NAMES, MONTHS_DAYS
from index.model import Document

PERSON, ORGANIZATION, COUNTRY = "person", "organization", "country"
MENTIONED = "mentioned"
"""A country named without acting: an actor's mention only where the country acts elsewhere."""
SURNAME, ACRONYM = "surname", "acronym"
_HEADING_WORDS = 12
_LOCATIVE_TAIL = re.compile(r" in (?:the )?(\S+)$")
_ACRONYM_NAME = re.compile(r"^(?:[A-Z]\.?){2,6}$")
_ARTICLE_WORD = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-|^(?:Abu|Abd|Abdul|bin|ibn)$")


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
    closed = stripped.endswith((".", "”", '"', "!", "?"))
    return len(stripped.split()) <= _HEADING_WORDS and not closed


def document_candidates(
    doc: Document, aliases: AliasTable, common: Container[str]
) -> Iterator[Candidate]:
    """Every candidate mention in the content passages of `doc`, in text order."""
    view = doc.repaired
    found: list[Candidate] = []
    for passage in doc.content_passages():
        if is_heading(doc.passage_text(passage)):
            continue
        start, end = view.to_repaired(passage.start), view.to_repaired(passage.end)
        named = (classify(doc, span, aliases) for span in name_spans(view.text, start, end, common))
        national = [_institution(doc, i) for i in institutions(view.text, start, end)]
        found.extend(_merged([c for c in named if c is not None], national))
    yield from _countries_established(found, aliases)


def _countries_established(found: list[Candidate], aliases: AliasTable) -> Iterator[Candidate]:
    """Candidates with each merely mentioned country kept, as a country, only when the
    same country acts somewhere in the document."""
    acting = {_country_key(c.name, aliases) for c in found if c.kind == COUNTRY}
    for c in found:
        if c.kind != MENTIONED:
            yield c
        elif _country_key(c.name, aliases) in acting:
            yield replace(c, kind=COUNTRY)


def _country_key(name: str, aliases: AliasTable) -> str:
    entry = aliases.lookup(name)
    return entry.name if entry is not None else name


def _institution(doc: Document, found: Institution) -> Candidate:
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


def classify(doc: Document, span: NameSpan, aliases: AliasTable) -> Candidate | None:
    """The candidate a name span makes in its context, or None when it is no actor."""
    span = _trim_locative(doc.repaired.text, span, aliases)
    kind = candidate_kind(doc.repaired.text, span, aliases)
    if kind is None:
        return None
    text, view = doc.repaired.text, doc.repaired
    roles = tuple(
        r for r in (span.title, role_before(text, span.outer), apposition_role(text, span.end)) if r
    )
    return Candidate(
        doc=doc.id,
        start=view.to_original(span.start),
        end=view.to_original(span.end - 1) + 1,
        name=span.name,
        kind=PERSON if kind == SURNAME and roles else kind,
        roles=roles if kind in {PERSON, SURNAME} else (),
        speaks=speaks(text, span.start, span.end),
        defines=defined_acronym(text, span.end, span.name),
    )


def _trim_locative(text: str, span: NameSpan, aliases: AliasTable) -> NameSpan:
    """ "Joint Operations Command in Iraq" -> "Joint Operations Command", unless the whole
    is a known name or defines an acronym."""
    match = _LOCATIVE_TAIL.search(span.name)
    if not match or match.group(1) not in COUNTRIES or aliases.lookup(span.name):
        return span
    if defined_acronym(text, span.end, span.name):
        return span
    end = span.start + match.start()
    return NameSpan(span.start, end, text[span.start : end], span.title, span.outer)


def candidate_kind(text: str, span: NameSpan, aliases: AliasTable) -> str | None:
    """The type the rules give a name span: person, organization, country, ... or None."""
    name, entry = span.name, aliases.lookup(span.name)
    if name in DEMONYMS or name in MONTHS_DAYS:
        return None
    if entry is not None:
        return _country_if_acting(text, span) if entry.type == COUNTRY else entry.type
    if is_org_name(name) or is_outlet(text, span.end) or defined_acronym(text, span.end, name):
        return ORGANIZATION
    if name.replace(" ", "-") in COUNTRIES:
        return _country_if_acting(text, span)
    if _ACRONYM_NAME.match(name):
        return ACRONYM
    return _person_kind(text, span)


def _country_if_acting(text: str, span: NameSpan) -> str | None:
    """COUNTRY where the country acts; MENTIONED where it is named as itself, not as a
    place ("in Iraq", "Syria's border region") nor by its capital; else None."""
    if acts(text, span.start, span.end):
        return COUNTRY
    if span.name.replace(" ", "-") not in COUNTRIES:
        return None
    return MENTIONED


def _person_kind(text: str, span: NameSpan) -> str | None:
    words = span.name.split()
    if len(words) == 1:
        return SURNAME
    if span.title or role_before(text, span.outer) or apposition_role(text, span.end):
        return PERSON
    if words[0] in GIVEN_NAMES:
        return PERSON
    structural = any(_ARTICLE_WORD.search(w) for w in words[1:])
    if (structural or speaks(text, span.start, span.end)) and not is_place(
        text, span.start, span.end
    ):
        return PERSON
    return None
