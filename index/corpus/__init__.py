"""Reading a folder of articles: decoding, metadata, sections, passages and repair."""

from __future__ import annotations

from index.corpus.load import (
    CorpusError,
    Warn,
    article_paths,
    decode,
    doc_id_for,
    load_corpus,
    make_document,
    paragraphs,
    repair_article,
)

__all__ = [
    "CorpusError",
    "Warn",
    "article_paths",
    "decode",
    "doc_id_for",
    "load_corpus",
    "make_document",
    "paragraphs",
    "repair_article",
]
