"""The Whoosh schema: one record per passage and one per quotation."""

from __future__ import annotations

from whoosh.analysis import SimpleAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from index.store.analyzer import word_analyzer

SCHEMA_VERSION = 11
"""Bumped whenever the schema, the analysis or the catalog format changes; a new version
rebuilds the index (and removes the older ones)."""

PASSAGE = "passage"
"""Kind of record for a paragraph of an article."""
QUOTE = "quote"
"""Kind of record for a direct quotation."""

TEXT_FIELDS = ("text", "quote")
"""Fields whose hits are highlighted; all hold offsets relative to the record's text."""


def make_schema() -> Schema:
    """A fresh schema instance (Whoosh schemas are mutable, so never share one)."""
    return Schema(
        key=ID(stored=True, unique=True),
        kind=ID(stored=True),
        doc=ID(stored=True),
        passage=STORED(),  # never searched: NUMERIC cost 8 postings a record (12 % of all)
        start=STORED(),
        end=STORED(),
        section=ID(stored=True),
        source=TEXT(analyzer=SimpleAnalyzer(), stored=True),
        date=ID(stored=True),
        day=NUMERIC(int, bits=32, signed=False),
        title=TEXT(analyzer=SimpleAnalyzer(), stored=True),
        body=STORED(),
        text=TEXT(analyzer=word_analyzer(), chars=True, multitoken_query="phrase"),
        quote=TEXT(analyzer=word_analyzer(), chars=True, multitoken_query="phrase"),
        actor=KEYWORD(stored=True, commas=True),
        speaker=KEYWORD(stored=True, commas=True),
    )
