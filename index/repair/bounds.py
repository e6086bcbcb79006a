"""A cheap lower bound of every split of a run, so that most runs need no search."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from index.repair.costs import MAX_PART

if TYPE_CHECKING:
    from index.repair.splitter import Segmenter


def ends_bound(split: Segmenter, run: str, tail: str) -> float:
    """A lower bound of any split of `run` into two parts or more.

    Two parts cost exactly a prefix, a restored space and the suffix after it; three
    or more, at least the cheapest prefix, two spaces, a part (`floor`) and the
    cheapest suffix. Most runs that are no word of English (names, rare words) have
    no cheap prefix and suffix, and are kept whole without searching every split.
    """
    n = len(run)
    if n < 2:
        return math.inf
    heads, tails = split.view.recall(split.ends, (run, tail), _ends, split, run, tail)
    if tails is None:
        return math.inf
    joins = [math.inf] + [split.break_cost(run[i - 1], run[i]) for i in range(1, n)]
    two = min(heads[k] + joins[k] + tails[k] for k in range(1, n))
    least = min(joins[1:])
    more = min(heads) + least + split.floor + least + min(tails) if n > 2 else math.inf
    return min(two, more)


def _ends(split: Segmenter, run: str, tail: str) -> tuple[list[float], list[float] | None]:
    """The cost of each prefix of `run` and, unless none is a part, of each suffix."""
    n, low = len(run), run.lower()
    heads = [math.inf] * n
    tails = [math.inf] * n
    for k in range(1, min(n, MAX_PART + 1)):
        heads[k] = split._part_cost(run[:k], low[:k])
    if min(heads) == math.inf:
        return heads, None
    for k in range(max(1, n - MAX_PART), n):
        tails[k] = split._step(run[k:], low[k:], tail)
    return heads, tails
