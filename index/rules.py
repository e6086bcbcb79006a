"""The version of the extraction and repair rules that an index was built with."""

from __future__ import annotations

RULES_VERSION = "rules-35"
"""Bump whenever repair, passages, extraction or records change what an index holds:
an index built by other rules is rebuilt. (The Whoosh schema has its own
`SCHEMA_VERSION`, which names the index folder.)"""
