"""Direct quotations and their speakers: the marks (`marks`), the sentence around them
(`context`), who speaks (`speakers`); `find` reads one document (`document_quotes`) and
names the speakers after the corpus's actors (`finish_quotes`)."""

from __future__ import annotations

from index.extract.quotes.find import LocalQuote, document_quotes, finish_quotes

__all__ = ["LocalQuote", "document_quotes", "finish_quotes"]
