"""Reported quantities: numbers (`numbers`, `number_words`), their units (`units`), what
they measure (`measures`, `measure_words`), and the comparison across articles
(`compare`); `find` reads a corpus."""

from __future__ import annotations

from index.extract.figures.compare import compare_figures, repeated_docs
from index.extract.figures.find import document_figures, find_figures, text_figures
from index.extract.figures.measures import measure_label

__all__ = [
    "compare_figures",
    "document_figures",
    "find_figures",
    "measure_label",
    "repeated_docs",
    "text_figures",
]
