"""Benchmark of actor and quote extraction against the hand-checked annotations.

Run: `python -m tests.benchmarks.bench_actors_quotes`.
"""

from __future__ import annotations

import json
import time
from itertools import combinations
from pathlib import Path

from index.corpus import load_corpus
from index.extract import extract_corpus
from index.model import Actor, Quote

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "tests" / "data" / "annotations"
SLACK = 2

Span = tuple[str, int, int]


def _near(a: Span, b: Span) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) <= SLACK and abs(a[2] - b[2]) <= SLACK


def _match(gold: list[Span], found: list[Span]) -> dict[Span, Span]:
    by_doc: dict[str, list[Span]] = {}
    for f in found:
        by_doc.setdefault(f[0], []).append(f)
    pairs: dict[Span, Span] = {}
    for g in gold:
        hit = next((f for f in by_doc.get(g[0], []) if _near(g, f)), None)
        if hit is not None:
            pairs[g] = hit
    return pairs


def _pr(matched: int, gold: int, found: int) -> tuple[float, float]:
    return matched / found if found else 0.0, matched / gold if gold else 0.0


def _cluster_pr(
    gold: dict[Span, str], found: dict[Span, str], pairs: dict[Span, Span]
) -> tuple[float, float]:
    spans = [g for g in gold if g in pairs]
    same_gold = {(a, b) for a, b in combinations(spans, 2) if gold[a] == gold[b]}
    same_found = {(a, b) for a, b in combinations(spans, 2) if found[pairs[a]] == found[pairs[b]]}
    return _pr(len(same_gold & same_found), len(same_gold), len(same_found))


def actor_scores(actors: tuple[Actor, ...]) -> dict[str, float]:
    """Mention precision/recall and pairwise alias-cluster precision/recall."""
    data = json.loads((ANNOTATIONS / "actors.json").read_text(encoding="utf-8"))
    gold = {
        (m["doc"], m["start"], m["end"]): a["name"] for a in data["actors"] for m in a["mentions"]
    }
    found = {(m.doc, m.start, m.end): a.id for a in actors for m in a.mentions}
    pairs = _match(list(gold), list(found))
    p, r = _pr(len(pairs), len(gold), len(found))
    cp, cr = _cluster_pr(gold, found, pairs)
    return {"mention P": p, "mention R": r, "cluster P": cp, "cluster R": cr}


def quote_scores(quotes: tuple[Quote, ...]) -> dict[str, float]:
    """Quote span precision/recall and speaker accuracy on matched quotes."""
    data = json.loads((ANNOTATIONS / "quotes.json").read_text(encoding="utf-8"))["quotes"]
    gold = {(q["doc"], q["start"], q["end"]): q["speaker"] for q in data}
    found = {(q.doc, q.start, q.end): q.speaker for q in quotes}
    pairs = _match(list(gold), list(found))
    p, r = _pr(len(pairs), len(gold), len(found))
    right = sum(gold[g].lower() == found[f].lower() for g, f in pairs.items())
    return {"quote P": p, "quote R": r, "speaker acc": right / len(pairs) if pairs else 0.0}


def checks(actors: tuple[Actor, ...]) -> dict[str, bool]:
    """The alias cases the product brief names."""

    def holder(alias: str) -> set[str]:
        return {a.id for a in actors if alias in (a.name, *a.aliases)}

    mamaaris = [a for a in actors if a.name.endswith("al-Mamaari")]
    return {
        "al-Bandawi = Al-Bindawi": len(holder("al-Bandawi") | holder("Al-Bindawi")) == 1,
        "PMF = Popular Mobilization Forces": holder("PMF")
        == holder("Popular Mobilization Forces")
        != set(),
        "two al-Mamaaris apart": len(mamaaris) == 2,
    }


def main() -> None:
    """Print the benchmark table."""
    documents = load_corpus(ROOT / "corpus")
    began = time.perf_counter()
    knowledge = extract_corpus(documents, ROOT / "nonexistent.toml")
    actors, quotes = knowledge.actors, knowledge.quotes
    elapsed = time.perf_counter() - began
    print(f"{'metric':<36}{'value':>8}")
    print("-" * 44)
    for name, value in {**actor_scores(actors), **quote_scores(quotes)}.items():
        print(f"{name:<36}{value:>8.3f}")
    for name, ok in checks(actors).items():
        print(f"{name:<36}{'ok' if ok else 'FAIL':>8}")
    print(f"{'actors / quotes':<36}{len(actors):>4}/{len(quotes):<3}")
    print(f"{'seconds (5 articles, extraction)':<36}{elapsed:>8.3f}")


if __name__ == "__main__":
    main()
