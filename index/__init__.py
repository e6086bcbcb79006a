"""borderlens' library: corpus loading, repair, extraction, the Whoosh index and search.

This package never imports Textual or Rich; the terminal app and the CLI in `tui`
are thin shells over it.
"""

from __future__ import annotations

from index.corpus import CorpusError, load_corpus
from index.model import Actor, Document, Figure, FigureGroup, Hit, Knowledge, Metadata
from index.model import Mention, Passage, Quote, Span
from index.repair import Repaired, repair

__all__ = [
    "Actor",
    "CorpusError",
    "Document",
    "Figure",
    "FigureGroup",
    "Hit",
    "Knowledge",
    "Mention",
    "Metadata",
    "Passage",
    "Quote",
    "Repaired",
    "Span",
    "load_corpus",
    "repair",
]
