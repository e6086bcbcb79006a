"""Score the extractors against the development set of tests/data/devset/ (issue 11).

The devset is three clusters (disasters, security, politics) of articles on events the
extractors were not fitted to, each cluster with a gold.json written before the extractors
were run on it: the format of tests/data/independent/gold.json plus, per actor, `aliases`,
and per figure `measure`, `group` (figures of different articles with the same non-empty
group measure the same thing) and an optional `value_max`.

All the clusters' articles are loaded as ONE corpus (the devset folder itself: an article's
id is its path below it, `security/sec01_…`), so that actors, aliases and figure measures
are built across the whole devset as they would be in a user's corpus. Measures:

- person/organisation mentions, and country mentions separately: surfaces as multisets per
  article (`bench_independent.score_mentions`);
- quotations matched as bench_independent matches them (same span, texts overlapping by
  `QUOTE_OVERLAP`), and speaker accuracy among the matched ones: a named gold speaker is
  right when its surname is a word of the predicted speaker or the predicted speaker's last
  word is a word of the gold name (bench_independent's rule, word by word); a described
  gold speaker ("an official involved") is right when the predicted speaker is a
  description with the same head noun; an empty predicted speaker is wrong;
- figures matched by position: a predicted figure whose span overlaps the gold surface
  (located through its context), one to one; "values" is the share of matched figures whose
  value (and upper bound, if any) is right within 1 %;
- cross-source grouping, over the pairs of matched gold figures from different articles:
  "grouped" is the share of pairs with the same non-empty gold group whose predicted figures
  are in the same group of `compare_figures`, called as `Engine.compare` calls it (stories
  from `figure_stories` over the devset's figures, actors and metadata); "mixed" is the
  share of the pairs the prediction groups together whose gold groups differ (an empty gold
  group differs from every group). Optional gold figures take part once matched: the prediction
  shows them grouped all the same. Pairs are counted per cluster, across clusters, and in
  all.

Optional gold items are neither misses nor false positives. The bundled corpus is scored
beside it with bench_independent's own scoring of its gold.

Run: `python -m tests.benchmarks.bench_devset`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from index.corpus import load_corpus
from index.extract import compare_figures, extract_corpus
from index.extract.figures.stories import actors_by_doc, figure_stories
from tests.benchmarks.bench_independent import (
    GOLD_PATH as BUNDLED_GOLD_PATH,
)
from tests.benchmarks.bench_independent import (
    QUOTE_OVERLAP,
    Score,
    _locate,
    _overlap,
    _short,
    score_figures,
    score_mentions,
    score_quotes,
)

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "data" / "devset"
CLUSTERS = ("disasters", "security", "politics", "borders", "somalia")
VALUE_TOLERANCE = 0.01
LISTED_MAX = 15

MEASURES = ("pers/org", "countries", "quotes", "speakers", "figures", "values")
"""Columns of the per-article tables."""

TARGETS = {
    "pers/org": "≥ 0.90 · ≥ 0.90",
    "quotes": "≥ 0.95 · -",
    "speakers": "≥ 0.90",
    "figures": "≥ 0.95 · ≥ 0.95",
    "grouped": "≥ 0.90",
    "mixed": "≤ 0.05",
}

_DETERMINERS = {
    "a", "an", "the", "one", "some", "several", "two", "three", "his", "her", "its",
    "their", "this", "that", "these", "those", "another", "other",
}  # fmt: skip
_POSTMODIFIER_START = {
    "of", "for", "from", "in", "at", "with", "on", "to", "by", "who", "which", "that",
    "whose", "close", "familiar", "speaking",
}  # fmt: skip


# --- the gold -----------------------------------------------------------------------


@dataclass
class GoldDoc:
    """One article's gold, its cluster and its text."""

    cluster: str
    doc_id: str
    text: str
    quotes: list[dict]
    actors: list[dict]
    figures: list[dict]


def load_gold(folder: Path = DEVSET) -> tuple[list, dict[str, GoldDoc], list[str]]:
    """The devset corpus (one corpus of every cluster), its gold per article, and problems.

    A gold item that cannot be located in its article is left out of the scoring and
    reported among the problems, as are articles without gold and gold without article.
    """
    documents = load_corpus(folder)
    texts = {d.id: d.text for d in documents}
    gold: dict[str, GoldDoc] = {}
    problems: list[str] = []
    for cluster in CLUSTERS:
        data = json.loads((folder / cluster / "gold.json").read_text(encoding="utf-8"))
        for name, g in data["docs"].items():
            doc_id = f"{cluster}/{name}"
            if doc_id not in texts:
                problems.append(f"{doc_id}: in the gold, no such article")
                continue
            text = texts[doc_id]
            quotes = _locatable(text, g["quotes"], "text", doc_id, problems)
            figures = _locatable(text, g["figures"], "surface", doc_id, problems)
            for actor in g["actors"]:
                for surface in set(actor["surfaces"]):
                    listed, found = actor["surfaces"].count(surface), text.count(surface)
                    if found < listed:
                        problems.append(
                            f"{doc_id}: actor {actor['name']!r} lists {surface!r}×{listed}, "
                            f"the article has it ×{found}"
                        )
            gold[doc_id] = GoldDoc(cluster, doc_id, text, quotes, g["actors"], figures)
    problems += [f"{d}: article without gold" for d in texts if d not in gold]
    return documents, gold, problems


def _locatable(text: str, items: list[dict], key: str, doc_id: str, problems: list[str]):
    """The items whose text/surface is found in the article (through their context); an
    anchor found more than once is reported, as only its first occurrence is scored."""
    kept = []
    for item in items:
        try:
            _locate(text, item, key)
        except ValueError:
            where = f" in context {item['context']!r}" if "context" in item else ""
            problems.append(f"{doc_id}: {key} {item[key]!r}{where} not found in the article")
            continue
        anchor = item.get("context", item[key])
        if text.count(anchor) > 1:
            problems.append(f"{doc_id}: {anchor!r} is in the article more than once")
        kept.append(item)
    return kept


# --- speakers -----------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """Lower-case words, possessive endings dropped ("Centcom's" → "centcom")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", text.lower())
    return [re.sub(r"(?:['’]s?|\.)$", "", w) for w in words]


def _head(text: str, participles: bool = True) -> str:
    """The head noun of a description, singular: determiners and post-modifiers left out
    ("an official involved" → "official", "Centcom officials" → "official"). With
    `participles=False` a trailing participle is kept, so that a clause fragment ("the
    commander clarified that") has no noun head."""
    words = _words(text)
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    for i, word in enumerate(words[1:], 1):
        if word in _POSTMODIFIER_START:
            words = words[:i]
            break
    while participles and len(words) > 1 and words[-1].endswith(("ed", "ing")):
        words = words[:-1]
    return _singular(words[-1]) if words else ""


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def is_description(speaker: str) -> bool:
    """A gold speaker that describes ("an official involved", "Centcom officials")
    rather than names: it opens with a determiner or its head word is lower case."""
    words = speaker.split()
    if not words:
        return False
    if words[0].lower() in _DETERMINERS:
        return True
    head = _head(speaker)
    return any(w[0].islower() and _singular(_words(w)[-1]) == head for w in words if _words(w))


def speaker_ok(gold: str, pred: str) -> bool:
    """Does the predicted speaker name (or describe) the gold speaker?

    A name: its surname is a word of the prediction, or the prediction's last word is a
    word of the name other than an initial ("Gen James N" does not name James N. Mattis).
    A description: the prediction is the same description, or a noun phrase with the same
    head noun ("officials" for "an official involved"; not the fragment "the official
    said that").
    """
    if not gold.strip() or not (pred or "").strip():
        return False
    gold_words, pred_words = _words(gold), _words(pred)
    if not gold_words or not pred_words:
        return False
    if is_description(gold):
        same = [w for w in gold_words if w not in _DETERMINERS] == [
            w for w in pred_words if w not in _DETERMINERS
        ]
        return same or _head(gold) == _head(pred, participles=False)
    last = pred_words[-1]
    return gold_words[-1] in pred_words or (len(last) > 1 and last in gold_words)


def score_quotes_devset(text: str, gold: list[dict], pred: list) -> tuple[Score, Score]:
    """Quote precision/recall and speaker accuracy among matched quotes.

    Quotes are paired as in `bench_independent.score_quotes`; the speaker rule is
    `speaker_ok` (word by word, descriptions by their head noun).
    """
    quotes, speakers = Score(), Score()
    spans = [_locate(text, g, "text") for g in gold]
    pairs = []
    for pi, q in enumerate(pred):
        for gi, (start, end) in enumerate(spans):
            if q.start < end and start < q.end:
                ratio = _overlap(q.text or text[q.start : q.end], gold[gi]["text"])
                if ratio >= QUOTE_OVERLAP:
                    pairs.append((-ratio, pi, gi))
    matched: dict[int, int] = {}
    for _, pi, gi in sorted(pairs):
        if pi not in matched and gi not in matched.values():
            matched[pi] = gi
    for pi, q in enumerate(pred):
        gi = matched.get(pi)
        if gi is None:
            quotes.pred += 1
            quotes.false_positives.append(f"“{_short(q.text, 60)}” — {q.speaker or '?'}")
            continue
        g = gold[gi]
        if not g.get("optional"):
            quotes.pred += 1
            quotes.tp += 1
        speakers.pred += 1
        speakers.gold += 1
        if speaker_ok(g["speaker"], q.speaker):
            speakers.tp += 1
        else:
            speakers.misses.append(
                f"“{_short(g['text'], 40)}” gold {g['speaker']!r}, predicted {q.speaker!r}"
            )
    for gi, g in enumerate(gold):
        if not g.get("optional"):
            quotes.gold += 1
            if gi not in matched.values():
                quotes.misses.append(f"“{_short(g['text'], 60)}” — {g['speaker']}")
    return quotes, speakers


# --- figures ------------------------------------------------------------------------


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(b), 1e-9)


def match_figures(text: str, gold: list[dict], pred: list) -> dict[int, int]:
    """Gold index → predicted index: spans that overlap, the widest overlaps first."""
    spans = [_locate(text, g, "surface") for g in gold]
    pairs = []
    for pi, f in enumerate(pred):
        for gi, (start, end) in enumerate(spans):
            overlap = min(end, f.end) - max(start, f.start)
            if overlap > 0:
                pairs.append((-overlap, not _close(f.value, gold[gi]["value"]), gi, pi))
    matched: dict[int, int] = {}
    for _, _, gi, pi in sorted(pairs):
        if gi not in matched and pi not in matched.values():
            matched[gi] = pi
    return matched


def score_figures_devset(
    text: str, gold: list[dict], pred: list, matched: dict[int, int]
) -> tuple[Score, Score]:
    """Figure precision/recall by position, and value accuracy among matched figures."""
    figures, values = Score(), Score()
    taken = set(matched.values())
    for pi, f in enumerate(pred):
        if pi not in taken:
            figures.pred += 1
            figures.false_positives.append(
                f"{text[f.start : f.end]!r} = {_value(f.value, f.value_max)} {f.unit}"
                f" [{f.measure}] in {_short(f.context, 50)!r}"
            )
    for gi, g in enumerate(gold):
        pi = matched.get(gi)
        if pi is None:
            if not g.get("optional"):
                figures.gold += 1
                figures.misses.append(
                    f"{g['context']!r} = {_value(g['value'], g.get('value_max'))} {g['unit']}"
                )
            continue
        if g.get("optional"):
            continue
        figures.tp += 1
        figures.pred += 1
        figures.gold += 1
        f = pred[pi]
        values.pred += 1
        values.gold += 1
        if _close(f.value, g["value"]) and _close(f.value_max, g.get("value_max")):
            values.tp += 1
        else:
            values.misses.append(
                f"{g['context']!r}: gold {_value(g['value'], g.get('value_max'))}, "
                f"predicted {_value(f.value, f.value_max)} {f.unit}"
            )
    return figures, values


def _value(value: float, value_max: float | None) -> str:
    return f"{value:g}" if value_max is None else f"{value:g}–{value_max:g}"


@dataclass
class Pairs:
    """Cross-source grouping over pairs of matched gold figures from different articles."""

    same: int = 0
    same_grouped: int = 0
    grouped: int = 0
    grouped_mixed: int = 0
    not_grouped: list[str] = field(default_factory=list)
    mixed: list[str] = field(default_factory=list)

    def add(self, other: Pairs) -> None:
        self.same += other.same
        self.same_grouped += other.same_grouped
        self.grouped += other.grouped
        self.grouped_mixed += other.grouped_mixed

    def grouped_share(self) -> float | None:
        return self.same_grouped / self.same if self.same else None

    def mixed_share(self) -> float | None:
        return self.grouped_mixed / self.grouped if self.grouped else None

    def cells(self) -> str:
        return (
            f"pairs grouped {_ratio(self.same_grouped, self.same)}"
            f"   grouped pairs that mix measures {_ratio(self.grouped_mixed, self.grouped)}"
        )


def _ratio(part: int, whole: int) -> str:
    share = f"{part / whole:.2f}" if whole else "  - "
    return f"{share} ({part}/{whole})"


@dataclass(frozen=True)
class MatchedFigure:
    """A gold figure, the cluster and article it is in, and its predicted measure key."""

    cluster: str
    doc_id: str
    gold: dict
    measure: str | None
    """The predicted figure's measure when it is a grouping key, else None."""
    group: int | None = None
    """The index of the predicted figure's group among `compare_figures`' groups."""


def score_pairs(figures: Sequence[MatchedFigure], across_clusters: bool | None = None) -> Pairs:
    """Pair counts over matched figures of different articles; with `across_clusters`
    True (False) only the pairs whose figures are in different clusters (the same one)."""
    pairs = Pairs()
    seen_not_grouped: set[tuple] = set()
    seen_mixed: set[tuple] = set()
    for a, b in combinations(figures, 2):
        if a.doc_id == b.doc_id:
            continue
        if across_clusters is not None and (a.cluster != b.cluster) != across_clusters:
            continue
        gold_same = bool(a.gold["group"]) and a.gold["group"] == b.gold["group"]
        pred_same = a.group is not None and a.group == b.group
        if gold_same:
            pairs.same += 1
            pairs.same_grouped += pred_same
            key = (a.gold["group"], a.measure, b.measure)
            if not pred_same and key not in seen_not_grouped:
                seen_not_grouped.add(key)
                pairs.not_grouped.append(
                    f"{a.gold['group']}: {_where(a)} [{a.measure}] vs {_where(b)} [{b.measure}]"
                )
        if pred_same:
            pairs.grouped += 1
            pairs.grouped_mixed += not gold_same
            key = (a.measure, *sorted((a.gold["group"], b.gold["group"])))
            if not gold_same and key not in seen_mixed:
                seen_mixed.add(key)
                pairs.mixed.append(
                    f"[{a.measure}]: {_where(a)} ({a.gold['group'] or '-'}) vs "
                    f"{_where(b)} ({b.gold['group'] or '-'})"
                )
    return pairs


def _identity(figure) -> tuple:
    """What `compare_figures` keeps once per article: the same measure and value."""
    return (figure.doc, figure.measure, figure.value, figure.value_max)


def _where(figure: MatchedFigure) -> str:
    return f"{figure.doc_id.split('/')[-1][:5]} {figure.gold['context']!r}"


# --- the whole devset ---------------------------------------------------------------


@dataclass
class Result:
    """Scores per article, per cluster and in all; pair counts likewise; gold problems."""

    rows: dict[str, dict[str, Score]]
    clusters: dict[str, dict[str, Score]]
    total: dict[str, Score]
    pairs: dict[str, Pairs]
    """Per cluster, "across clusters" and "total"."""
    problems: list[str]
    cluster_of: dict[str, str]


def evaluate(folder: Path = DEVSET) -> Result:
    """Extract the devset as one corpus and score every article against its gold."""
    documents, gold, problems = load_gold(folder)
    knowledge = extract_corpus(documents)
    actors = list(knowledge.actors)
    doc_ids = [d.id for d in documents]
    stories = figure_stories(
        knowledge.figures, actors_by_doc(knowledge.actors), {d.id: d.meta for d in documents}
    )
    groups = compare_figures(knowledge.figures, doc_ids, include_single=True, stories=stories)
    group_of = {_identity(f): i for i, group in enumerate(groups) for f in group.values}
    rows: dict[str, dict[str, Score]] = {}
    matched_figures: list[MatchedFigure] = []
    for doc_id, g in gold.items():
        text = g.text
        quotes, speakers = score_quotes_devset(
            text, g.quotes, [q for q in knowledge.quotes if q.doc == doc_id]
        )
        predicted = [f for f in knowledge.figures if f.doc == doc_id]
        matched = match_figures(text, g.figures, predicted)
        figures, values = score_figures_devset(text, g.figures, predicted, matched)
        for gi, pi in matched.items():
            group = group_of.get(_identity(predicted[pi]))
            measure = predicted[pi].measure if group is not None else None
            matched_figures.append(MatchedFigure(g.cluster, doc_id, g.figures[gi], measure, group))
        countries_gold = [a for a in g.actors if a["type"] == "country"]
        countries_pred = [a for a in actors if a.type == "country"]
        rows[doc_id] = {
            "pers/org": score_mentions(text, doc_id, g.actors, actors, countries=False),
            "countries": score_mentions(text, doc_id, countries_gold, countries_pred),
            "quotes": quotes,
            "speakers": speakers,
            "figures": figures,
            "values": values,
        }
    cluster_of = {doc_id: g.cluster for doc_id, g in gold.items()}
    clusters = {c: _sum(s for d, s in rows.items() if cluster_of[d] == c) for c in CLUSTERS}
    pairs = {c: score_pairs([f for f in matched_figures if f.cluster == c]) for c in CLUSTERS}
    pairs["across clusters"] = score_pairs(matched_figures, across_clusters=True)
    total = Pairs()
    for counts in pairs.values():
        total.add(counts)
    pairs["total"] = total
    return Result(rows, clusters, _sum(rows.values()), pairs, problems, cluster_of)


def _sum(scores: Iterable[dict[str, Score]]) -> dict[str, Score]:
    total = {m: Score() for m in MEASURES}
    for row in scores:
        for m in MEASURES:
            total[m].add(row[m])
    return total


def bundled_totals() -> dict[str, Score]:
    """The bundled corpus scored on the independent gold by bench_independent's scoring."""
    gold = json.loads(BUNDLED_GOLD_PATH.read_text(encoding="utf-8"))["docs"]
    docs = {d.id: d for d in load_corpus(ROOT / "corpus")}
    knowledge = extract_corpus(list(docs.values()))
    actors = list(knowledge.actors)
    total = {m: Score() for m in ("pers/org", "countries", "quotes", "speakers", "figures")}
    for doc_id, g in gold.items():
        text = docs[doc_id].text
        quotes, speakers = score_quotes(
            text, g["quotes"], [q for q in knowledge.quotes if q.doc == doc_id]
        )
        countries_gold = [a for a in g["actors"] if a["type"] == "country"]
        countries_pred = [a for a in actors if a.type == "country"]
        total["pers/org"].add(score_mentions(text, doc_id, g["actors"], actors, countries=False))
        total["countries"].add(score_mentions(text, doc_id, countries_gold, countries_pred))
        total["quotes"].add(quotes)
        total["speakers"].add(speakers)
        total["figures"].add(
            score_figures(text, g["figures"], [f for f in knowledge.figures if f.doc == doc_id])
        )
    return total


# --- the report ---------------------------------------------------------------------


def _rp(score: Score | None) -> str:
    """Recall · precision, as issue 11 writes them."""
    if score is None:
        return "-"
    r = f"{score.tp / score.gold:.2f}" if score.gold else "-"
    p = f"{score.tp / score.pred:.2f}" if score.pred else "-"
    return f"{r} · {p}"


def _accuracy(score: Score | None) -> str:
    if score is None:
        return "-"
    return f"{score.tp / score.pred:.2f}" if score.pred else "-"


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def print_tables(result: Result) -> None:
    """One table per cluster (its articles and its total), then the clusters and the total."""
    header = f"{'doc':<8}" + "".join(f"{m:>22}" for m in MEASURES)
    for cluster in CLUSTERS:
        print(f"\n### {cluster}")
        print(header)
        for doc_id, scores in result.rows.items():
            if result.cluster_of[doc_id] == cluster:
                name = doc_id.split("/")[-1][:5]
                print(f"{name:<8}" + "".join(f"{scores[m].cells():>22}" for m in MEASURES))
        scores = result.clusters[cluster]
        print(f"{'total':<8}" + "".join(f"{scores[m].cells():>22}" for m in MEASURES))
        print(f"{'':<8}{result.pairs[cluster].cells()}")
    print("\n### all clusters")
    print(header)
    for name, scores in [*result.clusters.items(), ("total", result.total)]:
        print(f"{name[:7]:<8}" + "".join(f"{scores[m].cells():>22}" for m in MEASURES))
    for name in [*CLUSTERS, "across clusters", "total"]:
        print(f"{name:<16}{result.pairs[name].cells()}")


def print_summary(result: Result, bundled: dict[str, Score] | None) -> None:
    """The issue's measures, bundled five beside the devset, and the targets."""
    b = bundled or {}
    t = result.total
    pairs = result.pairs["total"]
    lines = [
        ("person/organisation mentions R · P", _rp(b.get("pers/org")), _rp(t["pers/org"]),
         TARGETS["pers/org"]),
        ("country mentions R · P", _rp(b.get("countries")), _rp(t["countries"]), ""),
        ("quotations R · P", _rp(b.get("quotes")), _rp(t["quotes"]), TARGETS["quotes"]),
        ("speaker correct (found quotations)", _accuracy(b.get("speakers")),
         _accuracy(t["speakers"]), TARGETS["speakers"]),
        ("figures R · P", _rp(b.get("figures")), _rp(t["figures"]), TARGETS["figures"]),
        ("figure values right (matched)", "-", _accuracy(t["values"]), ""),
        ("cross-source pairs grouped", "-", _share(pairs.grouped_share()),
         TARGETS["grouped"]),
        ("grouped pairs that mix measures", "-", _share(pairs.mixed_share()),
         TARGETS["mixed"]),
    ]  # fmt: skip
    print(f"\n{'measure':<38}{'bundled five':>14}{'devset':>14}   target on devset")
    for label, bundled_cell, devset_cell, target in lines:
        print(f"{label:<38}{bundled_cell:>14}{devset_cell:>14}   {target}")
    print(
        "(bundled: bench_independent's scoring of its gold, figures matched by value and "
        "position; devset: figures matched by position only)"
    )


def print_errors(result: Result) -> None:
    """Up to LISTED_MAX misses and false positives per kind, for a developer to read."""
    kinds: list[tuple[str, list[str]]] = []
    for m in MEASURES:
        label = "wrong" if m in ("speakers", "values") else "misses"
        kinds.append((f"{m} {label}", _notes(result, m, "misses")))
        if m not in ("speakers", "values"):
            kinds.append((f"{m} false positives", _notes(result, m, "false_positives")))
    groups = [*CLUSTERS, "across clusters"]
    kinds.append(
        ("same gold group, not grouped", [n for c in groups for n in result.pairs[c].not_grouped])
    )
    kinds.append(
        ("grouped, gold groups differ", [n for c in groups for n in result.pairs[c].mixed])
    )
    for title, notes in kinds:
        if not notes:
            continue
        shown = f"{min(len(notes), LISTED_MAX)} of {len(notes)}"
        print(f"\n{title} ({shown}):")
        for note in notes[:LISTED_MAX]:
            print(f"  {note}")


def _notes(result: Result, measure: str, kind: str) -> list[str]:
    return [
        f"{doc_id.split('/')[-1][:5]}  {note}"
        for doc_id, scores in result.rows.items()
        for note in getattr(scores[measure], kind)
    ]


def main() -> None:
    result = evaluate()
    print(
        f"Development set ({len(result.rows)} articles in {', '.join(CLUSTERS)}, extracted as "
        "one corpus): P R tp/pred/gold;"
    )
    print(
        "pers/org = person and organisation mentions; countries = country mentions; "
        "speakers = accuracy over matched quotes; values = figure values right over matched "
        "figures"
    )
    if result.problems:
        print(f"\nGold items that cannot be located ({len(result.problems)}):")
        for problem in result.problems:
            print(f"  {problem}")
    print_tables(result)
    print_summary(result, bundled_totals())
    print_errors(result)


if __name__ == "__main__":
    main()
