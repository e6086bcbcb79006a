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
from index.text.wordlists import CLITICS

TOKEN = re.compile(r"\S+")
LETTERS = re.compile(r"[^\W\d_]+")
COMPOUND = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-(?=([^\W\d_]+))")
"""Two runs of letters joined by a hyphen (al-Sudani)."""
WEBBY = re.compile(r"://|^www\.|@|\.(?:com|org|net|gov|edu|io)\b", re.IGNORECASE)
"""Tokens that are addresses keep every mark as it is."""
_WEBBY_IN_TEXT = re.compile(r"://|(?<!\S)www\.|@|\.(?:com|org|net|gov|edu|io)\b", re.IGNORECASE)
_AFTER_MARK = re.compile(r"(?<=[^\W_][,;:!?])(?=[^\W\d_])|(?<=[)\]])(?=[^\W_])")
_AFTER_STOP = re.compile(r"(?<=[^\W_]{2}\.)(?=[A-Z][a-z])")
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
    return found


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
