"""What repair reads of a text once: its tokens, the joins its marks show, its runs.

Both the per-article summary (`summary`) and the repair itself (`restore`) start here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from index.repair.marks import (
    LETTERS,
    TOKEN,
    Run,
    left_out,
    letter_runs,
    mark_breaks,
    quote_breaks,
)
from index.text.tokens import within


@dataclass(frozen=True)
class Scan:
    """What repair reads of a text once, whatever the price of a restored space.

    `marked` holds the joins the marks show, `runs` the runs of letters the word model
    weighs, `size` counts the tokens and `seen` the lowercased words of the text.
    """

    text: str
    marked: frozenset[int]
    runs: tuple[Run, ...]
    size: int
    seen: Counter[str]


def scan(text: str) -> Scan:
    """Read `text` once: its tokens, the joins its marks show and its runs of letters.

    The rules read whole texts at once; web addresses and tokens too long to be words
    are left out (`left_out`).
    """
    web = left_out(text)
    marked, size = _marks(text, web)
    runs = tuple(run for run in letter_runs(text) if not within(web, run.start))
    seen = Counter(map(str.lower, LETTERS.findall(text)))
    return Scan(text, marked, runs, size, seen)


def damage_signal(text: str) -> tuple[int, int]:
    """The joins the marks of `text` show and its tokens: what tells a damaged text,
    with no vocabulary (`scan(text).marked` and `.size`, without the runs of letters)."""
    marked, size = _marks(text, left_out(text))
    return len(marked), size


def _marks(text: str, web: list[tuple[int, int]]) -> tuple[frozenset[int], int]:
    marked = quote_breaks(text) | {i for i in mark_breaks(text) if not within(web, i)}
    return frozenset(marked), len(TOKEN.findall(text)) - len(web)
