"""Reported quantities, what they measure, and their comparison across sources. (stub)"""

from __future__ import annotations

from collections.abc import Sequence

from index.model import Document, Figure, FigureGroup


def find_figures(documents: Sequence[Document]) -> tuple[Figure, ...]:
    """Every reported quantity in the content passages of `documents`."""
    return ()


def compare_figures(
    figures: Sequence[Figure], documents: Sequence[Document]
) -> tuple[FigureGroup, ...]:
    """Figures grouped by measure across documents, disagreements flagged."""
    return ()
