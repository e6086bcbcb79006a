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
from pathlib import Path

from index.extract.actors.find import ActorMerge, merge_actors
from index.extract.document import DocExtraction, extract_document, final_quotes
from index.extract.figures import compare_figures
from index.extract.names.aliases import AliasTable, load_alias_table
from index.extract.quotes.find import LocalQuote, finish_quotes
from index.model import Document, Knowledge

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


def extract_corpus(documents: Sequence[Document], user_aliases: Path | None = None) -> Knowledge:
    """Actors (aliases merged across the corpus), quotes and figures of `documents`.

    Args:
        documents: the corpus, in order.
        user_aliases: the analyst's alias file; None looks in the config directory.
    """
    aliases = load_alias_table(user_aliases)
    return knowledge_of([extract_document(d, aliases) for d in documents], aliases)


def knowledge_of(extractions: Iterable[DocExtraction], aliases: AliasTable) -> Knowledge:
    """The corpus's knowledge from its documents' extractions, in corpus order."""
    extractions = list(extractions)
    merge = merge_actors(extractions, aliases)
    return Knowledge(
        actors=merge.actors,
        quotes=tuple(q for e in extractions for q in final_quotes(e, merge)),
        figures=tuple(f for e in extractions for f in e.figures),
    )
