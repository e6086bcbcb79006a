"""borderlens' library: corpus loading, repair, extraction, the Whoosh index and search.

This package never imports Textual or Rich. `tui` (the app and the command line) uses
only the names below; everything else is internal.
"""

from __future__ import annotations

from index.corpus import CorpusError, load_corpus, repair_article
from index.engine import Engine
from index.extract.names.aliases import AliasFileError
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
from index.paths import (
    bundled_corpus,
    clipboard_file,
    default_export_dir,
    state_file,
)
from index.repair.restore import Repaired, repair
from index.search.hits import Results
from index.search.query import QueryError
from index.store.build import BuildCancelled, BuildReport, IndexBuildError, Progress
from index.store.opening import indexed_vocabulary, repair_file
from index.text.amounts import vague_amount

__all__ = [
    "Actor",
    "AliasFileError",
    "BuildCancelled",
    "BuildReport",
    "CorpusError",
    "Document",
    "Engine",
    "Figure",
    "FigureGroup",
    "Hit",
    "IndexBuildError",
    "Knowledge",
    "Mention",
    "Metadata",
    "Passage",
    "Progress",
    "QueryError",
    "Quote",
    "Repaired",
    "Results",
    "Span",
    "bundled_corpus",
    "clipboard_file",
    "default_export_dir",
    "indexed_vocabulary",
    "load_corpus",
    "repair",
    "repair_article",
    "repair_file",
    "state_file",
    "vague_amount",
]
