"""Benchmark of figure extraction against hand-checked annotations.

Rows: the bundled corpus as loaded (repaired view), the same corpus with repair turned
off (fused numbers such as "30watchtowers" left as they are), and a held-out set of
sentences written for this benchmark in other outlets' phrasings (not from the corpus).
A predicted figure matches a gold one when the spans overlap in the same document and the
values agree. Grouping checks that the border and wall comparison groups are exact.

Run: `python -m tests.benchmarks.bench_figures`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from index.corpus import load_corpus
from index.extract.figures import compare_figures, find_figures, text_figures
from index.model import Document, Figure
from index.repair import Repaired

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "tests" / "data" / "annotations" / "figures.json"
GROUPS = ("border:length", "wall:length")

HELD_OUT: tuple[tuple[str, tuple[tuple[float, str, str], ...]], ...] = (
    ("The 600-km frontier with Syria is now guarded by 12 battalions.",
     ((600, "km", "border:length"), (12, "battalion", "battalion:count"))),
    ("Officials said the border fence will reach 450 kilometres by December 2025.",
     ((450, "km", "wall:length"),)),
    ("The barrier, 3.5 metres high, runs along a 200 km stretch of the border.",
     ((3.5, "m", "wall:height"), (200, "km", "border:length"))),
    ("Al-Hol camp houses about 40,000 people, nearly half of them children.",
     ((40000, "people", "camp:population"), (0.5, "fraction", "people:share"))),
    ("Some 20,000 Iraqis still live in the camp.", ((20000, "iraqi", "camp:population:iraqi"),)),
    ("Between 150 and 200 fighters slip across the border every month, the ministry said.",
     ((150, "fighter", "militant:per-month:crossing"),)),
    ("On 5 March, five soldiers were killed and two wounded near al-Qaim.",
     ((5, "soldier", "death:count:personnel"), (2, "wounded", "injury:count"))),
    ("Baghdad has installed 1,200 surveillance cameras and 95 watchtowers.",
     ((1200, "camera", "camera:count"), (95, "watchtower", "watchtower:count"))),
    ("About 25 percent of the wall remains unfinished, the 2nd Division said on Monday.",
     ((25, "%", "wall:share"),)),
    ("Dozens of militants and a dozen smugglers were arrested in 2024.",
     ((12, "militant", "militant:count:vague"), (12, "smuggler", "smuggler:count:capture"))),
    ("The project cost $120 million and employs thousands of workers.",
     ((120e6, "USD", "amount:cost"), (1000, "worker", "worker:count:vague"))),
    ("Iraq fears a repeat of 2014, when one of its provinces fell within three days.",
     ((3, "day", "province:duration"),)),
)  # fmt: skip
"""Sentences with their figures: (value, unit, measure key)."""


@dataclass(frozen=True)
class Score:
    """Counts of predicted and gold figures and of their agreement."""

    predicted: int
    gold: int
    matched: int
    units: int
    measures: int

    def row(self, name: str) -> str:
        """One line of the table."""
        precision = self.matched / self.predicted if self.predicted else 1.0
        recall = self.matched / self.gold if self.gold else 1.0
        unit = self.units / self.matched if self.matched else 0.0
        measure = self.measures / self.matched if self.matched else 0.0
        return f"{name:<26}{precision:>10.3f}{recall:>8.3f}{unit:>8.3f}{measure:>10.3f}"


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(abs(a), abs(b), 1.0)


def _matches(figure: Figure, gold: dict[str, object]) -> bool:
    overlap = figure.start < int(str(gold["end"])) and int(str(gold["start"])) < figure.end
    return figure.doc == gold["doc"] and overlap and _close(figure.value, float(str(gold["value"])))


def score(figures: Sequence[Figure], gold: Sequence[dict[str, object]]) -> Score:
    """Precision/recall counts, plus unit and measure agreement among matches."""
    pairs = [(f, g) for g in gold for f in figures if _matches(f, g)]
    matched_predictions = {id(f) for f, _ in pairs}
    return Score(
        predicted=len(figures),
        gold=len(gold),
        matched=min(len(matched_predictions), len(pairs)),
        units=sum(f.unit == g["unit"] for f, g in pairs),
        measures=sum(f.measure == g["measure"] for f, g in pairs),
    )


def unrepaired(document: Document) -> Document:
    """`document` with its repaired view replaced by the original text."""
    return replace(document, repaired=Repaired(document.text, document.text))


def held_out_score() -> Score:
    """The held-out sentences scored by value, unit and measure key."""
    predicted = gold = matched = units = measures = 0
    for text, expected in HELD_OUT:
        found = [(q.value, m.unit, m.key) for q, m in text_figures(text)]
        predicted, gold = predicted + len(found), gold + len(expected)
        for value, unit, key in expected:
            hit = next((f for f in found if _close(f[0], value)), None)
            if hit is not None:
                matched, units = matched + 1, units + (hit[1] == unit)
                measures += hit[2] == key
    return Score(predicted, gold, matched, units, measures)


def groups_exact(documents: Sequence[Document], gold: Sequence[dict[str, object]]) -> str:
    """Which of the border and wall groups hold exactly the annotated (doc, value) pairs."""
    groups = {
        g.measure: g for g in compare_figures(find_figures(documents), [d.id for d in documents])
    }
    verdicts = []
    for key in GROUPS:
        want = {(g["doc"], float(str(g["value"]))) for g in gold if g["measure"] == key}
        group = groups.get(key)
        got = {(f.doc, f.value) for f in group.values} if group else set()
        verdicts.append(
            f"{key} {'exact' if got == want else 'WRONG'}"
            f"{', disagree' if group and group.disagree else ''}"
        )
    return "; ".join(verdicts)


def main() -> None:
    """Print the table: precision, recall, unit and measure accuracy per row."""
    gold = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    documents = load_corpus(ROOT / "corpus")
    plain = [unrepaired(d) for d in documents]
    print(f"{'row':<26}{'precision':>10}{'recall':>8}{'unit':>8}{'measure':>10}")
    print(score(find_figures(documents), gold).row("corpus (repaired)"))
    print(score(find_figures(plain), gold).row("corpus (no repair)"))
    print(held_out_score().row("held-out sentences"))
    print(f"groups (repaired):  {groups_exact(documents, gold)}")
    print(f"groups (no repair): {groups_exact(plain, gold)}")


if __name__ == "__main__":
    main()
