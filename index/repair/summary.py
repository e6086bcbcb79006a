"""What one article tells repair about words, computed from that article alone.

A `WordSummary` is small and picklable, so it can be cached by content hash and
computed in a worker; the corpus-wide `Vocabulary` is counted from summaries only.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from index.repair.marks import COMPOUND, LETTERS
from index.repair.reading import damage_signal
from index.text.tokens import long_tokens

DAMAGE_RATE = 1 / 1000
"""Joins shown by the marks per token from which an article counts as damaged.

A clean article shows none (001-004, and the 18 articles of the dev set, all show 0);
the damaged 000 shows 24 in 1,734 tokens (13.8 per 1,000: about one lost line break in
seven falls next to punctuation). One per 1,000 tolerates a stray typo ("said,the") in a
long clean article, and still catches an article that holds a single damaged paragraph
(the synthetic scale corpora show such articles down to 1.7 per 1,000)."""

_PAIR = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]+(?=([^\W\d_]+))")
"""Two runs of letters separated by spaces or tabs only ("the border")."""


@dataclass(frozen=True)
class WordSummary:
    """The words of one article, as the corpus-wide vocabulary counts them.

    `words` holds the lowercased runs of letters the article writes, `forms` the same
    runs as written, `compounds` its lowercased hyphened pairs ("al-sudani"), `joined`
    the lowercased concatenations of two words it writes apart ("theborder" for
    "the border"); `digest` identifies its content and `clean` says whether it shows no
    lost-space damage (only clean articles vouch for words).
    """

    digest: str
    clean: bool
    words: frozenset[str]
    forms: frozenset[str]
    compounds: frozenset[str]
    joined: frozenset[str]


def content_digest(text: str) -> str:
    """A hash of `text` that identifies copies of one article."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def is_clean(marked: int, tokens: int) -> bool:
    """Whether an article with `marked` joins shown by its marks in `tokens` tokens is clean."""
    return marked < DAMAGE_RATE * max(tokens, 1)


def summarize(text: str) -> WordSummary:
    """The word summary of one article (its data, tokens too long to be words, left out:
    an encoded image would fill the vocabulary with pseudo-words)."""
    marked, tokens = damage_signal(text)
    digest = content_digest(text)
    text = _without_data(text)
    forms = frozenset(LETTERS.findall(text))
    lowered = text.lower()
    return WordSummary(
        digest=digest,
        clean=is_clean(marked, tokens),
        words=frozenset(map(str.lower, forms)),
        forms=forms,
        compounds=frozenset(f"{a}-{b}".lower() for a, b in COMPOUND.findall(text)),
        joined=frozenset(a + b for a, b in _PAIR.findall(lowered)),
    )


def _without_data(text: str) -> str:
    """`text` with each token too long to be words made one space (`index.text.tokens`)."""
    data = long_tokens(text)
    if not data:
        return text
    kept, last = [], 0
    for start, end in data:
        kept += [text[last:start], " "]
        last = end
    kept.append(text[last:])
    return "".join(kept)
