"""Telling, run by run, whether an article's repair survives a move of the vocabulary.

When an update changes the count of some keys, every unchanged article that read one
of them must be checked. Repairing it again whole costs what its first repair cost
(tens of milliseconds), and nearly always gives the spaces it gave. But a run of
letters is split by what the vocabulary says of its own letters alone (its parts, the
run as written, hyphened to what follows, or written as two words), under the
article's penalty: only the runs holding the word of a moved key can split otherwise.
If each of them splits as it did before the move, under the cautious first pass and
under the penalty the article had, the first pass finds the same joins, sets the same
penalty, and the second restores the same spaces.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

from index.repair.evidence import ArticleView
from index.repair.marks import LETTERS, TOKEN, Run, left_out, letter_runs
from index.repair.reading import scan
from index.repair.restore import (
    CAUTIOUS_PENALTY,
    Dependencies,
    dependencies,
    repeat_cost,
    word_breaks,
)
from index.repair.splitter import Segmenter
from index.repair.summary import WordSummary
from index.repair.vocabulary import Vocabulary
from index.text.tokens import within

_CONTEXTUAL = frozenset("Σσς")
"""Letters whose lowercase depends on what follows (Σ is ς at a word's end, σ inside):
the lowercase of a part of a run may then not stand in the run's lowercase ("ΟΔΟΣ" of
"ΟΔΟΣκαι" reads "w:οδος"), so a text holding one is always repaired again whole."""


_REACH = 256
"""Characters looked back from a moved word for the start of its token; a longer token
is found among all of the text's tokens."""
_SPACE_FREE = re.compile(r"\S*")


class Moved:
    """The words of the keys whose value an update moved ("w:border" → "border")."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.words = frozenset(key.partition(":")[2].lower() for key in keys) - {""}

    def touched(
        self, text: str, web: list[tuple[int, int]] | None = None, low: str | None = None
    ) -> list[Run]:
        """The runs of `text` that hold a moved word: the only ones whose split can
        read a moved key (every key a split reads is about a part of the run, lowercase,
        or of the run hyphened to its tail). Only the tokens holding a moved word are
        read (no rule of `letter_runs` looks across white space); `web` is
        `left_out(text)` and `low` is `text.lower()`, when known."""
        low = text.lower() if low is None else low
        found = [word for word in self.words if word in low]
        if not found:
            return []
        if len(low) != len(text):
            runs: Iterable[Run] = scan(text).runs
        else:
            runs = _runs_around(text, low, found, left_out(text) if web is None else web)
        touched = []
        for run in runs:
            written = f"{run.text}-{run.tail}" if run.tail else run.text
            if any(word in written.lower() for word in found):
                touched.append(run)
        return touched


def _runs_around(text: str, low: str, found: list[str], web: list[tuple[int, int]]) -> list[Run]:
    """The runs of the tokens of `text` where a word of `found` stands."""
    holding: dict[int, int] = {}  # start: end of each token holding one
    every: list[tuple[int, int]] | None = None  # all tokens, when one is too long
    for word in found:
        at = low.find(word)
        while at >= 0:
            before = text[max(0, at - _REACH) : at][::-1]
            back = _SPACE_FREE.match(before).end()  # type: ignore[union-attr]
            if back < _REACH or back == at:
                start = at - back
                if start not in holding:
                    holding[start] = _SPACE_FREE.match(text, at).end()  # type: ignore[union-attr]
            else:
                every = every or [m.span() for m in TOKEN.finditer(text)]
                start, end = every[bisect_right(every, (at, len(text))) - 1]
                holding[start] = end
            at = low.find(word, at + 1)
    return [
        run._replace(start=start + run.start)
        for start, end in sorted(holding.items())
        for run in letter_runs(text[start:end])
        if not within(web, start + run.start)
    ]


def _seen(text: str, low: str, word: str) -> int:
    """How many runs of letters of `text` (`LETTERS`) read `word` in lowercase, where
    `low` is `text.lower()` letter for letter (as long, and no Σ: see `_CONTEXTUAL`)."""
    count, at, size = 0, low.find(word), len(word)
    while at >= 0:
        match = LETTERS.match(text, at)
        if (
            match is not None
            and match.end() == at + size
            and not (at and LETTERS.match(text, at - 1))
        ):
            count += 1
        at = low.find(word, at + 1)
    return count


def unchanged(
    text: str,
    summary: WordSummary,
    vocabulary: Vocabulary,
    former: Vocabulary,
    moved: Moved,
    penalty: float,
) -> Dependencies | None:
    """What the runs of `text` that hold a moved word read now, when each splits
    against `vocabulary` as it did against `former` (the vocabulary before the move)
    under the cautious penalty and under the article's `penalty`; None when one may
    split otherwise, and the article must be repaired again whole. `summary` is
    `summarize(text)`, as the catalog keeps it.

    The dependencies returned are those of the touched runs only: the runs left alone
    read what they read before, which the caller keeps.
    """
    if not _CONTEXTUAL.isdisjoint(text):
        return None
    web, low = left_out(text), text.lower()
    touched = moved.touched(text, web, low)
    if not touched:
        return Dependencies(frozenset(), frozenset(), penalty)
    now = ArticleView(vocabulary.evidence, summary)
    then = ArticleView(former.evidence, summary)
    if len(low) == len(text):
        words = {run.text.lower() for run in touched}
        seen = Counter({word: _seen(text, low, word) for word in words})
    else:
        seen = Counter(map(str.lower, LETTERS.findall(text)))
    repeat = repeat_cost(len(text.split()) - len(web))
    passes = (CAUTIOUS_PENALTY, penalty) if penalty < CAUTIOUS_PENALTY else (penalty,)
    for cost in passes:
        split_now = Segmenter(vocabulary.evidence, cost, repeat, view=now)
        split_then = Segmenter(former.evidence, cost, repeat, view=then)
        for run in touched:
            if word_breaks(run, split_now, seen) != word_breaks(run, split_then, seen):
                return None
    return dependencies(now, vocabulary, penalty)
