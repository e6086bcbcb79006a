"""Candidate actor mentions of one document: name spans with a type and roles.

A name span becomes a candidate when the rules give it a type: an alias-table entry, an
organisation head word, a defined acronym, a country that acts, or evidence of a person
(a title, a role, an apposition, speech, a common given name, an Arabic surname).
A lone word ("al-Mamaari", "Rasool") is kept as a `surname` for later resolution.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from index.extract.actor_evidence import (
    acts,
    apposition_role,
    defined_acronym,
    is_outlet,
    is_place,
    role_before,
    speaks,
)
from index.extract.aliases import AliasTable
from index.extract.names_lexicon import COUNTRIES, DEMONYMS, GIVEN_NAMES, MONTHS_DAYS
from index.extract.names_spans import NameSpan, is_org_name, name_spans
from index.model import Document

PERSON, ORGANIZATION, COUNTRY = "person", "organization", "country"
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


def is_heading(text: str) -> bool:
    """Whether a passage is a heading: short and without closing punctuation."""
    stripped = text.strip()
    return len(stripped.split()) <= _HEADING_WORDS and not stripped.endswith((".", "”", '"', "!", "?"))


def document_candidates(
    doc: Document, aliases: AliasTable, common: frozenset[str]
) -> Iterator[Candidate]:
    """Every candidate mention in the content passages of `doc`, in text order."""
    view = doc.repaired
    for passage in doc.content_passages():
        if is_heading(doc.passage_text(passage)):
            continue
        start, end = view.to_repaired(passage.start), view.to_repaired(passage.end)
        for span in name_spans(view.text, start, end, common):
            candidate = classify(doc, span, aliases)
            if candidate is not None:
                yield candidate


def classify(doc: Document, span: NameSpan, aliases: AliasTable) -> Candidate | None:
    """The candidate a name span makes in its context, or None when it is no actor."""
    span = _trim_locative(doc.repaired.text, span, aliases)
    kind = candidate_kind(doc.repaired.text, span, aliases)
    if kind is None:
        return None
    text, view = doc.repaired.text, doc.repaired
    roles = tuple(r for r in (span.title, role_before(text, span.outer),
                              apposition_role(text, span.end)) if r)
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
    """"Joint Operations Command in Iraq" -> "Joint Operations Command", unless the whole
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
    return COUNTRY if acts(text, span.start, span.end) else None


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
