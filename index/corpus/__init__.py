"""Reading a folder of articles: decoding, metadata, sections, passages and repair."""

from __future__ import annotations

from index.corpus.decoding import decode
from index.corpus.files import (
    CorpusError,
    Stamp,
    article_paths,
    display_path,
    doc_id_for,
    doc_id_of,
    scan_articles,
)
from index.corpus.load import (
    Warn,
    lay_out,
    load_corpus,
    make_document,
    paragraphs,
    repair_article,
)

__all__ = [
    "CorpusError",
    "Stamp",
    "Warn",
    "article_paths",
    "decode",
    "display_path",
    "doc_id_for",
    "doc_id_of",
    "lay_out",
    "load_corpus",
    "make_document",
    "paragraphs",
    "repair_article",
    "scan_articles",
]
