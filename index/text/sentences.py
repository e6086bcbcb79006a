"""The one sentence splitter: where sentences start, and the sentence around a span.

A full stop, question or exclamation mark (and any closing quote or bracket) followed by
white space and a character that is not a lowercase letter ends a sentence, unless it
closes a title abbreviation ("Gen.", "Lt. Col.") or an initial ("U.S."); a line break
always does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from index.text.wordlists import TITLE_ABBREVIATIONS

_NOT_AFTER = "".join(rf"(?<!\b{a}\.)" for a in TITLE_ABBREVIATIONS)
_BREAK = re.compile(
    rf"(?<=[.!?])(?<![A-Z]\.[A-Z]\.)(?<!\b[A-Z]\.){_NOT_AFTER}[\"”’)]*\s+(?=[^a-z\s])|\n\s*"
)


def sentence_starts(text: str, offset: int = 0) -> list[int]:
    """Offsets (plus `offset`) where the sentences of `text` start, the first at `offset`."""
    return [offset] + [offset + m.end() for m in _BREAK.finditer(text) if m.end() < len(text)]


class Sentences:
    """The sentences around spans of one text, its sentence ends found once: a text with
    thousands of numbers (an encoded image) costs no more than its length."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(_BREAK.finditer(text))
        self._starts = [m.start() for m in found]
        self._ends = [m.end() for m in found]
        self._lines = ["\n" in m.group() for m in found]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The range of the sentence that holds `[start, end)`, without trailing space.

        The sentence opens after the last end before `start` (an end found only by
        looking at `start` itself does not count, unless it is a line break: the text
        before a span is read without the span) and closes with the first end after it.
        """
        at = bisect_right(self._ends, start) - 1
        if at >= 0 and self._ends[at] == start and not self._lines[at]:
            at -= 1
        left = self._ends[at] if at >= 0 else 0
        after = bisect_left(self._starts, end)
        if after and self._ends[after - 1] > end and "\n" in self.text[end : self._ends[after - 1]]:
            after -= 1  # the span ends inside an end that a line break closes
        right = self._ends[after] if after < len(self._starts) else len(self.text)
        return left, left + len(self.text[left:right].rstrip())
