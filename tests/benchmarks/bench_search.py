"""Index build, incremental update, open and query latency on a synthetic corpus.

The corpus is made of the bundled articles, copied N times with their paragraphs
shuffled (so documents differ), which keeps the vocabulary realistic.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from index import Engine, bundled_corpus

QUERIES = {
    "word": ["border", "wall", "drones", "militants", "security"],
    "phrase": ['"concrete wall"', '"security forces"', '"popular mobilization"'],
    "prefix": ["fortif*", "infiltr*", "secur*"],
    "fuzzy": ["Bindawi~", "Khafaji~", "Sudany~"],
    "field": ["source:shafaq wall", "section:comments isis", "doc:00001* border"],
}


def make_corpus(folder: Path, copies: int, seed: int = 7) -> None:
    """Write `copies` shuffled variants of every bundled article into `folder`."""
    rng = random.Random(seed)
    articles = [p.read_text(encoding="utf-8") for p in sorted(bundled_corpus().glob("*.txt"))]
    for n in range(copies):
        for i, text in enumerate(articles):
            paragraphs = [p for p in text.split("\n") if p.strip()]
            rng.shuffle(paragraphs)
            (folder / f"{n:05d}-{i}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")


def timed(action: object) -> float:
    """Seconds one call of `action` takes."""
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def latencies(engine: Engine, queries: list[str], rounds: int = 5) -> tuple[float, float]:
    """Median and 95th-percentile milliseconds of a top-20 search."""
    samples = [
        timed(lambda q=q: engine.search(q, limit=20)) * 1000 for _ in range(rounds) for q in queries
    ]
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main(copies: int = 100) -> None:
    """Print one table of build, update, open and query figures."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus, cache = Path(tmp) / "corpus", Path(tmp) / "cache"
        corpus.mkdir()
        make_corpus(corpus, copies)
        docs = len(list(corpus.glob("*.txt")))
        build = timed(lambda: Engine.open(corpus, cache_root=cache))
        (corpus / "00000-0.txt").write_text("A changed article about the wall.", encoding="utf-8")
        update = timed(lambda: Engine.open(corpus, cache_root=cache))
        reopen = timed(lambda: Engine.open(corpus, cache_root=cache))
        engine = Engine.open(corpus, cache_root=cache)
        print(
            f"{docs} articles: build {build:.1f} s, update after one change {update:.1f} s, "
            f"open ready index {reopen * 1000:.0f} ms"
        )
        print(f"{'query kind':<10} {'median ms':>10} {'p95 ms':>8}")
        for kind, queries in QUERIES.items():
            median, p95 = latencies(engine, queries)
            print(f"{kind:<10} {median:>10.1f} {p95:>8.1f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=100, help="copies of each bundled article")
    main(parser.parse_args().copies)
