"""Score the extractors against the independent gold of tests/data/independent/gold.json.

The gold was made by reading its docs (every doc in the gold file is scored) without
looking at the extractors' output.
Items marked `optional` in the gold are debatable: they count neither as a miss when
absent nor as a false positive when predicted.

Run: `python -m tests.benchmarks.bench_independent`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from index.corpus import load_corpus
from index.extract import extract_corpus

ROOT = Path(__file__).resolve().parents[2]
GOLD_PATH = ROOT / "tests" / "data" / "independent" / "gold.json"
QUOTE_OVERLAP = 0.8


@dataclass
class Score:
    """Counts for one measure, with its misses and false positives."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    def cells(self) -> str:
        p = f"{self.tp / self.pred:.2f}" if self.pred else "  - "
        r = f"{self.tp / self.gold:.2f}" if self.gold else "  - "
        return f"{p:>5} {r:>5} {self.tp:>3}/{self.pred:<3}/{self.gold:<3}"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _short(text: str, width: int = 70) -> str:
    text = _norm(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _overlap(a: str, b: str) -> float:
    """Longest common run of two texts (whitespace normalised) over the shorter one."""
    a, b = _norm(a).lower(), _norm(b).lower()
    if not a or not b:
        return 0.0
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size / min(len(a), len(b))


def _speaker_ok(gold: str, pred: str) -> bool:
    gold, pred = gold.lower().strip(), (pred or "").lower().strip()
    if not gold or not pred:
        return False
    return gold.split()[-1] in pred or pred.split()[-1] in gold


def _name_key(name: str) -> str:
    key = re.sub(r"[^\w]+", " ", name.lower()).strip()
    return re.sub(r"^(the|al) ", "", key)


def _locate(text: str, item: dict, field_name: str) -> tuple[int, int]:
    """Offsets of a gold text/surface, through its `context` where it has one."""
    needle = item[field_name]
    if "context" in item:
        base = text.index(item["context"]) + item["context"].index(needle)
    else:
        base = text.index(needle)
    return base, base + len(needle)


def score_quotes(text: str, gold: list[dict], pred: list) -> tuple[Score, Score]:
    """Quote precision/recall, and speaker accuracy over matched quotes."""
    quotes, speakers = Score(), Score()
    spans = [_locate(text, g, "text") for g in gold]
    # Candidate pairs: spans that meet in the document and texts that overlap enough;
    # the best pairs are taken first, one to one.
    pairs = []
    for pi, q in enumerate(pred):
        for gi, (start, end) in enumerate(spans):
            if q.start < end and start < q.end:
                ratio = _overlap(q.text or text[q.start : q.end], gold[gi]["text"])
                if ratio >= QUOTE_OVERLAP:
                    pairs.append((-ratio, pi, gi))
    taken: set[int] = set()
    matched: dict[int, int] = {}
    for _, pi, gi in sorted(pairs):
        if pi not in matched and gi not in taken:
            taken.add(gi)
            matched[pi] = gi
    for pi, q in enumerate(pred):
        gi = matched.get(pi)
        if gi is None:
            quotes.pred += 1
            quotes.false_positives.append(f"“{_short(q.text)}” — {q.speaker or '?'}")
            continue
        g = gold[gi]
        if not g.get("optional"):
            quotes.pred += 1
            quotes.tp += 1
        speakers.pred += 1
        speakers.gold += 1
        if _speaker_ok(g["speaker"], q.speaker):
            speakers.tp += 1
        else:
            speakers.misses.append(
                f"“{_short(g['text'], 50)}” gold {g['speaker']!r}, predicted {q.speaker!r}"
            )
    for gi, g in enumerate(gold):
        if g.get("optional"):
            continue
        quotes.gold += 1
        if gi not in taken:
            quotes.misses.append(f"“{_short(g['text'])}” — {g['speaker']}")
    return quotes, speakers


def score_mentions(
    text: str, doc: str, gold: list[dict], actors: list, countries: bool = True
) -> Score:
    """Actor mention surfaces as multisets, per document.

    With `countries=False`, country actors are left out on both sides: the gold counts
    every noun mention of an acting country, the extractor may count only acting ones.
    """
    score = Score()
    if not countries:
        gold = [a for a in gold if a["type"] != "country"]
        actors = [a for a in actors if a.type != "country"]
    required = Counter(s for a in gold if not a.get("optional") for s in a["surfaces"])
    optional = Counter(s for a in gold if a.get("optional") for s in a["surfaces"])
    predicted = Counter(text[m.start : m.end] for a in actors for m in a.mentions if m.doc == doc)
    for surface, n in predicted.items():
        tp = min(n, required[surface])
        spare = n - tp
        excused = min(spare, optional[surface])
        fp = spare - excused
        score.tp += tp
        score.pred += tp + fp
        if fp:
            score.false_positives.append(f"{surface!r}×{fp}")
    for surface, n in required.items():
        score.gold += n
        missing = n - min(n, predicted[surface])
        if missing:
            score.misses.append(f"{surface!r}×{missing}")
    return score


def score_entities(doc: str, gold: list[dict], actors: list) -> Score:
    """Actor entities by name key: a predicted actor with a mention in the doc matches a
    gold actor when the keys of its name or aliases meet the gold name or surfaces."""
    score = Score()
    gold_keys = [{_name_key(a["name"])} | {_name_key(s) for s in a["surfaces"]} for a in gold]
    hit: set[int] = set()
    for actor in actors:
        if not any(m.doc == doc for m in actor.mentions):
            continue
        keys = {_name_key(actor.name)} | {_name_key(alias) for alias in actor.aliases}
        found = [i for i, gk in enumerate(gold_keys) if keys & gk and i not in hit]
        if not found:
            score.pred += 1
            score.false_positives.append(f"{actor.name} ({actor.type})")
            continue
        i = found[0]
        hit.add(i)
        if gold[i].get("optional"):
            continue
        score.pred += 1
        score.tp += 1
        if actor.type != gold[i]["type"]:
            score.misses.append(
                f"(type) {gold[i]['name']}: gold {gold[i]['type']}, predicted {actor.type}"
            )
    for i, a in enumerate(gold):
        if a.get("optional"):
            continue
        score.gold += 1
        if i not in hit:
            score.misses.append(f"{a['name']} ({a['type']})")
    return score


def score_figures(text: str, gold: list[dict], pred: list) -> Score:
    """Figures by value (1 % tolerance) and overlapping surface."""
    score = Score()
    spans = [_locate(text, g, "surface") for g in gold]
    hit: set[int] = set()
    for f in pred:
        found = None
        for i, (start, end) in enumerate(spans):
            if i in hit or not (f.start < end and start < f.end):
                continue
            value = gold[i]["value"]
            if abs(f.value - value) <= 0.01 * max(abs(value), 1e-9):
                found = i
                break
        if found is None:
            score.pred += 1
            score.false_positives.append(f"{text[f.start : f.end]!r} = {f.value:g} {f.unit}")
            continue
        hit.add(found)
        if not gold[found].get("optional"):
            score.pred += 1
            score.tp += 1
    for i, g in enumerate(gold):
        if g.get("optional"):
            continue
        score.gold += 1
        if i not in hit:
            score.misses.append(f"{g['context']!r} = {g['value']:g} {g['unit']}")
    return score


MEASURES = ("quotes", "speakers", "mentions", "ment-nocty", "entities", "figures")
LISTED = ("quotes", "speakers", "mentions", "entities", "figures")


def main() -> None:
    gold = json.loads(GOLD_PATH.read_text(encoding="utf-8"))["docs"]
    docs = {d.id: d for d in load_corpus(ROOT / "corpus")}
    knowledge = extract_corpus(list(docs.values()))
    rows: dict[str, dict[str, Score]] = {}
    for doc_id, g in gold.items():
        text = docs[doc_id].text
        quotes, speakers = score_quotes(
            text, g["quotes"], [q for q in knowledge.quotes if q.doc == doc_id]
        )
        rows[doc_id] = {
            "quotes": quotes,
            "speakers": speakers,
            "mentions": score_mentions(text, doc_id, g["actors"], list(knowledge.actors)),
            "ment-nocty": score_mentions(
                text, doc_id, g["actors"], list(knowledge.actors), countries=False
            ),
            "entities": score_entities(doc_id, g["actors"], list(knowledge.actors)),
            "figures": score_figures(
                text, g["figures"], [f for f in knowledge.figures if f.doc == doc_id]
            ),
        }
    total = {m: Score() for m in MEASURES}
    for scores in rows.values():
        for m in MEASURES:
            total[m].add(scores[m])

    names = ", ".join(doc_id[:3] for doc_id in gold)
    print(
        f"Independent gold (docs {names}): P R tp/pred/gold; "
        "speakers = accuracy over matched quotes;"
    )
    print("ment-nocty = actor mentions without country actors")
    print(f"{'doc':<8}" + "".join(f"{m:>22}" for m in MEASURES))
    for doc_id, scores in [*rows.items(), ("total", total)]:
        print(f"{doc_id[:7]:<8}" + "".join(f"{scores[m].cells():>22}" for m in MEASURES))
    for doc_id, scores in rows.items():
        print(f"\n{doc_id}")
        for m in LISTED:
            s = scores[m]
            label = "wrong" if m == "speakers" else "miss"
            for note in s.misses:
                print(f"  {m:<8} {label:<5} {note}")
            for note in s.false_positives:
                print(f"  {m:<8} FP    {note}")


if __name__ == "__main__":
    main()
