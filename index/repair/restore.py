"""Repair of fused words: restore the spaces a document lost, keeping every offset.

A document that lost the spaces at its former line breaks reads "Syriaplunges",
"rise,Baghdad", "2024alone". Repair finds such joins with one algorithm for every
document: character rules for joins next to punctuation and quotes (`marks`), and a
unigram cost model over the letters (`splitter`) that weighs the English list
(`wordlist`, derived from wordfreq) and the corpus's own vocabulary (`vocabulary`,
counted by distinct clean articles from per-article `summary` values), so that names
the corpus writes intact stay whole. The cost of restoring a space is set per document
from how many clear joins a cautious first pass finds: a damaged document earns a lower
price than a clean one.

An article's repair depends on the vocabulary only through the keys it reads, which
`repair_article_text` returns: an index update re-repairs only the articles that read a
key whose value the update changed.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from index.repair.evidence import ArticleView
from index.repair.marks import Run
from index.repair.reading import Scan, scan
from index.repair.splitter import Segmenter
from index.repair.summary import WordSummary, summarize
from index.repair.vocabulary import Vocabulary

CAUTIOUS_PENALTY = 8.0
"""Cost (nats) of a restored space before anything is known of the document."""
DAMAGED_PENALTY = 3.0
"""The lowest cost a restored space can have, in a badly damaged document."""
PRIOR_JOINS, PRIOR_TOKENS = 0.5, 500
"""Pseudo-counts that keep a short document's estimate of its damage cautious."""
MIN_LINE = 20
"""Fewest characters between two joins left by lost line breaks."""
DIGIT_WORD = 4
"""Letters a word needs before a digit boundary next to it counts as a lost space."""


@dataclass(frozen=True)
class Repaired:
    """A repaired view of `original`: spaces inserted before the offsets in `inserted`.

    `inserted` holds sorted offsets into the ORIGINAL text; a space was restored just
    before `original[i]` for each `i` in it.
    """

    original: str
    text: str
    inserted: tuple[int, ...] = ()

    def to_original(self, i: int) -> int:
        """The original offset of repaired offset `i` (an inserted space maps to the next char)."""
        lo, hi = 0, len(self.inserted)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.inserted[mid] + mid < i:
                lo = mid + 1
            else:
                hi = mid
        return i - lo

    def to_repaired(self, i: int) -> int:
        """The repaired offset of original offset `i`."""
        return i + bisect_right(self.inserted, i)

    def breaks_in(self, start: int, end: int) -> tuple[int, ...]:
        """The restored boundaries that fall strictly inside original range `[start, end)`."""
        lo = bisect_right(self.inserted, start)
        hi = bisect_left(self.inserted, end)
        return self.inserted[lo:hi]


def build_vocabulary(texts: Iterable[str]) -> Vocabulary:
    """The vocabulary of a corpus given as texts (each summarized, then counted)."""
    return Vocabulary.from_summaries(map(summarize, texts))


def repair(text: str, vocabulary: Vocabulary | None = None) -> Repaired:
    """Return the repaired view of `text`.

    Args:
        text: The original text.
        vocabulary: The corpus's vocabulary, with or without `text` (the text never
            vouches for its own whole words); when None the text's own words are the
            only corpus.

    Returns:
        The repaired text with the sorted original offsets where a space was restored.
    """
    return repair_article_text(text, vocabulary)[0]


def repair_article_text(
    text: str, vocabulary: Vocabulary | None = None, summary: WordSummary | None = None
) -> tuple[Repaired, frozenset[str]]:
    """The repaired view of `text` and the vocabulary keys ("w:border", …) it read.

    Args:
        text: The original text.
        vocabulary: The corpus's vocabulary (None: the text's own summary alone).
        summary: `summarize(text)`, when the caller has it already.

    Returns:
        The repaired view, and every key whose value the result depends on: as long as
        none of them changes value (`Vocabulary.add` and `remove` say which did),
        repairing `text` again gives the same result.
    """
    repaired, view, _ = _repaired(text, vocabulary, summary)
    return repaired, frozenset(view.keys)


@dataclass(frozen=True)
class Dependencies:
    """What an article's repair depends on, in a form cheap to keep for a corpus.

    `present` are the keys read that had a value (other articles write them); a key
    read while absent (most are: letter sequences no article writes) is one of the
    words of a `searched` run, or a run of the article itself.
    """

    present: frozenset[str]
    searched: frozenset[str]
    penalty: float = CAUTIOUS_PENALTY
    """The cost of a restored space the first pass set for the article (see `_repaired`)."""


def repair_with_dependencies(
    text: str, vocabulary: Vocabulary, summary: WordSummary
) -> tuple[Repaired, Dependencies]:
    """`repair_article_text`, with what the result depends on in kept form."""
    repaired, view, penalty = _repaired(text, vocabulary, summary)
    return repaired, dependencies(view, vocabulary, penalty)


def dependencies(view: ArticleView, vocabulary: Vocabulary, penalty: float) -> Dependencies:
    """What `view` read, in kept form."""
    present = frozenset(k for k in view.keys if vocabulary.level(k) > 0)
    return Dependencies(present, frozenset(view.searched), penalty)


def _repaired(
    text: str, vocabulary: Vocabulary | None, summary: WordSummary | None
) -> tuple[Repaired, ArticleView, float]:
    summary = summary if summary is not None else summarize(text)
    vocab = vocabulary if vocabulary is not None else Vocabulary.from_summaries([summary])
    evidence, read = vocab.evidence, scan(text)
    view = ArticleView(evidence, summary)
    repeat = repeat_cost(read.size)
    breaks = find_breaks(read, Segmenter(evidence, CAUTIOUS_PENALTY, repeat, view=view))
    penalty = document_penalty(len(breaks), read.size)
    if penalty < CAUTIOUS_PENALTY:
        breaks = find_breaks(read, Segmenter(evidence, penalty, repeat, view=view))
    return apply_breaks(text, breaks), view, penalty


def repeat_cost(size: int) -> float:
    """The cost of a run an article of `size` tokens has written before (see
    `Segmenter.whole_cost`)."""
    return math.log(max(size, 2))


def document_penalty(joins: int, token_count: int) -> float:
    """The cost of a restored space: minus the log of the estimated share of lost spaces."""
    share = (joins + PRIOR_JOINS) / (token_count + PRIOR_TOKENS)
    return min(max(-math.log(share), DAMAGED_PENALTY), CAUTIOUS_PENALTY)


def find_breaks(read: Scan, segmenter: Segmenter) -> list[int]:
    """Every original offset where a space was lost, sorted.

    A lost line break leaves one join per line, so a join the word model suggests within
    `MIN_LINE` characters of one the marks show is not taken.
    """
    text, worded = read.text, set[int]()
    for run in read.runs:
        worded.update(word_breaks(run, segmenter, read.seen))
    anchors = sorted(read.marked)
    found = read.marked | {i for i in worded if not _near(anchors, i)}
    return sorted(i for i in found if 0 < i < len(text) and not text[i - 1].isspace())


def _near(anchors: list[int], i: int) -> bool:
    at = bisect_left(anchors, i - MIN_LINE + 1)
    return at < len(anchors) and anchors[at] < i + MIN_LINE and anchors[at] != i


def word_breaks(run: Run, segmenter: Segmenter, seen: Counter[str]) -> list[int]:
    """Offsets where a run's letters split into words, or leave digits."""
    split = segmenter.split_clitic if run.after_apostrophe else segmenter.split
    cuts = split(run.text, seen[run.text.lower()], run.tail)
    if not (cuts or run.digit_before or run.digit_after):
        return []
    found = [run.start + cut for cut in cuts]
    bounds = (0, *cuts, len(run.text))
    if run.digit_before and _digit_word(run.text[: bounds[1]]):
        found.append(run.start)
    if run.digit_after and _digit_word(run.text[bounds[-2] :]) and not _named(run, bounds):
        found.append(run.start + len(run.text))
    return found


def _named(run: Run, bounds: tuple[int, ...]) -> bool:
    """Whether the run's last word, capitalised and followed by digits, is a name with a
    number ("France24", "Kurdistan24", "Channel4", and "told|Kurdistan24" once split),
    not a word that lost its space."""
    last = run.text[bounds[-2] :]
    return last[:1].isupper() and last[1:2].islower()


def _digit_word(word: str) -> bool:
    return len(word) >= DIGIT_WORD and not word.isupper() and word[1:].islower()


def apply_breaks(text: str, breaks: Iterable[int]) -> Repaired:
    """The repaired view of `text` with one space restored before each offset in `breaks`."""
    inserted = tuple(sorted(set(breaks)))
    pieces, last = [], 0
    for i in inserted:
        pieces += [text[last:i], " "]
        last = i
    pieces.append(text[last:])
    return Repaired(text, "".join(pieces), inserted)
