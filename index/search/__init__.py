"""Answering queries: the query language, running it on the index, and actors by name."""

from __future__ import annotations

from index.search.hits import Results, run
from index.search.query import QueryError, parse

__all__ = ["QueryError", "Results", "parse", "run"]
