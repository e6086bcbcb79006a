"""Benchmark of fused-word repair: borderlens against wordninja and symspellpy.

Rows: the damaged article 000 against the hand-checked `tests/data/fused_000.json`, in
the bundled corpus and in a corpus that holds it twice (a copy must not vouch for its
fused words); articles 001-004 with the defect simulated (each paragraph wrapped
greedily at a random width of 60-85 characters and the spaces at the wraps deleted,
several seeds; the vocabulary is built from the damaged texts plus article 000, as a
real corpus would be); and false splits on the clean 001-004. The development set's
articles (`tests/data/devset`, other topics than the bundled corpus's) are damaged the
same way one at a time, each in a corpus of its cluster's other articles left clean (as
article 000 is among the bundled ones), and their clean texts counted for false splits:
the measure of repair on text it was never tuned on. Baselines are applied
token by token, and a baseline boundary that misses the truth only by punctuation
('vulnerable."|The' for 'vulnerable.|"The') is counted as a hit.

Run: `python -m tests.benchmarks.bench_repair` (needs `pip install -e '.[bench]'`).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from index.repair import Vocabulary, WordSummary, repair_article_text, summarize

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
DEVSET = ROOT / "tests" / "data" / "devset"
TRUTH = ROOT / "tests" / "data" / "fused_000.json"
SEEDS = (1, 2, 3, 4, 5)
WIDTHS = (60, 85)

Splitter = Callable[[str, Sequence[str]], list[int]]
"""A system: (text, corpus texts) -> original offsets where it restores a space."""


@dataclass(frozen=True)
class Score:
    """Counts of restored boundaries against a truth."""

    hits: int = 0
    false: int = 0
    missed: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.hits + other.hits, self.false + other.false, self.missed + other.missed)

    @property
    def precision(self) -> float:
        """Share of restored boundaries that are true."""
        return self.hits / (self.hits + self.false) if self.hits + self.false else 1.0

    @property
    def recall(self) -> float:
        """Share of true boundaries restored."""
        return self.hits / (self.hits + self.missed) if self.hits + self.missed else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score(predicted: Iterable[int], truth: Iterable[int]) -> Score:
    """Compare predicted boundary offsets with true ones."""
    found, wanted = set(predicted), set(truth)
    return Score(len(found & wanted), len(found - wanted), len(wanted - found))


def snap(text: str, predicted: Iterable[int], truth: Iterable[int]) -> list[int]:
    """Move each predicted offset onto a true one it is separated from by punctuation only."""
    wanted = sorted(truth)
    return [next((q for q in wanted if _only_marks(text, p, q)), p) for p in predicted]


def _only_marks(text: str, p: int, q: int) -> bool:
    gap = text[min(p, q) : max(p, q)]
    return not any(c.isalnum() or c.isspace() for c in gap) and len(gap) <= 3


def damage(text: str, rng: random.Random) -> tuple[str, list[int]]:
    """Wrap each line of `text` at a random width and delete the spaces at the wraps.

    Returns:
        The damaged text and the offsets in it where a space was deleted.
    """
    out: list[str] = []
    truth: list[int] = []
    for line in text.split("\n"):
        width = rng.randint(*WIDTHS)
        column = 0
        for match in re.finditer(r"(\s*)(\S+)", line):
            gap, word = match.groups()
            if column and gap == " " and column + 1 + len(word) > width:
                truth.append(sum(map(len, out)))
                gap, column = "", 0
            out += [gap, word]
            column += len(gap) + len(word)
        out.append(line[len(line.rstrip()) :] + "\n")
    return "".join(out)[:-1], truth


@cache
def summary_of(text: str) -> WordSummary:
    """Each text is summarized once, as the index caches summaries by content."""
    return summarize(text)


@lru_cache(maxsize=4)
def vocabulary_of(corpus: tuple[str, ...]) -> Vocabulary:
    """The corpus's vocabulary, counted from its texts' summaries."""
    return Vocabulary.from_summaries(map(summary_of, corpus))


def borderlens(text: str, corpus: Sequence[str]) -> list[int]:
    """borderlens' repair, with the corpus's vocabulary."""
    repaired, _ = repair_article_text(text, vocabulary_of(tuple(corpus)), summary_of(text))
    return list(repaired.inserted)


def per_token(split_word: Callable[[str], list[str]]) -> Splitter:
    """A baseline that segments each whitespace token on its own."""

    def run(text: str, corpus: Sequence[str]) -> list[int]:
        found = []
        for match in re.finditer(r"\S+", text):
            words = split_word(match.group())
            found += [match.start() + i for i in _align(match.group(), words)]
        return found

    return run


def _align(token: str, words: list[str]) -> list[int]:
    """Offsets in `token` where a baseline's words start, bar the first and those after a hyphen."""
    cuts, at = [], 0
    for n, word in enumerate(w for w in words if w):
        start = token.find(word, at)
        if start < 0:
            continue
        if n and start > 0 and token[start - 1] not in "-'’":
            cuts.append(start)
        at = start + len(word)
    return cuts


def baselines() -> dict[str, Splitter]:
    """wordninja and symspellpy, when installed (the `bench` extra)."""
    systems: dict[str, Splitter] = {"borderlens": borderlens}
    try:
        import wordninja  # type: ignore[import-untyped]

        systems["wordninja"] = per_token(wordninja.split)
    except ImportError:
        pass
    try:
        systems["symspellpy"] = per_token(_symspell())
    except ImportError:
        pass
    return systems


def _symspell() -> Callable[[str], list[str]]:
    from importlib.resources import files

    from symspellpy import SymSpell  # type: ignore[import-untyped]

    speller = SymSpell(max_dictionary_edit_distance=0, prefix_length=7)
    table = files("symspellpy").joinpath("frequency_dictionary_en_82_765.txt")
    speller.load_dictionary(str(table), 0, 1)
    return lambda token: speller.word_segmentation(token, 0).segmented_string.split()


def articles() -> list[str]:
    """The bundled articles, in order."""
    return [p.read_text(encoding="utf-8-sig") for p in sorted(CORPUS.glob("*.txt"))]


def truth_000() -> list[int]:
    """The hand-checked boundaries of article 000."""
    return [row["offset"] for row in json.loads(TRUTH.read_text(encoding="utf-8"))["boundaries"]]


def run_000(system: Splitter, texts: list[str]) -> Score:
    """Score a system on the damaged article 000."""
    truth = truth_000()
    return score(snap(texts[0], system(texts[0], texts), truth), truth)


def run_000_twice(system: Splitter, texts: list[str]) -> Score:
    """Score a system on article 000 in a corpus that holds a copy of it."""
    return run_000(system, [texts[0], *texts])


def run_simulated(system: Splitter, texts: list[str]) -> Score:
    """Score a system on 001-004 damaged with every seed."""
    total = Score()
    for seed in SEEDS:
        rng = random.Random(seed)
        damaged = [damage(text, rng) for text in texts[1:]]
        corpus = [texts[0]] + [text for text, _ in damaged]
        for text, truth in damaged:
            total += score(snap(text, system(text, corpus), truth), truth)
    return total


def run_clean(system: Splitter, texts: list[str]) -> Score:
    """Count a system's false splits on the clean 001-004."""
    return sum((score(system(text, texts), []) for text in texts[1:]), Score())


def clusters() -> list[list[str]]:
    """The development set's articles, by cluster."""
    return [
        [p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.txt"))]
        for folder in sorted(DEVSET.iterdir())
        if folder.is_dir()
    ]


def run_devset(system: Splitter, texts: list[str]) -> Score:
    """Score a system on each development article damaged (seeds 1 and 2) in a corpus
    of its cluster's other articles, clean."""
    total = Score()
    for cluster in clusters():
        for n, clean in enumerate(cluster):
            for seed in SEEDS[:2]:
                text, truth = damage(clean, random.Random(seed * 1000 + n))
                corpus = [text, *cluster[:n], *cluster[n + 1 :]]
                total += score(snap(text, system(text, corpus), truth), truth)
    return total


def run_devset_clean(system: Splitter, texts: list[str]) -> Score:
    """Count a system's false splits on the clean development articles."""
    return sum(
        (score(system(text, cluster), []) for cluster in clusters() for text in cluster), Score()
    )


ROWS: tuple[tuple[str, Callable[[Splitter, list[str]], Score]], ...] = (
    ("000 (hand-checked)", run_000),
    ("000 in a corpus holding it twice", run_000_twice),
    (f"001-004 simulated ×{len(SEEDS)}", run_simulated),
    ("001-004 clean", run_clean),
    ("devset simulated ×2, one at a time", run_devset),
    ("devset clean", run_devset_clean),
)


def table(texts: list[str]) -> list[str]:
    """The benchmark as Markdown table lines."""
    lines = [
        "| system | input | precision | recall | F1 | false splits |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for name, system in baselines().items():
        for label, run in ROWS:
            lines.append(f"| {name} | {label} | {_cells(run(system, texts))} |")
    return lines


def _cells(s: Score) -> str:
    if not s.hits + s.missed:
        return f"— | — | — | {s.false}"
    return f"{s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.false}"


def main() -> None:
    """Print the benchmark table."""
    print("\n".join(table(articles())))


if __name__ == "__main__":
    main()
