"""One set of people or things counted under two descriptions in one story.

"All four Americans aboard were killed", "all four hostages had been shot" and "the four
Americans died" count one set. Within a story, two count measures are that set described
twice when an article gives both, each measure has one value across the story and the values
agree, and one of them is a plain count ("american:count"): a plain count names the set,
the other says what happened to it. A merged set never joins two different happenings
("death:count:civilian" and "injury:count:civilian" stay apart however a plain count of
civilians matches them), and counts with a predicate of their own are never merged with each
other directly: "two pirates killed" and "two other pirates in custody" stay apart.
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
    for i, j in _candidates(runs, agree):
        root_i, root_j = _root(parent, i), _root(parent, j)
        first, second = happening[root_i], happening[root_j]
        if root_i == root_j or (first and second and first != second):
            continue
        parent[root_j] = root_i
        happening[root_i] = first or second
    merged: dict[int, list[int]] = {}
    for i in range(len(runs)):
        merged.setdefault(_root(parent, i), []).append(i)
    return [_joined([runs[i] for i in members]) for members in merged.values()]


def _candidates(runs: Sequence[Run], agree: Callable[[Figure, Figure], bool]) -> list[tuple]:
    """Pairs of runs, one of them a plain count, that count one set in the same article."""
    pairs = []
    for i, (key_i, run_i) in enumerate(runs):
        if not _plain(key_i) or not _one_value(run_i, agree):
            continue
        docs = {f.doc for f in run_i}
        for j, (key_j, run_j) in enumerate(runs):
            if j == i or not key_j.split(":")[1:2] == ["count"] or key_j.endswith(":vague"):
                continue
            if docs & {f.doc for f in run_j} and _one_value(run_j, agree):
                if agree(run_i[0], run_j[0]):
                    pairs.append((min(i, j), max(i, j)))
    return sorted(set(pairs))


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
