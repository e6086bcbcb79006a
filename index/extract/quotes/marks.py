"""Quoted stretches of a passage: “…”, "…", ‘…’, '…' and «…», tolerant of mixed and stray
marks.

’ is also the apostrophe (Iraq’s), so it closes a quotation only after a ‘ opener and
when no letter follows; a straight ' opens one only where no letter or digit stands
before it and a letter or digit follows, and closes only one it opened. A mark left
open is dropped at the end of its passage, so one unbalanced quotation never derails the
rest of an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_MARK = re.compile(r"[“”\"‘’'«»]")


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch: `start`/`end` cover the words inside the marks."""

    start: int
    end: int
    opener: str


def _opens(text: str, i: int) -> bool:
    mark = text[i]
    if mark in "“«":
        return True
    nxt = text[i + 1 : i + 2]
    if mark == '"':
        return nxt.strip() != "" and nxt not in ",.;:)"
    if mark == "‘":
        prev = text[i - 1 : i]
        return (not prev or not prev.isalnum()) and nxt.isalpha()
    if mark == "'":
        prev = text[i - 1 : i]
        return (not prev or not prev.isalnum()) and nxt.isalnum()
    return False


def _closes(text: str, i: int, opener: str) -> bool:
    mark = text[i]
    nxt = text[i + 1 : i + 2]
    if mark == "»" or opener == "«":
        return mark == "»"  # guillemets close only each other
    if mark == "'" or opener == "'":  # a straight single mark closes only its own
        return mark == "'" == opener and not text[i - 1].isspace() and not nxt.isalnum()
    if mark in '”"':
        return not nxt.isalpha() or mark == "”"
    return mark == "’" and opener == "‘" and not nxt.isalpha()


OPENERS = frozenset('“"«')
"""Marks that open a quotation left open at a paragraph's end when the next paragraph
opens another: the quotation runs on into it."""


def quoted_spans(
    text: str, start: int, end: int, continued: bool = False, inside: bool = False
) -> Iterator[Quoted]:
    """Every balanced quotation in `text[start:end]` (one passage), in order; with
    `continued` (the next paragraph opens a quotation, or closes one it never opened) a
    quotation still open at the end runs to the end of the passage; with `inside` (the
    passage before ran on into this one, see `runs_on`) the passage opens inside one."""
    found, opener, open_at = _balanced(text, start, end, inside)
    yield from found
    if opener in OPENERS and continued:
        stop = start + len(text[start:end].rstrip())
        if stop > open_at + 1:
            yield Quoted(open_at + 1, stop, opener)


def _balanced(text: str, start: int, end: int, inside: bool) -> tuple[list[Quoted], str, int]:
    """The balanced quotations of `text[start:end]`, and the mark left open at its end
    ("" if none) with where it opened."""
    opener, open_at = ("“", start - 1) if inside else ("", -1)
    found = []
    for match in _MARK.finditer(text, start, end):
        i = match.start()
        if opener and _closes(text, i, opener):
            if i > open_at + 1:
                found.append(Quoted(open_at + 1, i, opener))
            opener = ""
        elif (not opener or text[i] in "“«") and _opens(text, i):
            if opener:  # one left open: it ends at the ", said X" that credits it
                credited = _unclosed_end(text, open_at + 1, i)
                if credited is not None:
                    found.append(Quoted(open_at + 1, credited, opener))
            opener, open_at = text[i], i
    return found, opener, open_at


SAID_NAME = re.compile(r"(?:said|says|added|stated|wrote|noted|explained|continued)\s+[A-Z]")
"""A speech verb followed by the name of who spoke ("said Chad Wolf")."""
_CREDITED = re.compile(rf",\s+(?={SAID_NAME.pattern})")
"""A comma and the speech verb and name that credit the words before it."""


def _unclosed_end(text: str, start: int, stop: int) -> int | None:
    """Where a quotation its writer never closed ends, before another opens at `stop`:
    just after the last comma followed by a credit ("…Administration, said Acting
    Secretary Chad Wolf. “While …"), which keeps its comma as a closed one does."""
    found = None
    for match in _CREDITED.finditer(text, start, stop):
        found = match.start() + 1
    return found


def runs_on(text: str, passage: tuple[int, int], following: tuple[int, int]) -> bool:
    """Whether a quotation left open at the end of `passage` runs on into `following`
    without opening again there, as some releases write a quotation of two paragraphs:
    “… (end of paragraph) … .” — the next paragraph closes a “ it never opened."""
    if _balanced(text, *passage, inside=False)[1] != "“":
        return False
    for match in _MARK.finditer(text, *following):
        i = match.start()
        if text[i] == "“" or (text[i] == '"' and _opens(text, i)):
            return False
        if text[i] == "”":
            return True
    return False
