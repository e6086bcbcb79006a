"""The text toolkit shared by repair, the analyzer and the extractors: one accent fold,
one sentence splitter, one set of word lists."""

from __future__ import annotations

from index.text.fold import strip_accents

__all__ = ["strip_accents"]
