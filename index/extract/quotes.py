"""Direct quotations and their speakers. (stub)"""

from __future__ import annotations

from collections.abc import Sequence

from index.model import Actor, Document, Quote


def find_quotes(documents: Sequence[Document], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """Every direct quotation in the content passages of `documents`, with its speaker."""
    return ()
