"""Repair of fused words: where a text lost its spaces, with every offset kept.

`marks` finds joins next to punctuation and quotes, `splitter` splits runs of letters
by a word cost model weighed (`evidence`) with `wordlist` (English) and the corpus's
own words; `summary` reads what one article tells of words and `vocabulary` counts it
over the corpus by distinct clean articles; `restore` puts them together into a
`Repaired` view of the original text.
"""

from __future__ import annotations

from index.repair.reading import Scan, scan
from index.repair.restore import (
    Dependencies,
    Repaired,
    apply_breaks,
    build_vocabulary,
    repair,
    repair_article_text,
    repair_with_dependencies,
)
from index.repair.summary import DAMAGE_RATE, WordSummary, summarize
from index.repair.vocabulary import CAP, UNIT, Vocabulary

__all__ = [
    "CAP",
    "DAMAGE_RATE",
    "UNIT",
    "Dependencies",
    "Repaired",
    "Scan",
    "Vocabulary",
    "WordSummary",
    "apply_breaks",
    "build_vocabulary",
    "repair",
    "repair_article_text",
    "repair_with_dependencies",
    "scan",
    "summarize",
]
