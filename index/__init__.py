"""borderlens' library: corpus loading, repair, extraction, the Whoosh index and search.

This package never imports Textual or Rich; the terminal app and the CLI in `tui`
are thin shells over it.
"""

from __future__ import annotations

from index.corpus import CorpusError, load_corpus
from index.engine import Engine
from index.model import (
    Actor,
    Document,
    Figure,
    FigureGroup,
    Hit,
    Knowledge,
    Mention,
    Metadata,
    Passage,
    Quote,
    Span,
)
from index.query import QueryError
from index.repair import Repaired, repair
from index.search import Results

__all__ = [
    "Actor",
    "CorpusError",
    "Document",
    "Engine",
    "Figure",
    "FigureGroup",
    "Hit",
    "Knowledge",
    "Mention",
    "Metadata",
    "Passage",
    "QueryError",
    "Quote",
    "Repaired",
    "Results",
    "Span",
    "load_corpus",
    "repair",
]
