"""Counts read as English: the noun in the singular for one, thousands grouped."""

from __future__ import annotations

from tui.wording import counted


def test_one_is_singular_and_others_plural_with_thousands_grouped() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "result") == "0 results"
    assert counted(2048, "article") == "2,048 articles"
