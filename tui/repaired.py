"""The repaired view of passages and quotations: spaces restored where words were fused.

Offsets stay original offsets; only the text a person reads or copies gains the spaces.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from index import CorpusError, Engine, Span


def restore(text: str, base: int, inserted: Sequence[int], mark: str = " ") -> str:
    """`text` (original offsets from `base`) with `mark` before each `inserted` offset."""
    return restore_spans(text, (), inserted, base, mark)[0]


def restore_spans(
    text: str, spans: Iterable[Span], inserted: Sequence[int], base: int = 0, mark: str = " "
) -> tuple[str, list[Span]]:
    """`text` with `mark` before each `inserted` offset (sorted, as a document's are), and
    `spans` shifted to match.

    The spans stay offsets counted from `base`, now into the text with the marks.
    """
    cuts = _cuts(text, inserted, base)
    if not cuts:
        return text, list(spans)
    pieces, last = [], 0
    for cut in cuts:
        pieces += [text[last:cut], mark]
        last = cut
    pieces.append(text[last:])
    return "".join(pieces), [_shift(s, cuts, base) for s in spans]


def restored_marks(text: str, inserted: Sequence[int], base: int, kind: str) -> list[Span]:
    """A one-character span of `kind` on each mark `restore_spans` put into `text`."""
    cuts = _cuts(text, inserted, base)
    return [Span(base + c + i, base + c + i + 1, kind) for i, c in enumerate(cuts)]


def _cuts(text: str, inserted: Sequence[int], base: int) -> list[int]:
    """The sorted `inserted` offsets inside `text`, counted from its start `base` (found
    by bisection: a long article's passages are each shown with its offsets)."""
    low, high = bisect_right(inserted, base), bisect_left(inserted, base + len(text))
    return [o - base for o in inserted[low:high]]


def _shift(span: Span, cuts: Sequence[int], base: int) -> Span:
    before_start = bisect_right(cuts, span.start - base)
    before_end = bisect_right(cuts, span.end - base - 1)
    return Span(span.start + before_start, span.end + before_end, span.kind)


class Repairs:
    """Where repair restored spaces in each article, read once per article."""

    def __init__(self, engine: Engine | None) -> None:
        self.engine = engine
        """The opened corpus (None: nothing is repaired)."""
        self._inserted: dict[str, tuple[int, ...]] = {}
        self._lock = threading.Lock()

    def inserted(self, doc: str) -> tuple[int, ...]:
        """The original offsets of `doc` before which a space was restored."""
        with self._lock:
            known = self._inserted.get(doc)
        if known is None:
            known = self._read(doc)
            with self._lock:
                self._inserted[doc] = known
        return known

    def _read(self, doc: str) -> tuple[int, ...]:
        if self.engine is None:
            return ()
        try:
            return self.engine.inserted(doc)
        except (CorpusError, KeyError, OSError):
            return ()

    def text(self, doc: str, text: str, start: int) -> str:
        """The repaired view of `text`, which starts at original offset `start` of `doc`."""
        return restore(text, start, self.inserted(doc))

    def around(self, doc: str, snippet: str, at: int) -> str:
        """The repaired view of `snippet`, a piece of `doc` (maybe with "…") covering the
        original offset `at`, such as a figure's sentence; unchanged when not found."""
        core = snippet.strip("…")
        if self.engine is None or not core or not self.inserted(doc):
            return snippet
        try:
            text = self.engine.document(doc).text
        except (CorpusError, KeyError, OSError):  # changed or gone since it was indexed
            return snippet
        start = text.find(core, max(0, at - len(core)), at + len(core))
        if start < 0:
            return snippet
        return snippet.replace(core, self.text(doc, core, start), 1)
