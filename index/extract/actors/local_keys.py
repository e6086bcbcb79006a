"""Within one document, which candidate mentions name the same actor.

Each candidate gets a key: `T:<canonical>` for alias-table entries, `O:<key>` for other
organisations and countries, `P:<doc>:<n>` for a person, `S:<key>` for a lone surname with
no antecedent (resolved across documents later). A surname goes to the NEAREST PRECEDING
person with that surname, so two people who share one stay apart; once a surname alone
has named someone, it goes on naming them (a writer calls a namesake met later by his
full or given name: "Rawi says ... his brother, Ammar al-Rawi ... Rawi said").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from index.extract.actors.candidates import (
    COUNTRY,
    ORGANIZATION,
    PERSON,
    SURNAME,
    Candidate,
)
from index.extract.actors.national import DEMONYM_OF
from index.extract.names.aliases import AliasEntry, AliasTable
from index.extract.names.keys import (
    close_spellings,
    given_key,
    given_spelling,
    is_kunya,
    spelling,
    surname_key,
    surname_spelling,
    translit_key,
    word_key,
)
from index.extract.names.wordlists import DEMONYMS, ORG_HEADS, UNIQUE_INSTITUTIONS
from index.text.wordlists import alternation

COUNTRY_DEMONYMS = frozenset(DEMONYM_OF.values())
"""The nationalities of countries ("Syrian"; not "Kurdish")."""

_ALIAS_LINK = re.compile(
    r"(?:,|\s)\s*(?:formerly(?: known as)?|(?:also |widely |commonly )?known"
    r"(?: (?:to|among|in) (?:the )?[a-z]+(?: [a-z]+)?)? as|a\.k\.a\.?|aka"
    r"|better known as|nicknamed|also called"
    r"|previously known as|once known as|by (?:his|her|its) "
    r"(?:old |former |real |original )?(?:nom de guerre|name|alias|kunya))[,:]?\s+"
)
_LINK_GAP = 12
LONE_SURNAME = "S:"
"""Prefix of the key of a lone surname with no antecedent in its document."""


@dataclass
class LocalKeys:
    """Running state of key assignment in one document."""

    doc: str
    persons: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    """(key, given-name key, surname key, given name's and surname's `spelling`)."""
    names: dict[str, str] = field(default_factory=dict)
    home: str = ""
    """The nationality the document is mostly about (see `assign_keys`)."""
    surnamed: list[tuple[str, str, str]] = field(default_factory=list)
    """(key, surname key, surname's `spelling`) of each person a lone surname named."""
    kunyas: set[str] = field(default_factory=set)
    """Keys of people named by a kunya alone ("Abu Yasser"), whom a lone "Yasser" is not."""
    orgs: list[tuple[str, str]] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)

    def new_person(self, name: str) -> str:
        """A fresh person key, remembered with its given-name and surname keys."""
        key = f"P:{self.doc}:{len(self.persons)}"
        if is_kunya(name):
            self.kunyas.add(key)
        self.persons.append(
            (key, given_key(name), surname_key(name), given_spelling(name), surname_spelling(name))
        )
        return key


def assign_keys(
    candidates: Sequence[Candidate], aliases: AliasTable, home: str = ""
) -> list[tuple[Candidate, str]]:
    """Each candidate of one document with its local key; unresolvable ones left out.

    `home` is the nationality the document is mostly about (`home_demonym`): its
    institutions are named without it too ("Iraqi Interior Ministry" = "Interior
    Ministry"), another country's never are ("Syrian Interior Ministry")."""
    if not candidates:
        return []
    state = LocalKeys(candidates[0].doc, home=home)
    keyed = [(c, _key(c, aliases, state)) for c in candidates]
    for c, key in keyed:
        if c.defines and key:
            state.acronyms[c.defines] = key
    resolved = ((c, state.acronyms.get(c.name) or k) for c, k in keyed)
    return [(c, k) for c, k in resolved if k]


def _key(c: Candidate, aliases: AliasTable, state: LocalKeys) -> str:
    if c.canonical:
        state.orgs.append(("O:" + translit_key(c.canonical), c.canonical))
        return state.orgs[-1][0]
    entry = aliases.lookup(c.name)
    if c.kind in {PERSON, SURNAME}:
        return _person_key(c, state, entry.name if entry else "")
    bare = org_name(c.name, state.home)
    if entry is None and bare != c.name:
        entry = _of_nationality(aliases.lookup(bare), c.name.split()[0])
    if entry is not None:
        return "T:" + entry.name
    if c.kind not in {ORGANIZATION, COUNTRY}:
        return ""
    if bare.lower() in ORG_HEADS:
        return _org_antecedent(bare, state) or _institution_name(c, bare, state)
    key = "O:" + translit_key(bare)
    state.names.setdefault(translit_key(bare), key)
    state.orgs.append((key, bare))
    return key


def _of_nationality(entry: AliasEntry | None, demonym: str) -> AliasEntry | None:
    """`entry`, unless the alias table writes it with another nationality than `demonym`
    ("Ministry of Interior", written "Iraqi Ministry of Interior", is no Syrian one)."""
    if entry is None:
        return None
    written = {name.split()[0] for name in entry.names() if " " in name}
    others = (written & COUNTRY_DEMONYMS) - {demonym}
    return None if others else entry


def org_name(name: str, home: str = "") -> str:
    """An organisation's name without a leading nationality, unless it is the nationality
    of another country than `home` (when one is given).

    "Iraqi Armed Forces" -> "Armed Forces"; with home "Iraqi", "Syrian Interior Ministry"
    stays whole.
    """
    words = name.split()
    if len(words) < 3 or words[0] not in DEMONYMS:
        return name
    foreign = home and words[0] != home and words[0] in COUNTRY_DEMONYMS
    return name if foreign else " ".join(words[1:])


_HOME = re.compile(rf"\b(?:{alternation(sorted([*DEMONYM_OF, *DEMONYM_OF.values()]))})\b")


def home_demonym(text: str) -> str:
    """The nationality of the country `text` names most, by name or nationality ("" when
    it names none)."""
    counts = Counter(DEMONYM_OF.get(word, word) for word in _HOME.findall(text))
    return counts.most_common(1)[0][0] if counts else ""


def _org_antecedent(head: str, state: LocalKeys) -> str:
    """ "the Ministry" stands for the nearest preceding organisation headed by "Ministry"
    (one whose last word it is, else one it is a word of)."""
    word = head.lower()
    for key, name in reversed(state.orgs):
        if name.lower().split()[-1] == word:
            return key
    for key, name in reversed(state.orgs):
        if word in name.lower().split():
            return key
    return ""


def _institution_name(c: Candidate, head: str, state: LocalKeys) -> str:
    """A lone head with no antecedent that names a unique institution ("Congress")."""
    if head.lower() not in UNIQUE_INSTITUTIONS:
        return ""
    key = "O:" + translit_key(head)
    state.orgs.append((key, head))
    return key


def _person_key(c: Candidate, state: LocalKeys, canonical: str) -> str:
    antecedent = _antecedent(c.name, state)
    if antecedent:
        return antecedent
    if canonical:
        return "T:" + canonical
    if c.kind == SURNAME and translit_key(c.name) in state.names:
        return state.names[translit_key(c.name)]
    if c.kind == SURNAME or " " not in c.name:  # "Sheikh Nawaf": Nawaf Daham al-Aslan
        written = spelling(c.name)
        bearers = {
            k
            for k, given, _, first, _ in state.persons
            if given == word_key(c.name) and close_spellings(first, written)
        }
        if len(bearers) == 1:
            return bearers.pop()
    if c.kind == SURNAME and not c.speaks:
        return "S:" + spelling(c.name)  # Hassan and Hussein alone are two keys
    key = state.new_person(c.name)
    state.names.setdefault(translit_key(c.name), key)
    return key


def _antecedent(name: str, state: LocalKeys) -> str:
    given, surname = given_key(name), surname_key(name)
    written, first = surname_spelling(name), given_spelling(name)
    if not given:
        for key, other_surname, other_written in state.surnamed:
            if other_surname == surname and close_spellings(written, other_written):
                return key
        key = _nearest_bearer(given, surname, written, first, state)
        if key:
            state.surnamed.append((key, surname, written))
        return key
    return _nearest_bearer(given, surname, written, first, state)


def _nearest_bearer(given: str, surname: str, written: str, first: str, state: LocalKeys) -> str:
    """The person named last who fits a name of given-name and surname keys `given` and
    `surname`, spelt `first` and `written`."""
    for key, other_given, other_surname, other_first, other_written in reversed(state.persons):
        if other_surname != surname or not close_spellings(written, other_written):
            continue  # one skeleton, two names: Hassan is not Fuad Hussein
        if not given and key in state.kunyas:
            continue  # Yasser alone is not Abu Yasser, "father of Yasser"
        if not given or not other_given:
            return key
        if given == other_given and close_spellings(first, other_first):
            return key  # (Mohammed Sabri is not Mahmoud Sabri)
    return ""


def stated_links(text: str, keyed: Sequence[tuple[Candidate, str]]) -> Iterator[tuple[str, str]]:
    """Key pairs the text itself says are one actor: "X, formerly Y", "X, also known as Y"."""
    for match in _ALIAS_LINK.finditer(text):
        left = _nearest(keyed, _ending_near(match.start()))
        right = _nearest(keyed, _starting_at(match.end()))
        if left and right and left != right:
            yield left, right


def _ending_near(at: int) -> Callable[[Candidate], bool]:
    return lambda c: 0 <= at - c.end <= _LINK_GAP + 8


def _starting_at(at: int) -> Callable[[Candidate], bool]:
    return lambda c: c.start == at


def _nearest(keyed: Sequence[tuple[Candidate, str]], near: Callable[[Candidate], bool]) -> str:
    found = [k for c, k in keyed if near(c)]
    return found[-1] if found else ""
