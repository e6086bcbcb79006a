"""Figures that measure the same thing in different articles, side by side."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

from index.extract.figures.measures import UNSPECIFIED, measure_label
from index.model import Figure, FigureGroup

TOLERANCE = 0.02
"""Relative difference under which two values count as the same figure, rounded."""

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
            different stories are never grouped. None: the whole corpus is one story.

    Returns:
        One group per story and measure, in key order then story order; a document's
        repeated value appears once, distinct values of one document all appear (see
        `repeated_docs`).
    """
    order = {doc_id: i for i, doc_id in enumerate(doc_ids)}
    story = stories or {}
    groups = _by_measure((f for f in figures if f.doc in order), story)
    rank: dict[str, int] = {}
    for doc_id, i in order.items():
        rank[story.get(doc_id, "")] = min(i, rank.get(story.get(doc_id, ""), i))
    ranked = sorted(groups.items(), key=lambda item: (item[0][1], rank[item[0][0]]))
    return tuple(
        _group(key, sorted(values, key=lambda f: (order[f.doc], f.start)), tolerance)
        for (_, key), values in ranked
        if include_single or len({f.doc for f in values}) > 1
    )


def _by_measure(
    figures: Iterable[Figure], stories: Mapping[str, str]
) -> dict[tuple[str, str], list[Figure]]:
    """(story, measure) → its figures; an article missing from `stories` is in story ""."""
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    seen: set[tuple[str, str, float, float | None]] = set()
    for figure in figures:
        identity = (figure.measure, figure.doc, figure.value, figure.value_max)
        if not figure.measure.startswith(UNSPECIFIED) and identity not in seen:
            seen.add(identity)
            groups[stories.get(figure.doc, ""), figure.measure].append(figure)
    return groups


def _group(key: str, values: list[Figure], tolerance: float) -> FigureGroup:
    unit = Counter(f.unit for f in values).most_common(1)[0][0]
    return FigureGroup(key, measure_label(key, unit), tuple(values), disagrees(values, tolerance))


def disagrees(values: Sequence[Figure], tolerance: float = TOLERANCE) -> bool:
    """True when two articles report values that differ beyond rounding."""
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
