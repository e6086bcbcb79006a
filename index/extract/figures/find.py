"""Reported quantities in a corpus: the number, its unit and what it measures.

Each content passage is read in its repaired view (spaces restored in fused words) and
every span is mapped back to the ORIGINAL text. Number parsing lives in `numbers`, units
and measure keys in `measures`, the comparison across articles in `figure_compare`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from index.extract.figures.measures import Measure, measure_of
from index.extract.figures.numbers import Quantity, quantities
from index.model import Document, Figure, Passage
from index.text.sentences import Sentences
from index.text.tokens import long_tokens, merged_spans, within

CONTEXT_CHARS = 200
"""The longest context reported with a figure."""

_SPACES = re.compile(r"\s+")


def find_figures(documents: Sequence[Document]) -> tuple[Figure, ...]:
    """Every reported quantity in the content passages of `documents`.

    Args:
        documents: loaded articles; reader comments, footers and front matter are skipped.

    Returns:
        The figures in document order, spans as offsets into each ORIGINAL text.
    """
    return tuple(figure for document in documents for figure in document_figures(document))


def document_figures(document: Document) -> Iterator[Figure]:
    """The figures of one document's content passages, in text order."""
    for passage in document.content_passages():
        yield from _passage_figures(document, passage)


def text_figures(text: str) -> Iterator[tuple[Quantity, Measure]]:
    """Every figure of a plain text: its number expression and its measure. A number
    whose noun is left out ("three were killed") counts what the figure before it did."""
    return ((quantity, measure) for quantity, measure, _ in _sentenced_figures(text))


_CONTROL_SEQUENCE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
"""A terminal's escape code ("ESC[31m", pasted from a console): its digits are no figure."""


_BRACKETED = re.compile(
    r"\b(of|over|to|and|by|about|approximately|nearly|some|with|reached"
    r"|for|at|than|from|is|was|were|are|allocated|spent|cost|[a-z]{3,}ing)"
    r" \((\d[\d,.]*)\)(?= +(?:[a-z%]|[Bb]illion|[Mm]illion|[Tt]housand))"
)
"""A numeral in brackets where an amount goes, as Iraqi official prose writes them ("the
allocation of (15) billion dinars", "over (7) villages"): read as the numeral alone. A
bracket after a name or a noun is an age ("a child (7) was wounded") and one that opens
a clause numbers a step ("will (1) review"): neither is read."""


def _unbracketed(match: re.Match[str]) -> str:
    return f"{match.group(1)}  {match.group(2)} "  # as long as before: offsets stay put


def _sentenced_figures(text: str) -> Iterator[tuple[Quantity, Measure, tuple[int, int]]]:
    """`text_figures`, each with the bounds of its sentence (which its measure reads)."""
    text = _BRACKETED.sub(_unbracketed, text)
    last, sentences, data = "", Sentences(text), long_tokens(text)
    codes = [m.span() for m in _CONTROL_SEQUENCE.finditer(text)]
    data = merged_spans(sorted(data + codes)) if codes else data
    for quantity in quantities(text):
        if within(data, quantity.start):
            continue  # no figure in data (an encoded image, a terminal's escape code)
        sentence = sentences.bounds(quantity.start, quantity.end)
        measure = measure_of(text, quantity, sentence, last)
        if measure is not None:
            last = measure.counted or last
            yield quantity, measure, sentence


def _passage_figures(document: Document, passage: Passage) -> Iterator[Figure]:
    repaired = document.repaired
    offset = repaired.to_repaired(passage.start)
    text = repaired.text[offset : repaired.to_repaired(passage.end)]
    for quantity, measure, sentence in _sentenced_figures(text):
        start, end = _original(document, offset + measure.start, offset + measure.end)
        if document.text[start - 1 : start] == "(" and ")" in document.text[start:end]:
            start -= 1  # "(15) billion dinars": the numeral's brackets with it
        bounds = _original(document, offset + sentence[0], offset + sentence[1])
        yield Figure(
            doc=document.id,
            start=start,
            end=end,
            value=quantity.value,
            value_max=quantity.value_max,
            unit=measure.unit,
            measure=measure.key,
            context=trim_context(document.text, bounds, (start, end)),
        )


def _original(document: Document, start: int, end: int) -> tuple[int, int]:
    to_original = document.repaired.to_original
    return to_original(start), to_original(end - 1) + 1


def trim_context(text: str, sentence: tuple[int, int], figure: tuple[int, int]) -> str:
    """The sentence around a figure, whitespace collapsed, cut to about CONTEXT_CHARS."""
    start, end = sentence
    if end - start > CONTEXT_CHARS:
        middle = (figure[0] + figure[1]) // 2
        start = max(start, min(middle - CONTEXT_CHARS // 2, end - CONTEXT_CHARS))
        end = min(end, start + CONTEXT_CHARS)
        start, end = _word_edges(text, start, end, sentence)
    clipped = _SPACES.sub(" ", text[start:end]).strip()
    head = "…" if start > sentence[0] else ""
    tail = "…" if end < sentence[1] else ""
    return f"{head}{clipped}{tail}"


def _word_edges(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """`start`/`end` moved inwards to whole words where they cut into the sentence."""
    if start > sentence[0]:
        space = text.find(" ", start, end)
        start = space + 1 if space != -1 else start
    if end < sentence[1]:
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end
