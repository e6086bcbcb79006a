"""Splitting one run of letters into words by a unigram cost model.

A run is scored as written and as every sequence of parts; each part costs `-ln p`,
where `p` blends the English list with the corpus's own counts, and an unknown part
costs what a spelling-by-letters model gives it. Every restored space costs the
document's penalty, so a run is split only when the parts together are clearly more
likely than the run as it stands.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from index.text.wordlists import CLITICS

MAX_PART = 24
"""Longer parts are only ever the run as written."""
SINGLE_LETTER_WORDS = frozenset({"a", "A", "I"})
"""The only one-letter words English writes alone."""
SMALL_CORPUS = 100_000
"""Tokens of pseudo-corpus that keep a small corpus's counts from outweighing English."""
MARGIN = 1e-6
"""Slack (nats) that keeps the lower bound of a part's cost below any rounding of it."""

Split = tuple[float, tuple[int, ...]]
"""The cost of a run's cheapest split and the offsets of its cuts."""


@dataclass(frozen=True)
class Weights:
    """The constants of the cost model, in nats."""

    per_letter: float = 2.6
    unknown_lower: float = 9.0
    unknown_title: float = 3.0
    unknown_upper: float = 5.0
    odd_case: float = 5.0
    camel_break: float = 1.0


@dataclass(frozen=True)
class Evidence:
    """What the model knows of words: English Zipf values and the corpus's counts.

    `joined` counts, for a lowercase string, how often the corpus writes it as two
    words ("the border" for "theborder"); a string seen more often split than joined
    gets no support from its joined sightings, which are then likely lost spaces.
    """

    english: Mapping[str, float]
    corpus: Mapping[str, int]
    forms: Mapping[str, int]
    total: int
    joined: Mapping[str, int]
    compounds: Mapping[str, int]
    splits: dict[tuple[float, Weights, str, bool, str], Split] = field(
        default_factory=dict, compare=False, repr=False
    )
    """Cheapest splits already found, by penalty, weights, run, `whole` and tail."""

    @cached_property
    def likeliest(self) -> float:
        """An upper bound of `probability` over every word."""
        top = max(self.english.values(), default=None)
        english = 10 ** (top - 9) if top is not None else 0.0
        return english + max(self.corpus.values(), default=0) / (self.total + SMALL_CORPUS)

    def probability(self, word: str, discount: int = 0) -> float:
        """How likely `word` (lowercase) is as a token, from both sources."""
        zipf = self.english.get(word)
        english = 10 ** (zipf - 9) if zipf is not None else 0.0
        return english + self.support(word, discount) / (self.total + SMALL_CORPUS)

    def support(self, word: str, discount: int = 0) -> int:
        """Sightings of `word` (lowercase) that speak for it being a word."""
        seen = max(self.corpus.get(word, 0) - discount, 0)
        return seen if seen > self.joined.get(word, 0) else 0

    def before(self, word: str, tail: str) -> float:
        """How likely `word` (lowercase) is to open a hyphened compound that goes on with `tail`."""
        together = self.compounds.get(f"{word}-{tail}", 0)
        return together / max(self.corpus.get(tail, 0), together, 1)


def shape(part: str) -> str:
    """The case shape of a part: lower, title, upper or mixed."""
    if part.islower():
        return "lower"
    if part.isupper():
        return "upper"
    if part[0].isupper() and (len(part) == 1 or part[1:].islower()):
        return "title"
    return "mixed"


class Segmenter:
    """Chooses the most likely split of letter runs under one restore penalty."""

    def __init__(
        self, evidence: Evidence, penalty: float, repeat: float, weights: Weights = Weights()
    ) -> None:
        self.evidence = evidence
        self.penalty = penalty
        self.repeat = repeat
        self.weights = weights
        self.floor = least_part_cost(evidence, weights)
        self.bases = {
            "lower": weights.unknown_lower,
            "title": weights.unknown_title,
            "upper": weights.unknown_upper,
        }
        self.split = lru_cache(maxsize=None)(self._split)
        self.split_clitic = lru_cache(maxsize=None)(self._split_clitic)

    def _unknown(self, part: str, kind: str) -> float:
        w = self.weights
        return self.bases.get(kind, w.unknown_upper + w.odd_case) + w.per_letter * len(part)

    def part_cost(self, part: str) -> float:
        """Cost of `part` as one of several words of a split run."""
        return self._part_cost(part, part.lower())

    def _part_cost(self, part: str, low: str) -> float:
        if len(part) == 1 and part not in SINGLE_LETTER_WORDS:
            return math.inf
        kind = shape(part)
        if kind == "mixed" and self.evidence.forms.get(part, 0) == 0:
            return math.inf
        return self._cost(part, low, kind, 0)

    def whole_cost(self, run: str, seen: int) -> float:
        """Cost per occurrence of `run` as written, which this document has `seen` times.

        The document's own occurrences are taken out of the counts; the first is paid in
        full and each repeat at the price of a word the reader has just met.
        """
        cost = self._word_cost(run, seen)
        if shape(run) == "mixed" and run.lower() not in self.evidence.english:
            cost += self.weights.odd_case
        return (cost + (seen - 1) * self.repeat) / max(seen, 1)

    def _word_cost(self, part: str, discount: int) -> float:
        return self._cost(part, part.lower(), shape(part), discount)

    def _cost(self, part: str, low: str, kind: str, discount: int) -> float:
        if low not in self.evidence.corpus and low not in self.evidence.english:
            return self._unknown(part, kind)
        p = self.evidence.probability(low, discount)
        known = -math.log(p) if p > 0 else math.inf
        return min(known, self._unknown(part, kind))

    def break_cost(self, left: str, right: str) -> float:
        """Cost of restoring a space between two letters."""
        if left.islower() and right.isupper():
            return self.weights.camel_break
        return self.penalty

    def _split(self, run: str, seen: int, tail: str = "") -> tuple[int, ...]:
        """Offsets inside `run` where a space is restored; () keeps it whole.

        `tail` is the run after a hyphen that follows, if any: a last part the corpus
        writes hyphened to it ("al" of "al-Sudani") is as likely as that compound.
        A run in capitals is an acronym or a shout and is never split.
        """
        if run.isupper():
            return ()
        whole = self.whole_cost(run, seen)
        if self.plainly_whole(run, tail, whole):
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

        Results are kept in the evidence, shared by every document of a corpus.
        """
        key = (self.penalty, self.weights, run, whole, tail)
        found = self.evidence.splits.get(key)
        if found is None:
            found = self.evidence.splits[key] = self._search(run, whole, tail)
        return found

    def _search(self, run: str, whole: bool, tail: str) -> Split:
        """The dynamic programme behind `best`, ties going to the earliest start.

        A start is passed over when even the cheapest part from it cannot beat the best
        cost found so far, so no part cost is computed in vain.
        """
        n, lower = len(run), run.lower() if run.isascii() else None
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        joins = [0.0] + [self.break_cost(run[i - 1], run[i]) for i in range(1, n)]
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
                cost = best[start] + (joins[start] + self._step(part, low, last))
                if cost < best[end]:
                    best[end], back[end] = cost, start
        return best[n], _trace(back, n)

    def _step(self, part: str, low: str, tail: str) -> float:
        """Cost of `part` as a part; when it ends the run, `tail` may make it likelier."""
        cost = self._part_cost(part, low)
        if tail and cost < math.inf:
            before = self.evidence.before(low, tail)
            cost = min(cost, -math.log(before)) if before else cost
        return cost


def least_part_cost(evidence: Evidence, weights: Weights) -> float:
    """A lower bound of `Segmenter.part_cost` over every part, a little below the true minimum."""
    likeliest = evidence.likeliest
    known = -math.log(likeliest) if likeliest > 0 else math.inf
    w = weights
    unknown = min(w.unknown_lower, w.unknown_title, w.unknown_upper, w.unknown_upper + w.odd_case)
    return min(known, unknown + w.per_letter) - MARGIN


def _trace(back: list[int], n: int) -> tuple[int, ...]:
    cuts = []
    while back[n]:
        n = back[n]
        cuts.append(n)
    return tuple(reversed(cuts))
