"""One set of people or things counted under two descriptions in one story.

"All four Americans aboard were killed", "all four hostages had been shot" and "the four
Americans died" count one set. Within a story, where an article gives both and each has one
value across the story, the values agreeing:
- a plain count of a noun ("american:count") names the set that a count of what happened to
  the same noun ("death:count:american") counts;
- two plain counts ("american:count", "hostage:count") name one set when each is already
  tied so to the same happening.
A merged set never joins two different happenings ("death:count:civilian" and
"injury:count:civilian" stay apart however a plain count of civilians matches them), counts
with a predicate of their own are never merged with each other directly ("two pirates
killed" and "two other pirates in custody" stay apart), and a plain count alone ("two
issues", "two sides") is merged with nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from index.extract.figures.predicates import EVENTS
from index.model import Figure

Run = tuple[str, list[Figure]]
"""A measure key and the figures of one story (one order of magnitude) it groups."""


def merge_sets(runs: Sequence[Run], agree: Callable[[Figure, Figure], bool]) -> list[Run]:
    """`runs` with the runs that count one set merged (under the key that says what
    happened to it, else the first key), in the order of their first run."""
    parent = list(range(len(runs)))
    happening = [_happening(key) for key, _ in runs]
    single = [_one_value(run, agree) for _, run in runs]
    for i, j in _pairs(runs, single, agree):
        if _head(runs[i][0]) == _head(runs[j][0]):
            _union(parent, happening, i, j)
    for i, j in _pairs(runs, single, agree):
        first, second = happening[_root(parent, i)], happening[_root(parent, j)]
        if _plain(runs[j][0]) and first is not None and first == second:
            _union(parent, happening, i, j)
    merged: dict[int, list[int]] = {}
    for i in range(len(runs)):
        merged.setdefault(_root(parent, i), []).append(i)
    return [_joined([runs[i] for i in members]) for members in merged.values()]


def _pairs(
    runs: Sequence[Run], single: list[bool], agree: Callable[[Figure, Figure], bool]
) -> list[tuple[int, int]]:
    """(plain count, other count) pairs of one value each, given in one article, agreeing."""
    pairs = []
    for i, (key_i, run_i) in enumerate(runs):
        if not _plain(key_i) or not single[i]:
            continue
        docs = {f.doc for f in run_i}
        for j, (key_j, run_j) in enumerate(runs):
            if j == i or key_j.split(":")[1:2] != ["count"] or not single[j]:
                continue
            if docs & {f.doc for f in run_j} and agree(run_i[0], run_j[0]):
                pairs.append((i, j))
    return pairs


def _union(parent: list[int], happening: list[str | None], i: int, j: int) -> None:
    root_i, root_j = _root(parent, i), _root(parent, j)
    first, second = happening[root_i], happening[root_j]
    if root_i == root_j or (first and second and first != second):
        return
    parent[root_j] = root_i
    happening[root_i] = first or second


def _head(key: str) -> str:
    """The counted noun of a count key ("death:count:pirate" → "pirate")."""
    parts = key.split(":")
    if parts[0] in EVENTS:
        return parts[2] if len(parts) > 2 else "people"
    return parts[0]


def _plain(key: str) -> bool:
    parts = key.split(":")
    return len(parts) == 2 and parts[1] == "count"


def _one_value(run: list[Figure], agree: Callable[[Figure, Figure], bool]) -> bool:
    return all(agree(run[0], figure) for figure in run[1:])


def _happening(key: str) -> str | None:
    """What happened to the counted set ("death", "capture"), None for a plain count."""
    parts = key.split(":")
    if _plain(key):
        return None
    return parts[0] if parts[0] in EVENTS else parts[-1]


def _joined(runs: list[Run]) -> Run:
    keys = [key for key, _ in runs if not _plain(key)] or [runs[0][0]]
    return keys[0], [figure for _, run in runs for figure in run]


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
