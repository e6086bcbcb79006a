"""Extraction of actors, quotes and figures from a corpus, as offsets into original text.

Each extractor reads a document's repaired view (`Document.repaired`) and reports spans
mapped back to the ORIGINAL text. Only a document's content passages (body and title)
are mined; front matter, footers and reader comments are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from index.extract.actors.find import find_actors
from index.extract.figures import compare_figures, find_figures
from index.extract.names.aliases import load_alias_table
from index.extract.quotes.find import find_quotes
from index.model import Document, Knowledge

__all__ = ["compare_figures", "extract_corpus"]


def extract_corpus(documents: Sequence[Document], user_aliases: Path | None = None) -> Knowledge:
    """Actors (aliases merged across the corpus), quotes and figures of `documents`."""
    actors = find_actors(documents, load_alias_table(user_aliases))
    return Knowledge(
        actors=actors,
        quotes=find_quotes(documents, actors),
        figures=find_figures(documents),
    )
