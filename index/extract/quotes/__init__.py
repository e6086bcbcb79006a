"""Direct quotations and their speakers: the marks (`marks`), the sentence around them
(`context`), who speaks (`speakers`); `find` runs it over a corpus."""

from __future__ import annotations

from index.extract.quotes.find import find_quotes

__all__ = ["find_quotes"]
