"""Figures that measure the same thing in different articles, side by side."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from itertools import combinations

from index.extract.figures.measures import UNSPECIFIED, measure_label
from index.extract.figures.sets import Run, merge_sets
from index.model import Figure, FigureGroup

TOLERANCE = 0.02
"""Relative difference under which two values count as the same figure, rounded."""

MAGNITUDE_GAP = 10.0
"""Values of one measure this many times apart are not one quantity reported differently
(a subtotal beside a total, a local beside a national count): they are grouped apart."""

LASTING_UNITS = frozenset({"km", "m", "cm", "mm", "mile", "km²"})
"""Units of lengths and areas: a border's, a wall's, a district's size lasts, so reports of
it compare across stories and years; counts, sums and shares belong to their event."""

_SCALE = {
    "km": 1000.0, "m": 1.0, "cm": 0.01, "mm": 0.001, "mile": 1609.344, "%": 0.01, "km²": 1e6,
    "t": 1000.0, "kg": 1.0,
}  # fmt: skip


def compare_figures(
    figures: Sequence[Figure],
    doc_ids: Sequence[str],
    *,
    include_single: bool = False,
    tolerance: float = TOLERANCE,
    stories: Mapping[str, str] | None = None,
) -> tuple[FigureGroup, ...]:
    """Figures grouped by story and measure across documents, disagreements flagged.

    Args:
        figures: figures as found by `find_figures`.
        doc_ids: the articles to compare, in the order that orders each group's values.
        include_single: also return measures that only one article reports.
        tolerance: relative difference tolerated as rounding.
        stories: article id → story id (see `stories.figure_stories`); figures of
            different stories are not grouped, but for lengths and areas
            (`LASTING_UNITS`). None: the whole corpus is one story.

    Returns:
        One group per story and measure (and per order of magnitude of its values, see
        `MAGNITUDE_GAP`), in key order then story order; a document's repeated value
        appears once, distinct values of one document all appear (see `repeated_docs`).
    """
    order = {doc_id: i for i, doc_id in enumerate(doc_ids)}
    story = stories or {}
    groups = _by_measure((f for f in figures if f.doc in order), story)
    rank: dict[str, int] = {"": -1}
    for doc_id, i in order.items():
        rank[story.get(doc_id, "")] = min(i, rank.get(story.get(doc_id, ""), i))
    runs: dict[str, list[Run]] = defaultdict(list)
    for (story_id, key), values in groups.items():
        runs[story_id] += [(key, run) for run in magnitude_runs(values)]
    same = partial(agree, tolerance=tolerance)
    merged = [
        (rank[story_id], run) for story_id, found in runs.items() for run in merge_sets(found, same)
    ]
    return tuple(
        _group(key, sorted(values, key=lambda f: (order[f.doc], f.start)), tolerance)
        for _, (key, values) in sorted(merged, key=lambda item: (item[1][0], item[0]))
        if include_single or len({f.doc for f in values}) > 1
    )


def magnitude_runs(values: Sequence[Figure]) -> list[list[Figure]]:
    """`values` cut, smallest first, wherever the next value is `MAGNITUDE_GAP` times the
    one before it or more."""
    ordered = sorted(values, key=lambda f: _interval(f)[0])
    runs: list[list[Figure]] = []
    high = 0.0  # the highest value of the run being made
    for figure in ordered:
        low, top = _interval(figure)
        if not runs or (high > 0 and low >= high * MAGNITUDE_GAP):
            runs.append([])
            high = top
        runs[-1].append(figure)
        high = max(high, top)
    return runs


def _by_measure(
    figures: Iterable[Figure], stories: Mapping[str, str]
) -> dict[tuple[str, str], list[Figure]]:
    """(story, measure) → its figures; an article missing from `stories`, and a length or
    an area, are in story ""."""
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    seen: set[tuple[str, str, float, float | None]] = set()
    for figure in figures:
        identity = (figure.measure, figure.doc, figure.value, figure.value_max)
        if not figure.measure.startswith(UNSPECIFIED) and identity not in seen:
            seen.add(identity)
            story = "" if figure.unit in LASTING_UNITS else stories.get(figure.doc, "")
            groups[story, figure.measure].append(figure)
    return groups


def _group(key: str, values: list[Figure], tolerance: float) -> FigureGroup:
    unit = Counter(f.unit for f in values).most_common(1)[0][0]
    return FigureGroup(key, measure_label(key, unit), tuple(values), disagrees(values, tolerance))


def disagrees(values: Sequence[Figure], tolerance: float = TOLERANCE) -> bool:
    """True when two articles report values that differ beyond rounding."""
    if len(values) < 2:
        return False
    slack = 1 + tolerance
    lowest_top = min(values, key=lambda f: _interval(f)[1])
    highest_low = max(values, key=lambda f: _interval(f)[0])
    if _interval(highest_low)[0] <= _interval(lowest_top)[1] * slack:
        return False  # every two ranges overlap: the farthest apart do
    if highest_low.doc != lowest_top.doc:
        return True
    return any(a.doc != b.doc and not agree(a, b, tolerance) for a, b in combinations(values, 2))


def agree(a: Figure, b: Figure, tolerance: float = TOLERANCE) -> bool:
    """True when the ranges of `a` and `b` overlap once widened by `tolerance`."""
    low_a, high_a = _interval(a)
    low_b, high_b = _interval(b)
    slack = 1 + tolerance
    return low_a <= high_b * slack and low_b <= high_a * slack


def _interval(figure: Figure) -> tuple[float, float]:
    scale = _SCALE.get(figure.unit, 1.0)
    high = figure.value if figure.value_max is None else figure.value_max
    return figure.value * scale, high * scale


def repeated_docs(group: FigureGroup) -> frozenset[str]:
    """The documents that report more than one value in `group`."""
    counts = Counter(figure.doc for figure in group.values)
    return frozenset(doc for doc, count in counts.items() if count > 1)
