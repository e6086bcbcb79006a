"""Where a lost space shows in the marks around it: punctuation, quotes, digits.

These rules look only at characters. They find the joins a lost line break leaves
next to punctuation ("rise,Baghdad", 'vulnerable."The', "(PMF)were") and hand the
runs of letters between them to the word model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from index.text.tokens import MAX_TOKEN, long_tokens
from index.text.wordlists import CLITICS, alternation

TOKEN = re.compile(r"\S+")
LETTERS = re.compile(r"[^\W\d_]+")
COMPOUND = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-(?=([^\W\d_]+))")
"""Two runs of letters joined by a hyphen (al-Sudani)."""
_ESCAPES = r"%[0-9a-f]{2}\S*%[0-9a-f]{2}"
WEBBY = re.compile(rf"://|^www\.|@|\.(?:com|org|net|gov|edu|io)\b|{_ESCAPES}", re.IGNORECASE)
"""Tokens that are addresses keep every mark as it is (an address's part is known by
its escapes too: "This%20is%20it")."""
_WEBBY_IN_TEXT = re.compile(
    rf"://|(?<!\S)www\.|@|\.(?:com|org|net|gov|edu|io)\b|{_ESCAPES}", re.IGNORECASE
)
_AFTER_MARK = re.compile(
    r"(?<=[,;:!?)\]])(?:(?<=[^\W_][,;:!?])(?=[^\W\d_])|(?<=[)\]])(?=[^\W_]))"
)  # (the mark first: a cheap test at every character, the rest only after one)
_AFTER_STOP = re.compile(r"(?<=\.)(?=[A-Z][a-z])(?:(?<=[^\W_]{2}\.)|(?<=[)\]]\.))")
_AFTER_INITIALS = re.compile(r"(?<![^\W_])(?:[A-Z]\.){2,}(?=[^\W\d_]{2})")
"""Initials with their stops, then a word ("U.S.forces", "U.N.Security"): the stop of
the last initial ends the abbreviation."""
_BEFORE_INITIALS = re.compile(r"(?<=[a-z])(?=(?:[A-Z]\.){2,})")
"""A word in lower case against initials ("theU.S.", "slowU.N."): no word ends so."""
_MONTH_DAY = re.compile(
    r"(?<![^\W_])(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?=\d)"
)
"""A month against its day ("April28"): a month is no name with a number ("France24")."""
_DAY_YEAR = re.compile(r"(?<![\d,.])\d{1,2},(?=(?:1[89]|20)\d\d(?!\d))")
"""A day, its comma and a year ("June 18,2017"): four digits after a comma group no number."""
_NEAR_NUMBERS = (
    "a an the of to in on at by for and or nor but as is was are its his her our per via"
).split()
_BEFORE_NUMBER = re.compile(
    rf"(?<![^\W_])(?:{alternation(_NEAR_NUMBERS)})(?=\d[\d,.]*(?:[^\W\d_]+)?(?!\w))", re.I
)
"""A short function word against the number it stands before ("of450", "to14,626", "of
60km"): no such word is part of a number's token. Letters and digits that go on
alternating are a code ("a05001902b7"), not a number. (A longer word is the word
model's, which weighs every run of letters that touches digits.)"""
_AFTER_NUMBER = re.compile(
    rf"(?<=[\d%])(?:{alternation([w for w in _NEAR_NUMBERS if w not in {'a', 'in'}])})(?![^\W_])",
    re.I,
)
"""One after a number or a percentage ("23,000and", "70%of"); not "a" nor "in", which
may be a number's letter or unit ("12a", "12in")."""
_BEFORE_PAREN = re.compile(r"(?<=[^\W\d_])(?=\((?![^\W\d_]\)))")
CLITIC_ENDINGS = frozenset(CLITICS + tuple(c.upper() for c in CLITICS))
"""What follows an apostrophe in a possessive or a contraction."""
_QUOTES = re.compile(r"[\"“”]")
_OPEN_AFTER = frozenset(" \t\r\n([{—–-/‘'\"“")


def left_out(text: str) -> list[tuple[int, int]]:
    """The ranges of the tokens of `text` repair leaves as written, in order: web
    addresses, which keep every mark as it is, and data (`index.text.tokens`)."""
    if not _WEBBY_IN_TEXT.search(text):
        return long_tokens(text)
    return [
        (m.start(), m.end())
        for m in TOKEN.finditer(text)
        if len(m.group()) > MAX_TOKEN or WEBBY.search(m.group())
    ]


def mark_breaks(token: str) -> set[int]:
    """Offsets in `token` where a space was lost next to a comma, stop or bracket.

    No rule looks across white space, so on a whole text this finds every token's offsets.
    """
    found: set[int] = set()
    for pattern in (_AFTER_MARK, _AFTER_STOP, _BEFORE_PAREN):
        found.update(m.start() for m in pattern.finditer(token))
    if _INITIALS.search(token):  # (each rule is tried only where its marks are)
        found.update(m.start() for m in _BEFORE_INITIALS.finditer(token))
        found.update(m.end() for m in _AFTER_INITIALS.finditer(token))
    if _DAY_YEAR_AT.search(token):
        found.update(m.end() for m in _DAY_YEAR.finditer(token))
    if _GLUED.search(token):
        found.update(m.end() for m in _MONTH_DAY.finditer(token))
        found.update(m.end() for m in _BEFORE_NUMBER.finditer(token) if _plain(m.group()))
        found.update(
            m.start()
            for m in _AFTER_NUMBER.finditer(token)
            if _plain(m.group()) and "%" not in token[max(0, m.start() - 3) : m.start() - 1]
        )  # (not "%20is": a web address's escaped space)
    return found


_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")
_DAY_YEAR_AT = re.compile(r",(?:1[89]|20)\d\d")
_GLUED = re.compile(r"[^\W\d_]\d|[\d%][^\W\d_]")
"""Cheap signs that the rules after them can apply: most texts have none."""


def _plain(word: str) -> bool:
    """A word as prose writes it (lowercase, or capitalised at a sentence's start),
    not a model's or a code's letters ("A7", "ON3")."""
    return word.islower() or (len(word) > 1 and word.istitle())


def quote_breaks(text: str) -> set[int]:
    """Offsets where a space was lost before an opening or after a closing quote.

    Straight quotes open or close by their parity within the line; curly ones say which
    they are.
    """
    found: set[int] = set()
    for line in re.finditer(r"[^\n]+", text):
        inside = False
        for match in _QUOTES.finditer(line.group()):
            mark, at = match.group(), line.start() + match.start()
            opening = mark == "“" or (mark == '"' and not inside)
            inside = opening
            found.update(_quote_gap(text, at, opening))
    return found


def _quote_gap(text: str, at: int, opening: bool) -> Iterator[int]:
    if opening and at > 0 and text[at - 1] not in _OPEN_AFTER and not text[at - 1].isdigit():
        yield at
    if not opening and at + 1 < len(text) and (text[at + 1].isalnum() or text[at + 1] == "("):
        yield at + 1


class Run(NamedTuple):
    """A run of letters in a token and what surrounds it."""

    start: int
    text: str
    after_apostrophe: bool
    tail: str
    """The lowercased run after a hyphen that follows this one ("sudani" in "Shiaal-Sudani")."""
    digit_before: bool = False
    digit_after: bool = False


_LONG_RUN = re.compile(r"[^\W\d_]{3,}")
"""A whole run of letters long enough to weigh (a shorter run never matches in part)."""


def letter_runs(token: str) -> Iterator[Run]:
    """Runs of letters in `token` that could hide a lost space, and the digits they touch.

    No rule looks across white space, so on a whole text this finds every token's runs.
    """
    size = len(token)
    for match in _LONG_RUN.finditer(token):
        start, end = match.span()
        after_apostrophe = start > 0 and token[start - 1] in "'’"
        if (after_apostrophe and end - start < 4) or _transliterated(token, end):
            continue
        digit_before = start > 0 and token[start - 1].isdigit()
        digit_after = end < size and token[end].isdigit()
        tail = _hyphen_tail(token, end)
        yield Run(start, match.group(), after_apostrophe, tail, digit_before, digit_after)


def _hyphen_tail(token: str, end: int) -> str:
    if end >= len(token) or token[end] != "-":
        return ""
    rest = LETTERS.match(token, end + 1)
    return rest.group().lower() if rest else ""


def _transliterated(token: str, end: int) -> bool:
    """Whether the run ending at `end` is followed by an apostrophe inside a name (Kata’ib)."""
    if end >= len(token) or token[end] not in "'’":
        return False
    rest = LETTERS.match(token, end + 1)
    return rest is not None and rest.group() not in CLITIC_ENDINGS
