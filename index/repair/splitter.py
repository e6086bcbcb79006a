"""Splitting one run of letters into words by a unigram cost model.

A run is scored as written and as every sequence of parts; each part costs `-ln p`,
where `p` is the likelier of the English list and the corpus's vocabulary (`evidence`),
and an unknown part costs what a spelling-by-letters model gives it. Every restored
space costs the document's penalty, so a run is split only when the parts together are
clearly more likely than the run as it stands.
"""

from __future__ import annotations

import math
from functools import lru_cache

from index.repair.bounds import ends_bound
from index.repair.costs import (
    DEFAULT_WEIGHTS,
    MARGIN,
    MAX_PART,
    SINGLE_LETTER_WORDS,
    Weights,
    least_part_cost,
    part_floors,
    parts_within,
    shape,
)
from index.repair.evidence import ArticleView, Evidence
from index.repair.summary import WordSummary
from index.text.wordlists import CLITICS

FEW_KEYS = 16
"""A search that read no more keys than this records them all, without weighing which
parts its result depends on."""

Split = tuple[float, tuple[int, ...]]
"""The cost of a run's cheapest split and the offsets of its cuts."""


class Segmenter:
    """Chooses the most likely split of one article's letter runs under one penalty.

    `own` is the article's summary (see `ArticleView`; or pass its `view`, which the
    article's passes may share). `keys` collects every vocabulary key read, including
    those read by cached searches of other articles.
    """

    def __init__(
        self,
        evidence: Evidence,
        penalty: float,
        repeat: float,
        weights: Weights = DEFAULT_WEIGHTS,
        own: WordSummary | None = None,
        view: ArticleView | None = None,
    ) -> None:
        self.evidence = evidence
        self.view = view if view is not None else ArticleView(evidence, own)
        self.penalty = penalty
        self.repeat = repeat
        self.weights = weights
        self.floor = least_part_cost(evidence, weights)
        self.english_wholes = evidence.table(("whole", weights))
        self.floors = self.view.table(("floors", weights))
        self.wholes = self.view.table(("whole", weights))
        self.ends = self.view.table(("ends", weights))
        self.split = lru_cache(maxsize=None)(self._split)
        self.split_clitic = lru_cache(maxsize=None)(self._split_clitic)

    def part_cost(self, part: str) -> float:
        """Cost of `part` as one of several words of a split run."""
        return self._part_cost(part, part.lower())

    def _part_cost(self, part: str, low: str) -> float:
        if len(part) == 1 and part not in SINGLE_LETTER_WORDS:
            return math.inf
        kind = shape(part)
        if kind == "mixed" and not self.view.has_form(part):
            return math.inf
        return self._cost(part, low, kind, whole=False)

    def whole_cost(self, run: str, seen: int, corpus: bool = True) -> float:
        """Cost per occurrence of `run` as written, which this document has `seen` times.

        The document's own vote is taken out of the counts; the first occurrence is paid
        in full and each repeat at the price of a word the reader has just met. Without
        the `corpus` (English alone) the cost is the most it can be, whatever the corpus.
        """
        if corpus:
            cost = self.view.recall(self.wholes, run, self._whole, run, True)
        else:
            cost = self._english_whole(run)
        return (cost + (seen - 1) * self.repeat) / max(seen, 1)

    def _english_whole(self, run: str) -> float:
        """The cost of `run` as written by English alone, kept for every article (it
        reads no key)."""
        cost = self.english_wholes.get(run)
        if cost is None:
            cost = self.evidence.keep(self.english_wholes, run, self._whole(run, False))
        return cost

    def _whole(self, run: str, corpus: bool) -> float:
        cost = self._cost(run, run.lower(), shape(run), whole=True, corpus=corpus)
        if shape(run) == "mixed" and run.lower() not in self.evidence.english:
            cost += self.weights.odd_case
        return cost

    @property
    def keys(self) -> set[str]:
        """Every vocabulary key this segmenter's decisions read."""
        return self.view.keys

    def _cost(self, part: str, low: str, kind: str, whole: bool, corpus: bool = True) -> float:
        if corpus:
            p = self.view.probability(low, whole)
        else:
            p = self.evidence.english_probability(low)
        known = -math.log(p) if p > 0 else math.inf
        return min(known, self.weights.unknown(part, kind))

    def break_cost(self, left: str, right: str) -> float:
        """Cost of restoring a space between two letters."""
        if left.islower() and right.isupper():
            return self.weights.camel_break
        return self.penalty

    def _split(self, run: str, seen: int, tail: str = "") -> tuple[int, ...]:
        """Offsets inside `run` where a space is restored; () keeps it whole.

        `tail` is the run after a hyphen that follows, if any: a last part the corpus
        writes hyphened to it ("al" of "al-Sudani") is as likely as that compound.
        A run in capitals is an acronym or a shout and is never split. A run plainly
        whole by English alone stays whole whatever the corpus, which is not read then.
        """
        if run.isupper() or self.plainly_whole(run, tail, self.whole_cost(run, seen, False)):
            return ()
        whole = self.whole_cost(run, seen)
        if self.plainly_whole(run, tail, whole):
            return ()
        self.view.searched.add(f"{run}-{tail}".lower() if tail else run.lower())
        if ends_bound(self, run, tail) >= whole + MARGIN:
            return ()
        cost, cuts = self.best(run, whole=False, tail=tail)
        return cuts if cost < whole else ()

    def plainly_whole(self, run: str, tail: str, whole: float) -> bool:
        """Whether no split of `run` can cost less than `whole`, without searching.

        In a lower or title case run every cut costs the penalty, and a split has at
        least two parts, each costing at least `floor` (the last one at least 0 when a
        hyphened `tail` may make it likelier); the sum is taken in the order `best`
        adds its costs, so rounding cannot make a split cheaper than this bound.
        """
        if shape(run) not in {"lower", "title"}:
            return False
        last = 0.0 if tail else self.floor
        return (0.0 + (0.0 + self.floor)) + (self.penalty + last) >= whole

    def _split_clitic(self, run: str, seen: int, tail: str = "") -> tuple[int, ...]:
        """Like `split`, for a run after an apostrophe that may open with a clitic ("sGaza")."""
        options = [(self.whole_cost(run, seen), ()), self.best(run, whole=False, tail=tail)]
        for clitic in CLITICS:
            rest = run[len(clitic) :]
            if run.startswith(clitic) and len(rest) > 2:
                cost, cuts = self.best(rest, whole=True, tail=tail)
                join = self.break_cost(clitic[-1], rest[0])
                options.append((cost + join, (len(clitic), *(len(clitic) + c for c in cuts))))
        return min(options)[1]

    def best(self, run: str, whole: bool, tail: str = "") -> Split:
        """The cheapest sequence of parts of `run` and its cuts; `whole` admits one part.

        Results are kept in the evidence, shared by every document of a corpus, with the
        keys each search read, which join this article's `keys`.
        """
        self.view.searched.add(f"{run}-{tail}".lower() if tail else run.lower())
        mine = self.view.mine(run, tail, MAX_PART)
        key = (self.penalty, self.weights, run, whole, tail, mine)
        found = self.evidence.splits.get(key)
        if found is None:
            outer = self.view.collect(set())
            try:
                found = (self._search(run, whole, tail), self.view.keys)
            finally:
                self.view.collect(outer)
            found = self.evidence.keep_split(key, *found)
        self.view.keys.update(found[1])
        return found[0]

    def _search(self, run: str, whole: bool, tail: str) -> Split:
        """The dynamic programme behind `best`, ties going to the earliest start.

        A start is passed over when even the cheapest part from it cannot beat the best
        cost found so far, so no part cost is computed in vain. Of the keys read, only
        those of parts the result can depend on are recorded (`costs.parts_within`).
        """
        n, lower = len(run), run.lower() if run.isascii() else None
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        joins = [0.0] + [self.break_cost(run[i - 1], run[i]) for i in range(1, n)]
        recorded, trail = self.view.keys, self.view.trail()
        try:
            read = self._programme(run, lower, whole, tail, joins, best, back, trail)
        finally:
            self.view.collect(recorded)
        if len(trail) <= FEW_KEYS:
            recorded.update(trail)
            return best[n], _trace(back, n)
        floors = self.floors.get((run, whole, bool(tail)))
        if floors is None:
            floors = part_floors(run, whole, tail, self.evidence.english, self.weights)
            self.floors[run, whole, bool(tail)] = floors
        for start, end, _ in parts_within(n, joins, floors, best[n]):
            span = read.get((start, end))
            if span is None:
                self._step(run[start:end], run[start:end].lower(), tail if end == n else "")
            else:
                recorded.update(trail[span[0] : span[1]])
        return best[n], _trace(back, n)

    def _programme(
        self,
        run: str,
        lower: str | None,
        whole: bool,
        tail: str,
        joins: list[float],
        best: list[float],
        back: list[int],
        trail: list[str],
    ) -> dict[tuple[int, int], tuple[int, int]]:
        """Fill `best` and `back`; returns where each weighed part's keys lie in `trail`."""
        n, read = len(run), {}
        for end in range(1, n + 1):
            last = tail if end == n else ""
            least = min(self.floor, 0.0) if last else self.floor
            for start in range(max(0, end - MAX_PART), end):
                if not (start or end < n or whole):
                    continue
                if best[start] + (joins[start] + least) >= best[end]:
                    continue
                part = run[start:end]
                low = lower[start:end] if lower is not None else part.lower()
                mark = len(trail)
                cost = best[start] + (joins[start] + self._step(part, low, last))
                read[start, end] = (mark, len(trail))
                if cost < best[end]:
                    best[end], back[end] = cost, start
        return read

    def _step(self, part: str, low: str, tail: str) -> float:
        """Cost of `part` as a part; when it ends the run, `tail` may make it likelier."""
        cost = self._part_cost(part, low)
        if tail and cost < math.inf:
            before = self.view.before(low, tail)
            cost = min(cost, -math.log(before)) if before else cost
        return cost


def _trace(back: list[int], n: int) -> tuple[int, ...]:
    cuts = []
    while back[n]:
        n = back[n]
        cuts.append(n)
    return tuple(reversed(cuts))
