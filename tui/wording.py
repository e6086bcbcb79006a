"""Counts as the app and the command line write them: "1 article", "2,048 articles"."""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """`n` `noun`s, the noun in the singular for one ("1 article", "2,048 articles")."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


NO_ARTICLE = "no article (no readable .txt file)"
"""Said of a corpus folder that holds no article (empty, or only skipped files)."""
