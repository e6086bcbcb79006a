"""Common words: a capitalised word at a sentence start that is no name ("Although").

A word counts as common for one document when that document writes it in lowercase
somewhere, or when it is a very frequent English word (`index.repair.wordlist`, Zipf
frequency at least `COMMON_ZIPF`) that the document never capitalises inside a sentence.
A given name or country the shipped lists know is never common. Nothing depends on the
rest of the corpus, so a document's candidates are the same in any corpus. (Words
written in lowercase anywhere in the corpus, the notion this replaces, grow with the
corpus until they take in names: in a corpus of shuffled copies of the bundled articles,
one paragraph of a reader comment writing "iraq, iran" stripped "Iraq" from the start of
sentences in every article.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from index.extract.names.wordlists import COUNTRIES, GIVEN_NAMES
from index.repair.wordlist import english_zipf

COMMON_ZIPF = 5.5
"""The least Zipf frequency (log10 per billion words) of an English word that counts as
common without the document writing it in lowercase. Measured: every threshold scores the
same on the bundled corpus's gold; on the devset (`bench_devset`, unseen topics) person and
organisation mentions score P/R 0.69/0.49 from 5.5 up (as with no English list at all),
0.68/0.47 at 5.0 and 0.65/0.44 at 3.5-4.5, because lower thresholds take in given names
that are English words ("Mark Johnson", "Paul Smith" lose their first word) and
"Washington". From 5.5 the list is function words, "said", "will", "however", "yet": it
changes nothing on either gold and drops a few sentence-initial words that short texts
never write in lowercase ("Them" in "Them al-Some", a false person of a synthetic corpus)."""

_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_INNER_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?![\w’'-])")


@dataclass(frozen=True)
class CommonWords:
    """The common words of one document: a lowercase word is `in` it or not."""

    written: frozenset[str]
    """Words the document writes in lowercase."""
    named: frozenset[str] = frozenset()
    """Words (lowercased) the document capitalises inside a sentence: names here."""
    threshold: float = COMMON_ZIPF

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or word in known_names():
            return False
        if word in self.written:
            return True
        return word not in self.named and word in english_common(self.threshold)


def document_common_words(passages: Iterable[str], threshold: float = COMMON_ZIPF) -> CommonWords:
    """The common words of a document, given the texts of its content passages."""
    texts = list(passages)
    return CommonWords(
        written=frozenset(w for t in texts for w in _LOWER_WORD.findall(t)),
        named=frozenset(m.group().lower() for t in texts for m in _INNER_CAPITAL.finditer(t)),
        threshold=threshold,
    )


@cache
def known_names() -> frozenset[str]:
    """Given names and countries of the shipped lists, lowercased: never common words."""
    return frozenset(w.lower() for w in (*GIVEN_NAMES, *COUNTRIES))


@cache
def english_common(threshold: float) -> frozenset[str]:
    """English words at least `threshold` frequent."""
    return frozenset(w for w, z in english_zipf().items() if z >= threshold)
