"""Repair of fused words: where a text lost its spaces, with every offset kept.

`marks` finds joins next to punctuation and quotes, `splitter` splits runs of letters
by a word cost model weighed with `wordlist` (English) and the corpus's own words,
`restore` puts them together into a `Repaired` view of the original text.
"""

from __future__ import annotations

from index.repair.reading import Scan, scan
from index.repair.restore import (
    Repaired,
    Vocabulary,
    apply_breaks,
    build_vocabulary,
    repair,
)

__all__ = ["Repaired", "Scan", "Vocabulary", "apply_breaks", "build_vocabulary", "repair", "scan"]
