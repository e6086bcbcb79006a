"""One reading of a name per article: what the article shows a name to be holds for every
mention of it there.

A name the article shows to be an organisation (it acts, speaks, or heads a group:
"the NDMA said", "Frontex officials") is an organisation wherever the article writes it;
a name the article uses as a location ("in Valparaiso") is no person on weak evidence
elsewhere in it; a lone capitalised common word that only opens sentences ("Media
reports said") is no name unless the article names someone by it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from index.extract.names.wordlists import GIVEN_NAMES

if TYPE_CHECKING:
    from index.extract.actors.candidates import Candidate
    from index.extract.names.aliases import AliasTable

ORGANIZATION, SURNAME, ACRONYM, PERSON = "organization", "surname", "acronym", "person"


@dataclass
class Readings:
    """What an article shows of its names, gathered while its spans are classified."""

    places: set[str] = field(default_factory=set)
    """Names the article uses as locations."""
    openers: set[int] = field(default_factory=set)
    """Starts of lone, common English words that open a sentence."""


def consistent(found: list[Candidate], readings: Readings) -> list[Candidate]:
    """`found` (in text order) with each name read one way in the article."""
    orgs = {c.name for c in found if c.kind == ORGANIZATION}
    words = {w for c in found if c.kind == PERSON and " " in c.name for w in c.name.split()}
    kept = []
    for c in found:
        if c.kind in {SURNAME, ACRONYM} and c.name in orgs:
            c = replace(c, kind=ORGANIZATION)
        elif c.kind == SURNAME and not c.roles:
            if c.name in readings.places or (c.start in readings.openers and c.name not in words):
                continue
        elif c.kind == PERSON and not c.roles and c.name in readings.places:
            if c.name.split()[0] not in GIVEN_NAMES:
                continue
        kept.append(c)
    return kept


def countries_established(found: list[Candidate], aliases: AliasTable) -> Iterator[Candidate]:
    """Candidates with each country named as itself kept, as a country, where the same
    country acts somewhere in the article (`evidence.acts`)."""
    acting = {_country_key(c.name, aliases) for c in found if c.kind == "country"}
    for c in found:
        if c.kind != "mentioned":
            yield c
        elif _country_key(c.name, aliases) in acting:
            yield replace(c, kind="country")


def _country_key(name: str, aliases: AliasTable) -> str:
    entry = aliases.lookup(name)
    return entry.name if entry is not None else name
