"""Extraction of actors, quotes and figures from a corpus, as offsets into original text.

Each extractor reads a document's repaired view (`Document.repaired`) and reports spans
mapped back to the ORIGINAL text. Only a document's content passages (body and title)
are mined; front matter, footers and reader comments are left out.

The work is per document (`extract_document` → `DocExtraction`, cacheable per article)
except for two corpus-wide steps that read only those small values: merging actors'
keys across articles (`merge_actors`) and naming quotations' speakers after the merged
actors (`finish_quotes`). `extract_corpus` composes the three.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from index.model import Document, Knowledge

if TYPE_CHECKING:
    from index.extract.actors.find import ActorMerge, merge_actors
    from index.extract.document import DocExtraction, extract_document, final_quotes
    from index.extract.figures import compare_figures
    from index.extract.names.aliases import AliasTable
    from index.extract.quotes.find import LocalQuote, finish_quotes

_HOMES = {
    "ActorMerge": "index.extract.actors.find",
    "merge_actors": "index.extract.actors.find",
    "DocExtraction": "index.extract.document",
    "extract_document": "index.extract.document",
    "final_quotes": "index.extract.document",
    "compare_figures": "index.extract.figures",
    "LocalQuote": "index.extract.quotes.find",
    "finish_quotes": "index.extract.quotes.find",
}
"""Where each name lives: imported on first use, so that a search, which needs only the
alias table (`index.extract.names`), does not load every extractor."""

__all__ = [
    "ActorMerge",
    "DocExtraction",
    "LocalQuote",
    "compare_figures",
    "extract_corpus",
    "extract_document",
    "final_quotes",
    "finish_quotes",
    "knowledge_of",
    "merge_actors",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(home), name)


def extract_corpus(documents: Sequence[Document], user_aliases: Path | None = None) -> Knowledge:
    """Actors (aliases merged across the corpus), quotes and figures of `documents`.

    Args:
        documents: the corpus, in order.
        user_aliases: the analyst's alias file; None looks in the config directory.
    """
    from index.extract.document import extract_document
    from index.extract.names.aliases import load_alias_table

    aliases = load_alias_table(user_aliases)
    return knowledge_of([extract_document(d, aliases) for d in documents], aliases)


def knowledge_of(extractions: Iterable[DocExtraction], aliases: AliasTable) -> Knowledge:
    """The corpus's knowledge from its documents' extractions, in corpus order."""
    from index.extract.actors.find import merge_actors
    from index.extract.document import final_quotes

    extractions = list(extractions)
    merge = merge_actors(extractions, aliases)
    return Knowledge(
        actors=merge.actors,
        quotes=tuple(q for e in extractions for q in final_quotes(e, merge)),
        figures=tuple(f for e in extractions for f in e.figures),
    )
