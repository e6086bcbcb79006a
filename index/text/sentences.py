"""The one sentence splitter: where sentences start, and the sentence around a span.

A full stop, question or exclamation mark (and any closing quote or bracket) followed by
white space and a character that is not a lowercase letter ends a sentence, unless it
closes a title abbreviation ("Gen.", "Lt. Col.") or an initial ("U.S."); a line break
always does.
"""

from __future__ import annotations

import re

from index.text.wordlists import TITLE_ABBREVIATIONS

_NOT_AFTER = "".join(rf"(?<!\b{a}\.)" for a in TITLE_ABBREVIATIONS)
_BREAK = re.compile(
    rf"(?<=[.!?])(?<![A-Z]\.[A-Z]\.)(?<!\b[A-Z]\.){_NOT_AFTER}[\"”’)]*\s+(?=[^a-z\s])|\n\s*"
)


def sentence_starts(text: str, offset: int = 0) -> list[int]:
    """Offsets (plus `offset`) where the sentences of `text` start, the first at `offset`."""
    return [offset] + [offset + m.end() for m in _BREAK.finditer(text) if m.end() < len(text)]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The range of the sentence of `text` that holds `[start, end)`, without trailing space."""
    left = 0
    for match in _BREAK.finditer(text, 0, start):
        left = match.end()
    after = _BREAK.search(text, end)
    right = after.end() if after else len(text)
    return left, len(text[:right].rstrip())
