"""Small text helpers shared by the analyzer and the extractors."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """`text` with its diacritics removed ("Zürich" → "Zurich", "café" → "cafe")."""
    if text.isascii():  # no ASCII character decomposes: most text is done at once
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
