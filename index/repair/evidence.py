"""What the word model knows of words: the English list and the corpus's vocabulary.

`Evidence` is shared by every article repaired against one vocabulary (with its cache
of splits); `ArticleView` is how one article reads it. Every value read from the
vocabulary names its key in the view's `keys`, so a repair knows what it depends on:
if none of those keys changes value, repairing the same text again gives the same result.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, Any

from index.repair.summary import WordSummary
from index.repair.vocabulary import CAP, LEVEL, UNIT
from index.repair.wordlist import english_probabilities, english_zipf

if TYPE_CHECKING:
    from index.repair.costs import Weights
    from index.repair.splitter import Split
    from index.repair.vocabulary import Vocabulary

CEILING = CAP * UNIT
"""The most the corpus can make a word likely; an English word above it never depends
on the corpus."""
CEILING_ZIPF = math.log10(CEILING) + 9
"""`CEILING` as a Zipf value."""
SPLITS_KEPT = 20_000
"""Cached splits kept before the cache starts afresh (bounds a long build's memory).
Building 3,000 synthetic articles in one process, 200,000 grew it by 53 MB and 5,000 by
18 MB in the same time: most searches are of one article's own runs, seldom met again."""
KEPT = 100_000
"""Entries a cache of `Evidence` keeps before it starts afresh (bounds a long build's memory)."""
Read = tuple[Any, tuple[str, ...]]
"""A value and the keys computing it read, in order."""
SplitKey = tuple[float, "Weights", str, bool, str, frozenset[str]]
"""A cached search: penalty, weights, run, `whole`, tail, and the article's own keys it
may read (empty unless the article's own words are not in the vocabulary)."""


class Evidence:
    """English Zipf values, the vocabulary, and the cheapest splits found against them.

    The cache of splits is shared by every article repaired against one vocabulary;
    each entry keeps the keys its search read, and is dropped when one of them changes.
    """

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.english = english_zipf()
        self.english_p = english_probabilities()
        top = max(self.english.values(), default=None)
        self.likeliest = max(10 ** (top - 9) if top is not None else 0.0, CEILING)
        """An upper bound of `probability` over every word, whatever the corpus."""
        self.splits: dict[SplitKey, tuple[Split, tuple[str, ...]]] = {}
        self._names: dict[str, str] = {}
        """One string object per key the cached splits read (most are read by many)."""
        self.tables: dict[Hashable, dict[Hashable, Any]] = {}
        """Values of the English list alone, that no vocabulary changes, by table."""

    def table(self, tag: Hashable) -> dict[Hashable, Any]:
        """The table of values named `tag` (see `keep`)."""
        return self.tables.setdefault(tag, {})

    @staticmethod
    def keep(table: dict[Hashable, Any], key: Hashable, value: Any) -> Any:
        """`value`, kept in `table` under `key`; a full table starts afresh."""
        if len(table) >= KEPT:
            table.clear()
        table[key] = value
        return value

    def keep_split(
        self, key: SplitKey, split: Split, read: Iterable[str]
    ) -> tuple[Split, tuple[str, ...]]:
        """A search's result and the keys it read, kept for every article; a full cache
        starts afresh. The keys are held as a tuple of shared strings: a set of fresh
        strings per entry made the cache of a 5,000-article worker 250 MB."""
        if len(self.splits) >= SPLITS_KEPT:
            self.splits.clear()
            self._names.clear()
        names = self._names
        found = self.splits[key] = (split, tuple(names.setdefault(k, k) for k in read))
        return found

    def forget(self, changed: set[str]) -> None:
        """Drop the cached splits that read any of the `changed` keys."""
        stale = [key for key, (_, read) in self.splits.items() if not changed.isdisjoint(read)]
        for key in stale:
            del self.splits[key]

    def english_probability(self, low: str) -> float:
        """How likely `low` (lowercase) is by the English list alone."""
        return self.english_p.get(low, 0.0)


class ArticleView:
    """The evidence as one article reads it, every vocabulary key read going into `keys`.

    The article (`own`) never vouches for its own whole runs: when the vocabulary counts
    it, its vote is taken out there. Its words do count, once, for the parts of its
    splits and as evidence that a word is written apart ("j:" keys): when the vocabulary
    does not count it (damaged, or not in the corpus) its own summary is added there.
    """

    def __init__(self, evidence: Evidence, own: WordSummary | None = None) -> None:
        self.evidence = evidence
        self.keys: set[str] = set()
        """Every key read (see `collect` and `trail`)."""
        self.searched: set[str] = set()
        """The runs weighed part by part ("run", or "run-tail" before a hyphen), lowercase:
        every part key a search reads is a substring of one of them."""
        self._note: Callable[[str], None] = self.keys.add
        self._english = evidence.english
        self._english_p = evidence.english_p
        self._counts = evidence.vocabulary.counts
        self.own = own
        self.counted = own is not None and evidence.vocabulary.counts_article(own)
        self._sets = {} if own is None else {
            "w": own.words, "f": own.forms, "c": own.compounds, "j": own.joined
        }  # fmt: skip
        self._mine: dict[tuple[str, str], frozenset[str]] = {}
        self._tables: dict[Hashable, dict[Hashable, Any]] = {}
        self._words = frozenset() if own is None else own.words

    def table(self, tag: Hashable) -> dict[Hashable, Any]:
        """This article's table of values named `tag` (with the keys each read, if any):
        its passes share the view, so a value one pass computed the other recalls."""
        return self._tables.setdefault(tag, {})

    def recall(
        self, table: dict[Hashable, Any], key: Hashable, compute: Callable[..., Any], *args: Any
    ) -> Any:
        """`compute(*args)`, kept in `table` under `key` with the keys it read, which a
        recall notes again (as computing it again would)."""
        found = table.get(key)
        if found is None:
            found = table[key] = self._reading(compute, *args)
        else:
            for read in found[1]:
                self._note(read)
        return found[0]

    def _reading(self, compute: Callable[..., Any], *args: Any) -> Read:
        note, read = self._note, list[str]()
        self._note = read.append
        try:
            value = compute(*args)
        finally:
            self._note = note
        for key in read:
            note(key)
        return value, tuple(read)

    def collect(self, keys: set[str]) -> set[str]:
        """Record the keys read from now on into `keys`; returns the set used until now."""
        previous, self.keys, self._note = self.keys, keys, keys.add
        return previous

    def trail(self) -> list[str]:
        """Record the keys read from now on in a list, in order, until `collect` is called:
        a search slices it to tell each part's keys."""
        trail: list[str] = []
        self._note = trail.append
        return trail

    def _owns(self, key: str) -> bool:
        strings = self._sets.get(key[0])
        return strings is not None and key[2:] in strings

    def level(self, key: str, whole: bool = False) -> int:
        """The count of `key` as this article reads it, at most `LEVEL`; records the key."""
        self._note(key)
        level = min(self._counts.get(key, 0), LEVEL)
        if self.own is None:
            return level
        if whole and key[0] == "w":
            return level - (self.counted and self._owns(key))
        if self.counted:
            return level
        return min(level + self._owns(key), LEVEL)

    def mine(self, run: str, tail: str, longest: int) -> frozenset[str]:
        """The article's own keys that a search of `run` (parts up to `longest` letters,
        followed by hyphened `tail`) may read and that add to the vocabulary's count;
        they join the key of the search's cached result.

        Empty when the vocabulary counts the article: then nothing of its own is added.
        A key the vocabulary counts `LEVEL` times or more is left out (the article adds
        nothing to it); should its count change, the search that read it is forgotten.
        """
        if self.counted or self.own is None:
            return frozenset()
        found = self._mine.get((run, tail))
        if found is None:
            found = self._mine[run, tail] = self._find_mine(run, tail, longest)
        return found

    def _find_mine(self, run: str, tail: str, longest: int) -> frozenset[str]:
        assert self.own is not None
        words, joined, forms = self.own.words, self.own.joined, self.own.forms
        english, counts = self._english, self._counts
        found = [f"w:{tail}"] if tail in words else []
        n = len(run)
        for start in range(n):
            for end in range(start + 1, min(n, start + longest) + 1):
                part = run[start:end]
                if part in forms and not part.islower():
                    found.append(f"f:{part}")  # a lowercase part never reads its form
                low = part.lower()
                if english.get(low, 0.0) > CEILING_ZIPF + 1e-9:
                    continue  # never read: English alone decides
                if low in words:
                    found.append(f"w:{low}")
                if low in joined:
                    found.append(f"j:{low}")
        if tail:
            found += (f"c:{run[s:].lower()}-{tail}" for s in range(max(0, n - longest), n))
        owned = (key for key in found if key[0] != "c" or self._owns(key))
        return frozenset(key for key in owned if counts.get(key, 0) < LEVEL)

    def probability(self, low: str, whole: bool = False) -> float:
        """How likely `low` (lowercase) is as a token: the likelier of English and corpus.

        `whole`: `low` is one of the article's runs as written, not a part of a split.
        """
        english = self._english_p.get(low, 0.0)
        if english >= CEILING:
            return english
        key = "w:" + low
        if key not in self._counts and (self.counted or whole or low not in self._words):
            self._note(key)  # the common case, no support at all, read quickly
            return english
        seen = self.support(low, whole)
        return max(english, seen * UNIT) if seen else english

    def support(self, low: str, whole: bool = False) -> int:
        """Distinct clean articles (at most CAP) that vouch for `low` (lowercase).

        A word that as many articles write as two words ("the border" for "theborder")
        gets no support below CAP: its intact sightings are likely lost spaces.
        """
        seen = min(self.level("w:" + low, whole), CAP)
        if seen <= 0 or seen == CAP:
            return max(seen, 0)
        return seen if seen > self.level("j:" + low) else 0

    def has_form(self, part: str) -> bool:
        """Whether `part` is written exactly so (case and all): by a clean article, or for
        the parts of a split, by this one."""
        return self.level("f:" + part) > 0

    def before(self, low: str, tail: str) -> float:
        """How likely `low` is to open a hyphened compound that goes on with `tail`."""
        together = min(self.level(f"c:{low}-{tail}"), CAP)
        if not together:
            return 0.0
        alone = min(self.level("w:" + tail), CAP)
        return together / max(alone, together, 1)
