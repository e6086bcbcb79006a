"""Job titles written into a run of capitalised words: the title is a role, not a name.

"Transport Secretary Mark Harper" is the role "Transport Secretary" and the name "Mark
Harper"; "Secretary of State Ann Lowe" is "Secretary of State" and "Ann Lowe"; "Central
Command Commander" names no one, but "Central Command" is an organisation. The rule
reads the LAST role word of the run: every word before it qualifies the role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from index.extract.names.wordlists import (
    CLAUSE_OPENERS,
    GENERAL_BODIES,
    GIVEN_NAMES,
    ORG_HEADS,
    ROLE_NOUNS,
    TITLES,
)
from index.text.wordlists import TITLE_ABBREVIATIONS

ROLE_WORDS = (
    ROLE_NOUNS
    | {t.split()[-1].lower().strip(".") for t in TITLES}
    | {a.lower() for a in TITLE_ABBREVIATIONS if a not in {"No", "Mt", "Ft", "Jr", "Sr", "St"}}
)
"""Words (lower case, no full stop) that name a role or rank."""

_TOKEN = re.compile(r"\S+")
_COMPLEMENT = frozenset({"of", "for", "the", "on"})
_NAME_WORDS = 2


@dataclass(frozen=True)
class Piece:
    """Part of a capitalised run that may be a name, with the role written before it."""

    start: int
    end: int
    role: str = ""
    outer: int = -1
    """Where the role starts, when there is one."""


def is_role_word(word: str) -> bool:
    """Whether a written word is a role or rank ("Secretary", "Gen.", "CEO")."""
    return word.lower().rstrip(".").removesuffix("’s").removesuffix("'s") in ROLE_WORDS


def role_pieces(text: str, start: int, end: int) -> Iterator[Piece]:
    """The parts of the run `text[start:end]` left once its job title is taken out."""
    if not any(is_role_word(w) for w in text[start:end].split()):
        yield Piece(start, end)
        return
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    words = [text[s:e] for s, e in tokens]
    at = _last_role(words)
    if at is None:
        yield Piece(start, end)
        return
    office = _office_of(words, at)
    if office is not None:
        last = len(words) - 1 if words[at + 1 : at + 2] in (["for"], ["on"]) else at
        yield Piece(tokens[office][0], tokens[last][1])
        if last < len(words) - 1:
            yield Piece(tokens[last + 1][0], end, " ".join(words[office + 3 : at + 1]))
        return
    joined = [i for i, w in enumerate(words[:at]) if w == "and"]
    if joined:
        yield from role_pieces(text, start, tokens[joined[-1] - 1][1]) if joined[-1] else ()
        tokens, words, at = tokens[joined[-1] + 1 :], words[joined[-1] + 1 :], at - joined[-1] - 1
    role = " ".join(_role_words(words[: at + 1]))
    outer = tokens[len(words[: at + 1]) - len(role.split())][0]
    rest = words[at + 1 :]
    if not rest or rest[0].lower() in {"in", "and"}:
        if _has_org_head(words[:at]) and at:
            yield Piece(tokens[0][0], tokens[at - 1][1])
        return
    if rest[0].lower() in _COMPLEMENT:
        yield from _complemented(text, tokens, at, role, outer)
        return
    yield Piece(tokens[at + 1][0], end, role, outer)


_PORTFOLIO_ENDS = frozenset(
    """Affairs Resources Development Defence Defense Interior Finance Health Education
    Security Trade Planning Justice Oil Electricity Transport Transportation Communications
    Agriculture Industry Displaced Migration Culture Youth Sports Labour Labor Environment
    Housing Construction Water Municipalities Reconstruction Commerce""".split()
)
"""Words that end a ministry's portfolio: the name after one starts the person's."""
_NAME_PARTS = frozenset(
    {"Sheikh", "Shaikh", "Sheik", "Sayyid", "Sayed", "Syed", "Hajji", "Mullah", "Kak"}
)
"""Honorifics that are also parts of names after a given name ("Hassan Sheikh Mohamud")."""


def _last_role(words: list[str]) -> int | None:
    """The index of the last role word not followed by an organisation's head."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _NAME_PARTS and i and words[i - 1] in GIVEN_NAMES:
            continue
        body = words[i + 1] in GENERAL_BODIES if i + 1 < len(words) else False
        postpositive = words[i] == "General" and (_has_org_head(words[i - 1 : i]) or body)
        if is_role_word(words[i]) and not postpositive and not _has_org_head(words[i + 1 :]):
            return i
    return None


_OFFICES = frozenset({"Office", "Bureau", "Secretariat"})


def _office_of(words: list[str], at: int) -> int | None:
    """Where "Office of the <role>" starts, when the run's last role word ends one: the
    office of a post is an organisation ("Office of the National Security Adviser",
    "Office of the High Commissioner for Human Rights"), not a person's role."""
    first = 1 if words[:1] in (["The"], ["the"]) else 0
    if words[first : first + 1] and words[first] in _OFFICES and first + 3 <= at:
        if words[first + 1 : first + 3] == ["of", "the"]:
            return first
    return None


def _has_org_head(words: list[str]) -> bool:
    return any(w.lower().strip("’'.") in ORG_HEADS for w in words)


def _role_words(words: list[str]) -> list[str]:
    while words and (
        words[0] in {"The", "the", "A", "An", "a", "an"}
        or words[0].lower().lstrip("“\"‘'") in CLAUSE_OPENERS
    ):
        words = words[1:]
    return words


def _complemented(
    text: str, tokens: list[tuple[int, int]], at: int, role: str, outer: int
) -> Iterator[Piece]:
    """ "Minister of Water Resources Ali Nasser": the complement, then the name, which is
    its last two words, or starts at a known given name."""
    after = [t for t in tokens[at + 1 :] if text[t[0] : t[1]] not in _COMPLEMENT]
    if not after:  # "Commander-in-Chief of the": the run ends before the complement does
        return
    if len(after) <= _NAME_WORDS:
        definite = text[tokens[at][1] : after[0][0]].split()[-1:] == ["the"]
        if definite or _has_org_head([text[s:e] for s, e in after]):
            yield Piece(after[0][0], after[-1][1])
        return
    ends = [i for i, t in enumerate(after) if text[t[0] : t[1]] in _PORTFOLIO_ENDS]
    first = next(
        (i for i, t in enumerate(after) if text[t[0] : t[1]] in GIVEN_NAMES and i),
        len(after) - _NAME_WORDS,
    )
    if ends and 2 <= len(after) - ends[-1] - 1 <= 4:
        first = ends[-1] + 1  # "Minister of State for Border Affairs Salam Naji al-Hamdani"
    complement = " ".join(text[t[0] : t[1]] for t in after[:first])
    if _has_org_head(complement.split()):
        yield Piece(after[0][0], after[first - 1][1])
    complemented = text[tokens[at][1] : after[first][0]].strip()
    yield Piece(after[first][0], after[-1][1], f"{role} {complemented}", outer)
