"""The corpus's words as repair weighs them: counted by distinct clean articles.

Every value is a number of distinct articles (by content hash) that show no lost-space
damage, so a copy of an article adds nothing and a damaged article cannot vouch for its
own fused words. Values are read capped, so past `CAP` articles a word's weight no
longer depends on the corpus, and an update changes the value of few keys.

Keys form one namespace of strings: "w:border" (a lowercased word written intact),
"f:McGurk" (a word as written), "c:al-sudani" (a hyphened compound), "j:theborder" (a
word written as two: "the border").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from index.repair.summary import WordSummary

if TYPE_CHECKING:
    from index.repair.evidence import Evidence

CAP = 8
"""Distinct clean articles beyond which a word is no more likely to repair.

Small, so that in a large corpus most words are past it and an update moves the value
of few keys (a key's value moves only while its count is at most CAP + 1). At CAP ×
UNIT = 8e-5 (Zipf 4.9, as common as "border" in English) a name the corpus writes is as
likely as it needs to be to stay whole: on the bundled corpus any CAP from 1 to 64 gives
the same repair."""
UNIT = 1e-5
"""Probability of a word per clean article that writes it: a word written by n articles is
as likely as p = min(n, CAP) × UNIT. Raw counts over the ~6k tokens of the bundled corpus
gave a word seen n times about n × 1e-5, so repair behaves there as it did."""
LEVEL = CAP + 1
"""Counts are read up to here: an article that writes a word sees the others' count, so
a key's value changes for someone as long as its count is at most CAP + 1."""
KINDS = ("w", "f", "c", "j")
"""Words, forms, compounds and joined pairs; "a" rows hold the articles counted."""
Row = tuple[str, str, int]
"""(kind, key without its kind, count), as stored."""


def _keys(summary: WordSummary) -> Iterator[str]:
    for kind, strings in zip(
        KINDS, (summary.words, summary.forms, summary.compounds, summary.joined), strict=True
    ):
        for s in strings:
            yield f"{kind}:{s}"


class StoredCounts(Counter[str]):
    """Counts read from a store on first use, then held and changed in memory.

    An update reads the few keys its articles touch instead of the whole vocabulary;
    `read` names them, so that only they are written back.
    """

    def __init__(self, lookup: Callable[[str], int]) -> None:
        super().__init__()
        self.lookup = lookup
        self.read: set[str] = set()

    def _fetch(self, key: str) -> None:
        if key not in self.read:
            self.read.add(key)
            value = self.lookup(key)
            if value > 0:
                dict.__setitem__(self, key, value)

    def __contains__(self, key: object) -> bool:
        self._fetch(str(key))
        return dict.__contains__(self, key)

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self._fetch(key)
        return dict.get(self, key, default)

    def __getitem__(self, key: str) -> int:
        self._fetch(key)
        return dict.get(self, key, 0)

    def __delitem__(self, key: str) -> None:
        self._fetch(key)
        if dict.__contains__(self, key):
            dict.__delitem__(self, key)


class Former:
    """Counts as they were: `before` where a key changed, else the current counts."""

    def __init__(self, counts: Counter[str], before: dict[str, int]) -> None:
        self.counts, self.before = counts, before

    def get(self, key: str, default: Any = None) -> Any:
        if key in self.before:
            return self.before[key] or default
        return self.counts.get(key, default)

    def __contains__(self, key: object) -> bool:
        if key in self.before:
            return self.before[key] > 0  # type: ignore[index]
        return key in self.counts

    def __getitem__(self, key: str) -> int:
        return int(self.get(key, 0))


class Vocabulary:
    """Counts of distinct clean articles per key, updated one summary at a time."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        """Exact number of distinct clean articles behind each key."""
        self.articles: Counter[str] = Counter()
        """Copies added of each clean article, by content hash."""
        self.before: dict[str, int] = {}
        """The count each key had before the first `add` or `remove` that changed it."""
        self._evidence: Evidence | None = None

    @classmethod
    def from_summaries(cls, summaries: Iterable[WordSummary]) -> Vocabulary:
        """The vocabulary of a corpus from its articles' summaries."""
        vocabulary = cls()
        for summary in summaries:
            if summary.clean:
                if not vocabulary.articles[summary.digest]:
                    vocabulary.counts.update(_keys(summary))
                vocabulary.articles[summary.digest] += 1
        return vocabulary

    def level(self, key: str) -> int:
        """What repair may read of `key`: its count, capped at `LEVEL`."""
        return min(self.counts.get(key, 0), LEVEL)

    def counts_article(self, summary: WordSummary) -> bool:
        """Whether this vocabulary counts `summary`'s article (clean, and added)."""
        return summary.clean and self.articles.get(summary.digest, 0) > 0

    def add(self, summary: WordSummary) -> set[str]:
        """Count one more article; returns the keys whose level changed."""
        if not summary.clean:
            return set()
        self.articles[summary.digest] += 1
        if self.articles[summary.digest] > 1:
            return set()
        changed = {key for key in _keys(summary) if self.counts[key] < LEVEL}
        self._remember(changed)
        self.counts.update(_keys(summary))
        return self._changed(changed)

    def remove(self, summary: WordSummary) -> set[str]:
        """Stop counting one copy of an article; returns the keys whose level changed."""
        if not summary.clean or not self.articles.get(summary.digest):
            return set()
        self.articles[summary.digest] -= 1
        if self.articles[summary.digest]:
            return set()
        del self.articles[summary.digest]
        self._remember({key for key in _keys(summary) if self.counts[key] <= LEVEL})
        changed = set()
        for key in _keys(summary):
            self.counts[key] -= 1
            if self.counts[key] < LEVEL:
                changed.add(key)
            if self.counts[key] <= 0:
                del self.counts[key]
        return self._changed(changed)

    def _remember(self, keys: set[str]) -> None:
        before = self.before
        for key in keys:
            if key not in before:
                before[key] = self.counts.get(key, 0)

    def moved(self, keys: Iterable[str]) -> set[str]:
        """The keys of `keys` whose level differs from the one they had before the first
        change: an article removed and added again with the same words moves none."""
        before = self.before
        return {k for k in keys if k not in before or min(before[k], LEVEL) != self.level(k)}

    def as_before(self) -> Vocabulary:
        """This vocabulary as it read before its first change: the keys whose level
        moved read their former counts (articles' copies are not kept: see `recheck`)."""
        former = Vocabulary()
        former.counts = Former(self.counts, self.before)  # type: ignore[assignment]
        former.articles = self.articles
        return former

    def _changed(self, changed: set[str]) -> set[str]:
        if changed and self._evidence is not None:
            self._evidence.forget(changed)
        return changed

    def to_rows(self) -> Iterator[Row]:
        """Every count as (kind, key, count); "a" rows count copies per content hash."""
        for key, count in self.counts.items():
            kind, _, rest = key.partition(":")
            yield kind, rest, count
        for digest, copies in self.articles.items():
            yield "a", digest, copies

    @classmethod
    def stored(cls, lookup: Callable[[str, str], int]) -> Vocabulary:
        """A vocabulary whose counts are read from a store as they are needed:
        `lookup(kind, key)` gives a stored count (0 when none)."""
        vocabulary = cls()
        vocabulary.counts = StoredCounts(lambda key: lookup(*key.split(":", 1)))
        vocabulary.articles = StoredCounts(lambda digest: lookup("a", digest))
        return vocabulary

    def touched_rows(self) -> Iterator[Row]:
        """(kind, key, count) of every key a stored vocabulary read (count 0: gone)."""
        for counts, prefix in ((self.counts, ""), (self.articles, "a:")):
            if isinstance(counts, StoredCounts):
                for key in counts.read:
                    kind, _, rest = (prefix + key).partition(":")
                    yield kind, rest, dict.get(counts, key, 0)

    @classmethod
    def from_rows(cls, rows: Iterable[Row]) -> Vocabulary:
        """The vocabulary that `to_rows` wrote."""
        vocabulary = cls()
        for kind, key, count in rows:
            if count <= 0:
                continue
            if kind == "a":
                vocabulary.articles[key] = count
            else:
                vocabulary.counts[f"{kind}:{key}"] = count
        return vocabulary

    @property
    def evidence(self) -> Evidence:
        """What the word model knows from this vocabulary; one per vocabulary, so its
        cache of splits serves every article repaired against it."""
        if self._evidence is None:
            from index.repair.evidence import Evidence

            self._evidence = Evidence(self)
        return self._evidence

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vocabulary):
            return NotImplemented
        return self.counts == other.counts and self.articles == other.articles

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> dict[str, Any]:
        return {"counts": self.counts, "articles": self.articles}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.counts, self.articles, self._evidence = state["counts"], state["articles"], None
