"""Capitalised name sequences in running text, with the titles that precede them.

A name sequence is a run of capitalised words (or words with an Arabic article, like
"al-Sudani"), joined by spaces or by the lowercase connectors of organisation names
("Institute for the Study of War"). Spans are offsets into the text searched.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass

from index.extract.names.keys import ACRONYM_AFTER, UPPER, initials_match
from index.extract.names.roles import role_pieces
from index.extract.names.wordlists import (
    CONNECTORS,
    COUNTRIES,
    DEMONYMS,
    FUNCTION_WORDS,
    GENERAL_BODIES,
    MONTHS_DAYS,
    NAME_PARTICLES,
    ORG_HEADS,
    ROLE_NOUNS,
    TITLES,
)
from index.text.wordlists import TITLE_ABBREVIATIONS

NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred hundreds thousand thousands dozens dozen millions""".split()
)
_COMMON_POSSESSOR = "|".join(
    rf"(?<={noun})[’']s?(?=\s+[A-Z])"
    for noun in ("People", "Peoples", "Workers", "Women", "Children", "Martyrs", "Veterans")
)
"""A common noun's possessive inside a name: "Uganda People’s Defence Forces"."""
_ABBREVIATIONS = "|".join(a for a in TITLE_ABBREVIATIONS if a not in {"No", "Mt", "Ft"})
_WORD = (
    rf"(?<![\w’'-])(?:(?:{_ABBREVIATIONS})\.(?=\s+[A-Z])|(?<=[A-Za-z] )[A-Z]\.(?=\s+[A-Z][a-z])|"
    r"(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Ee]z)-[‘’']?)?"
    rf"(?:(?:[A-Z]\.){{2,}}|[{UPPER}](?:[^\W\d_]|[’'](?=[^\W\d_]{{2}})|{_COMMON_POSSESSOR}"
    rf"|-(?=[{UPPER}‘’'])"
    r"|-(?:in|of)-(?=[A-Z]))*"
    r"(?:(?<=[a-z]{3})\d{1,3}(?!\w))?))"  # a station's number: "Kurdistan24", "France24"
)
_JOIN = (
    rf"(?:[’']?\s+|\s+(?:(?:of|for|the|on|in|and|{'|'.join(sorted(NAME_PARTICLES))})\s+){{1,2}})"
)
NAME_SEQUENCE = re.compile(rf"{_WORD}(?:{_JOIN}{_WORD})*")
"""A run of capitalised words and the connectors between them."""

_TOKEN = re.compile(r"[^\s]+")
_TITLES = "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
_TITLE_RE = re.compile(
    rf"^(?:(?:Former|former|Acting|Deputy|Vice|Rear|now-)\s*)?(?:{_TITLES}|(?:{_ABBREVIATIONS})\.?)"
    r"(?=\s|$)"
    r"(?:\s+(?:of|for)\s+[A-Z]\w+)?"
)
_ROLE_NOUNS = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
_ROLE_OF = re.compile(rf"^(?:{_ROLE_NOUNS})\s+(?:of|for|to)\s+(?:the\s+)?", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|^\s*-\s*|[“\"‘(]\s*)$")


@dataclass(frozen=True)
class NameSpan:
    """A name found in text: its offsets, its words and the title written before it."""

    start: int
    end: int
    name: str
    title: str = ""
    outer: int = -1


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def is_org_name(name: str) -> bool:
    """Whether a name carries an organisation head word ("... Forces", "Ministry of ..."),
    or is a body named "General …" ("General Security")."""
    words = re.split(r"[\s-]+", name)
    if words[0] == "General" and words[1:2] and words[1] in GENERAL_BODIES:
        return True
    return any(w.lower().strip("’'") in ORG_HEADS for w in words)


def _is_connector(word: str) -> bool:
    return word in CONNECTORS


def split_connected(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a sequence at its connectors unless it names an organisation; an organisation
    is cut from words before it that hold no head ("Republican on the Senate Committee")
    and from another organisation it is coordinated with ("the Senate and the House")."""
    if is_org_name(text[start:end]):
        yield from _split_organisations(text, start, end)
        return
    run: list[tuple[int, int]] = []
    for s, e in _tokens(text, start, end):
        if _is_connector(text[s:e]) and text[s:e] not in NAME_PARTICLES:
            if run:
                yield run[0][0], run[-1][1]
            run = []
        else:
            run.append((s, e))
    if run:
        yield run[0][0], run[-1][1]


_LINK = re.compile(r"\s+(?:(and)\s+(?:the\s+)?|(?:on|of|for|in)\s+the\s+)")


_PARENT_BODIES = frozenset({"United Nations", "UN", "U.N."})
"""Bodies whose name opens the name of their own offices, which an acronym spells without
it: "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)" is one."""
_ACRONYM_ONLY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z]\.?){2,8}")
"""A name that is an acronym alone: a name of its own before "and"."""


def _split_organisations(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    defined = ACRONYM_AFTER.match(text, end)
    if defined:
        acronym = defined.group(1).replace(".", "")
        if initials_match(text[start:end], acronym):
            yield start, end  # one name, which the acronym spells whole
            return
        spelled = _spelled_tail(text, start, end, acronym)
        if (
            spelled is not None and _parent(text[start : spelled[0]]) not in _PARENT_BODIES
        ):  # "ATMIS Kenya Defence Forces (KDF)": two names
            yield from _split_organisations(text, start, spelled[0])
            yield spelled
            return
    for link in _LINK.finditer(text, start, end):
        left, right = text[start : link.start()], text[link.end() : end]
        named = is_org_name(left) or _ACRONYM_ONLY.fullmatch(left) or is_country_name(left)
        joined = bool(link.group(1))  # "NATO and the EU", "Somalia and the African Union"
        if not (is_org_name(right) or (joined and _ACRONYM_ONLY.fullmatch(right))):
            continue
        if joined and not named:
            continue
        if link.group(1) or not is_org_name(left):
            if link.group(1) or _someone_of(left):
                yield start, link.start()
            yield from _split_organisations(text, link.end(), end)
            return
    yield start, end


def _parent(words: str) -> str:
    return words.strip().removeprefix("The ").removeprefix("the ")


def _someone_of(left: str) -> bool:
    """Whether the words before "of the <organisation>" name someone who serves it
    ("Brig. Gen. Saad Maan of the Security Media Cell"), not a role ("Head of the …"):
    a name after any titles, of two words or more, or of one after a title, that does
    not end in a role noun."""
    rest, titled = left, False
    while True:
        match = _TITLE_RE.match(rest)
        if not match or match.end() >= len(rest):
            break
        rest, titled = rest[match.end() :].lstrip(), True
    words = rest.split()
    if not words or (len(words) < 2 and not titled):
        return False
    return words[-1].lower() not in ROLE_NOUNS and words[0][:1].isupper()


def _spelled_tail(text: str, start: int, end: int, acronym: str) -> tuple[int, int] | None:
    """The longest run of the last words of `text[start:end]` that `acronym` spells, when
    words before it are left over."""
    for word in _TOKEN.finditer(text, start, end):
        if word.start() > start and initials_match(text[word.start() : end], acronym):
            before = text[start : word.start()].rstrip()
            return (word.start(), end) if before and before[-1].isalnum() else None
    return None


def is_country_name(name: str) -> bool:
    """Whether `name` is a country's ("the Netherlands", "Saudi Arabia")."""
    return name.removeprefix("the ").removeprefix("The ").replace(" ", "-") in COUNTRIES


def at_sentence_start(text: str, start: int, floor: int) -> bool:
    """Whether `start` opens a sentence (or a passage, list item or quotation)."""
    return bool(_SENTENCE_START.search(text[max(floor, start - 6) : start]))


def strip_leading(
    text: str, start: int, end: int, floor: int, common: Container[str]
) -> tuple[int, str]:
    """Drop function words, demonyms, titles and sentence-initial common words in front.

    Returns:
        The new start and the title that was stripped ("" when none).
    """
    title = ""
    while start < end:
        rest = text[start:end]
        match = _TITLE_RE.match(rest)
        if match and match.end() < len(rest) and not _heads_after(rest, match.end()):
            title, start = match.group(), _skip_space(text, start + match.end())
            continue
        word = rest.split()[0].rstrip("’'")
        role = _ROLE_OF.match(rest)
        if role:
            start = start + role.end()
            continue
        if not _droppable(word, rest, at_sentence_start(text, start, floor), common):
            break
        start = _skip_space(text, start + len(rest.split()[0]))
    return start, title


def _heads_after(rest: str, end: int) -> bool:
    """Whether the title `rest[:end]` opens an organisation's name: an organisation's head
    word follows ("General Directorate for Narcotics Affairs", "General Command")."""
    following = rest[end:].split(maxsplit=1)
    if rest[:end] == "General" and following:
        if following[0] in GENERAL_BODIES or is_org_name(rest[end:].strip()):
            return True  # "General Security", "General Security Directorate"
    return bool(following) and following[0][:1].isupper() and following[0].lower() in ORG_HEADS


def _droppable(word: str, rest: str, initial: bool, common: Container[str]) -> bool:
    if word in FUNCTION_WORDS or _is_connector(word) or word in MONTHS_DAYS:
        return True
    if word.lower() in NUMBER_WORDS:
        return True
    if word in DEMONYMS:
        words = rest.split()
        if len(words) > 1 and f"{word}-{words[1]}" in COUNTRIES:
            return False  # "Saudi Arabia" is no Arabia
        if "Republic" in words[1:3]:
            return False  # "Syrian Arab Republic": a state's name
        return len(words) > 1 and not is_org_name(rest)
    if word.isupper() and len(word) > 1 and len(rest.split()) == 1:
        return False  # an acronym alone that spells a word: "(IS)", "IS fighters"
    return initial and word.lower() in common and not is_org_name(rest)


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def name_spans(text: str, start: int, end: int, common: Container[str]) -> Iterator[NameSpan]:
    """Every name sequence in `text[start:end]`, leading titles and common words removed.

    Args:
        text: the text searched.
        start: where the passage searched starts.
        end: where it ends.
        common: common words (`names.common`): not names at a sentence start.
    """
    for match in NAME_SEQUENCE.finditer(text, start, end):
        for piece in _title_case_pieces(text, match.start(), match.end()):
            yield from _named(text, piece, start, common)


_TITLE_CASE_BREAK = re.compile(
    r"\s+(?:On|With|From|To|At|By|Over|After|Before|Amid|Against|Into|As|Via|Near|Across"
    r"|Along|Between|Without|Within|Under|Upon|During|Despite|Toward|Towards)\s+"
)
"""A preposition capitalised in a Title Case headline ("Statement From Acting Secretary
Wolf On The Completion Of 450 Miles"): no name holds one, so a name ends before it."""


def _title_case_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for cut in _TITLE_CASE_BREAK.finditer(text, start, end):
        yield start, cut.start()
        start = cut.end()
    yield start, end


def _named(
    text: str, sequence: tuple[int, int], start: int, common: Container[str]
) -> Iterator[NameSpan]:
    """The names in one name sequence (`name_spans`)."""
    for piece in role_pieces(text, *sequence):
        for s, e in split_connected(text, piece.start, piece.end):
            inner, title = strip_leading(text, s, e, start, common)
            e = _trim_trailing(text, inner, e)
            outer = s if title else inner
            if not title and s == piece.start and piece.role:
                title, outer = piece.role, piece.outer
            if e > inner:
                yield NameSpan(inner, e, text[inner:e], title, outer)


def _trailing(word: str) -> bool:
    return _is_connector(word) or word in FUNCTION_WORDS or word in MONTHS_DAYS


def _trim_trailing(text: str, start: int, end: int) -> int:
    words = list(_tokens(text, start, end))
    while words and _trailing(text[slice(*words[-1])]):
        words.pop()
    return words[-1][1] if words else start
