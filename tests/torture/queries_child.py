"""Child process: 2,000 adversarial queries through `Engine.search`.

    python -m tests.torture.queries_child CORPUS SAMPLE_FILE

Prints one JSON object: how many ran, raised `QueryError`, raised anything else (with
examples), the slowest; writes a sample of the queries (and what they did) for the CLI.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from index import Engine, QueryError

COUNT = 2000
SLOW = 5.0
"""Seconds past which a query is reported as slow."""
WORDS = [
    "wall",
    "border",
    "Syria",
    "Iraq’s",
    "al-Qaim",
    "Hadi",
    "drones",
    "fortif*",
    "Bindawi~",
    "Bendawi~2",
    "source:shafaq",
    "doc:000*",
    "title:invasion",
    "date:[2025-01-01 TO 2025-06-30]",
    "date:2025*",
    "section:comments",
    "actor:Bindawi",
    "actor:Daesh",
    "speaker:al-Khafaji",
    "quote:borders",
    '"concrete wall"',
    "🙂",
    "🙂~2",
    "~",
    "*",
    "?",
    "a*",
    "x~9",
    "title:",
    "[a TO b]",
    "date:[2025-13-01 TO x]",
    "x:y",
    "\\",
    "\x1b]52;c;SGk=\x07",
    "\u202e",
    '"',
    "^",
    "actor:",
    "speaker:\x00",
    "doc:*",
    "wall^3",
    "wall~0.5",
    "+wall",
    "-wall",
    "wall:wall",
    "[/y]",
    "[link=file:///etc/passwd]x[/link]",
    "{a TO b}",
    "\u200b",
    "ǅ",
    "ﬃ",
    "İ",
    "ß",
]
OPERATORS = ["AND", "OR", "NOT", "ANDNOT", "(", ")", "((", "))", '"', "&&", "||", "!"]
POOLS = [
    (0x20, 0x7E),
    (0x00, 0x1F),
    (0x80, 0x9F),
    (0xA0, 0x24F),
    (0x370, 0x3FF),
    (0x590, 0x6FF),
    (0x2000, 0x206F),
    (0x3040, 0x30FF),
    (0x4E00, 0x4E80),
    (0x1F300, 0x1F6FF),
    (0xFE00, 0xFE0F),
    (0x300, 0x36F),
]


def random_text(rng: random.Random) -> str:
    pools = rng.sample(POOLS, rng.randint(1, 3))
    size = rng.choice([0, 1, 2, 5, 20, 80, 300])
    return "".join(chr(rng.randint(*rng.choice(pools))) for _ in range(size))


def grammar(rng: random.Random) -> str:
    parts = [
        rng.choice(WORDS if rng.random() < 0.6 else OPERATORS) for _ in range(rng.randint(1, 14))
    ]
    return rng.choice([" ", "  ", "\t", ""]).join(parts)


def extreme(rng: random.Random, n: int) -> str:
    depth = rng.choice([2, 15, 16, 17, 50, 999, 5000])
    makers = [
        lambda: "(" * depth + "wall" + ")" * depth,
        lambda: "(" * depth + "wall",
        lambda: "wall " + ")" * depth,
        lambda: " ".join(["NOT"] * rng.randint(2, 50)) + " wall",
        lambda: " OR ".join(rng.choice(WORDS) for _ in range(rng.randint(50, 400))),
        lambda: "w" * rng.choice([999, 1000, 1001, 5000, 100_000]),
        lambda: " ".join(f"{w}*" for w in ("wa", "bo", "sy", "ir", "al", "de", "co", "pr") * 8),
        lambda: " ".join(f"word{k}~2" for k in range(rng.randint(10, 120))),
        lambda: '"' + " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 150))) + '"',
        lambda: "date:[" + random_text(rng)[:40] + " TO " + random_text(rng)[:40] + "]",
        lambda: rng.choice(WORDS) + ":" * rng.randint(1, 40) + random_text(rng)[:30],
    ]
    return makers[n % len(makers)]()


def queries(seed: int = 10) -> list[str]:
    """Random text, grammar-shaped queries, very long and deeply nested ones."""
    rng = random.Random(seed)
    found = [random_text(rng) for _ in range(700)]
    found += [grammar(rng) for _ in range(900)]
    found += [extreme(rng, n) for n in range(COUNT - len(found))]
    return found


def main(corpus: Path, sample: Path) -> None:
    engine = Engine.open(corpus)
    outcome = {"ran": 0, "query_error": 0, "other": 0, "multiline": 0, "slow": 0}
    examples: list[str] = []
    timed: list[tuple[float, str]] = []
    rows: list[tuple[str, str]] = []
    started = time.monotonic()
    for text in queries():
        began = time.monotonic()
        kind = "ok"
        try:
            engine.search(text, limit=20)
        except QueryError as error:
            kind = "query_error"
            outcome["multiline"] += "\n" in str(error) or len(str(error)) > 300
        except Exception as error:  # the finding this scenario looks for
            kind = "other"
            if len(examples) < 8:
                examples.append(f"{type(error).__name__} for {text[:60]!a}")
        seconds = time.monotonic() - began
        outcome["ran"] += 1
        outcome[kind] = outcome.get(kind, 0) + 1
        outcome["slow"] += seconds > SLOW
        timed.append((seconds, text))
        rows.append((text, kind))
    slowest = max(timed)
    rng = random.Random(4)
    usable = [r for r in rows if "\x00" not in r[0] and len(r[0]) < 20_000]
    chosen = rng.sample([r for r in usable if r[1] == "query_error"], 15)
    chosen += rng.sample([r for r in usable if r[1] != "query_error"], 15)
    sample.write_text(json.dumps(chosen), encoding="utf-8")
    print(
        json.dumps(
            {
                **outcome,
                "examples": examples,
                "seconds": time.monotonic() - started,
                "slowest": [slowest[0], slowest[1][:40]],
            },
            ensure_ascii=True,
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
