"""Reading a folder of articles: decoding, metadata, sections, passages and repair."""

from __future__ import annotations

from index.corpus.load import (
    CorpusError,
    Stamp,
    Warn,
    article_paths,
    decode,
    display_path,
    doc_id_for,
    doc_id_of,
    lay_out,
    load_corpus,
    make_document,
    paragraphs,
    repair_article,
    scan_articles,
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
