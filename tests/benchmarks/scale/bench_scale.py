"""`make bench-scale`: borderlens against stock Whoosh and SQLite FTS5 on generated corpora."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence, Sized
from pathlib import Path

from tests.benchmarks.scale.app import app_figures
from tests.benchmarks.scale.baselines import ENGINES
from tests.benchmarks.scale.generate import EDITS, apply_edit, generate, vocabulary
from tests.benchmarks.scale.proctree import Run, disk_usage, run
from tests.benchmarks.scale.queries import BORDERLENS_ONLY, QUERIES
from tests.benchmarks.scale.report import (
    NA,
    Cell,
    Row,
    failed,
    latency,
    machine,
    memory,
    seconds,
    size,
    table,
    timed,
)

REPO = Path(__file__).resolve().parents[3]
BORDERLENS = Path(sys.executable).parent / "borderlens"
"""The venv's command, beside the interpreter running this benchmark."""
BASELINES = (sys.executable, "-m", "tests.benchmarks.scale.baselines")
NO_INDEX = Cell("not run (no index)")
Search = Callable[[str], Sized]
QUERY_BUDGET = 60.0
"""Seconds after which a query type stops starting new rounds (it keeps what it measured)."""


_OPEN = """
import sys, time
from pathlib import Path
from index import Engine
began = time.perf_counter()
Engine.open(Path(sys.argv[1]), cache_root=Path(sys.argv[2]))
print(time.perf_counter() - began)
"""


def log(message: str) -> None:
    """Progress on stderr, so stdout holds only the tables."""
    print(message, file=sys.stderr, flush=True)


def median_of(runs: Sequence[Run], limit: float, inner: bool = False) -> Cell:
    """The median wall time (or time printed by the command) of runs that all succeeded."""
    bad = next((r for r in runs if not r.ok), None)
    if bad is not None:
        return timed(bad, limit)
    values = [float(r.stdout.split()[-1]) if inner else r.seconds for r in runs]
    return seconds(statistics.median(values))


class SizeBench:
    """Every measure at one corpus size, in a scratch folder."""

    STEPS = ("build", "updates", "open", "queries", "cold", "app")
    """Every measure, in order; `--steps` may choose some (the build always runs)."""
    NEED_OPEN = frozenset({"queries", "cold", "app"})
    """Measures of an opened index: choosing one takes the open step too."""

    def __init__(
        self,
        root: Path,
        count: int,
        seed: int,
        timeout: float,
        rounds: int,
        steps: Sequence[str] = STEPS,
    ) -> None:
        self.corpus, self.cache, self.ref = root / "corpus", root / "cache", root / "ref"
        self.count, self.seed, self.timeout, self.rounds = count, seed, timeout, rounds
        wanted = {*steps, "build"} | ({"open"} if {*steps} & self.NEED_OPEN else set())
        self.steps = tuple(s for s in self.STEPS if s in wanted)
        self.env = {**os.environ, "BORDERLENS_CACHE_DIR": str(self.cache)}
        self.rows: list[Row] = []
        self.built = self.ready = False
        self.missing = NO_INDEX
        """What borderlens' cells say when there is no index to measure."""

    def borderlens(self, *args: str | Path) -> Run:
        return run([BORDERLENS, *args], env=self.env, cwd=REPO, timeout=self.timeout)

    def baseline(self, *args: str | Path) -> Run:
        return run([*BASELINES, *args], cwd=REPO, timeout=self.timeout)

    def measure(self) -> str:
        """Generate the corpus, fill `rows` and return the table's heading."""
        log(f"[{self.count}] generating")
        began = time.perf_counter()
        generate(self.corpus, self.count, self.seed)
        took = time.perf_counter() - began
        text = sum(p.stat().st_size for p in self.corpus.glob("*.txt"))
        words = len(vocabulary(self.corpus))
        sidecars = len(list(self.corpus.glob("*.toml")))
        for step in (getattr(self, name) for name in self.steps):
            log(f"[{self.count}] {step.__name__}")
            try:
                step()
            except Exception as error:
                self.rows.append(Row(step.__name__, failed(f"{type(error).__name__}: {error}")))
        return (
            f"## {self.count:,} articles (seed {self.seed}, generated in {took:.1f} s): "
            f"{text / 1e6:.1f} MB of text, {words:,} distinct words, {sidecars:,} sidecars"
        )

    def build(self) -> None:
        mine = self.borderlens("index", "--corpus", self.corpus)
        refs = [self.baseline("build", n, self.ref / n, "--corpus", self.corpus) for n in ENGINES]
        self.built = mine.ok
        disk = [size(disk_usage(self.ref / n)) for n in ENGINES]
        runs = (mine, *refs)
        self.rows += [
            Row("full build (`borderlens index`)", *(timed(r, self.timeout) for r in runs)),
            Row("full build: peak memory, process tree", *(memory(r) for r in runs)),
            Row(
                "full build: peak memory, process tree, shared pages once (PSS)",
                *(memory(r, shared_once=True) for r in runs),
            ),
            Row("index on disk", size(disk_usage(self.cache)) if mine.ok else NO_INDEX, *disk),
        ]

    def updates(self) -> None:
        for edit in EDITS:
            touched = apply_edit(self.corpus, edit, self.seed)
            upsert = [*touched.changed, *touched.added]
            mine = self.borderlens("index", "--corpus", self.corpus) if self.built else None
            refs = [
                self.baseline("update", n, self.ref / n, "--corpus", self.corpus, "--upsert",
                              *upsert, "--removed", *touched.removed)
                for n in ENGINES
            ]  # fmt: skip
            cell = NO_INDEX if mine is None else timed(mine, self.timeout)
            cells = (timed(r, self.timeout) for r in refs)
            label = f"update after: {edit} article{'s' if 'ten' in edit else ''}"
            self.rows.append(Row(label, cell, *cells))

    def open(self) -> None:
        mine: Cell = NO_INDEX
        if self.built:
            runs = [run([sys.executable, "-c", _OPEN, self.corpus, self.cache], env=self.env,
                        cwd=REPO, timeout=self.timeout) for _ in range(3)]  # fmt: skip
            mine = median_of(runs, self.timeout, inner=True)
            self.ready = all(r.ok for r in runs)
            self.missing = NO_INDEX if self.ready else Cell("not run (open failed)")
        opened = ([self.baseline("open", n, self.ref / n) for _ in range(3)] for n in ENGINES)
        refs = [median_of(runs, self.timeout, inner=True) for runs in opened]
        self.rows.append(Row("open (fresh process, time inside)", mine, *refs))

    def queries(self) -> None:
        searchers, closers = self.searchers()
        for kind, queries in QUERIES.items():
            cells = [
                NA if kind in BORDERLENS_ONLY and name != "borderlens" else
                self.latencies(name, search, kind, queries) if callable(search) else search
                for name, search in searchers.items()
            ]  # fmt: skip
            self.rows.append(Row(f"warm query, median / p95: {kind}", *cells))
        for close in closers:
            close()

    def searchers(self) -> tuple[dict[str, Search | Cell], list[Callable[[], None]]]:
        """A search function per engine (or the cell saying why there is none), and closers."""
        found: dict[str, Search | Cell] = {}
        closers: list[Callable[[], None]] = []
        try:
            from index import Engine

            engine = Engine.open(self.corpus, cache_root=self.cache) if self.ready else None
            found["borderlens"] = self.missing
            if engine is not None:
                found["borderlens"] = lambda query: engine.search(query, limit=20).hits
        except Exception as error:
            found["borderlens"] = failed(f"{type(error).__name__}: {error}")
        for name, engine_class in ENGINES.items():
            try:
                baseline = engine_class(self.ref / name)
                found[name] = baseline.search
                closers.append(baseline.close)
            except Exception as error:
                found[name] = failed(f"{type(error).__name__}: {error}")
        return found, closers

    def latencies(self, name: str, search: Search, kind: str, queries: Sequence[str]) -> Cell:
        """Median / p95 over `rounds` rounds of `queries`, after one warm-up round."""
        try:
            hits = [len(search(query)) for query in queries]
            log(f"  {name:<10} {kind}: hits {hits}")
            samples: list[float] = []
            began = time.perf_counter()
            for _ in range(self.rounds):
                for query in queries:
                    start = time.perf_counter()
                    search(query)
                    samples.append(time.perf_counter() - start)
                if time.perf_counter() - began > QUERY_BUDGET:
                    break
            return latency(samples)
        except Exception as error:
            return failed(f"{type(error).__name__}: {error}")

    def cold(self) -> None:
        args = ("--corpus", self.corpus, "search", "wall", "--limit", "20")
        mine = self.missing
        if self.ready:
            mine = median_of([self.borderlens(*args) for _ in range(3)], self.timeout)
        refs = [
            median_of([self.baseline("search", n, self.ref / n) for _ in range(3)], self.timeout)
            for n in ENGINES
        ]
        self.rows.append(Row("cold search `wall`, new process (median of 3)", mine, *refs))

    def app(self) -> None:
        if not self.ready:
            self.rows.append(Row("app figures", self.missing))
            return
        self.rows += app_figures(self.corpus, self.cache, self.timeout)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the machine, then one Markdown table per size given.

    borderlens is measured through its CLI (build, updates, cold search: wall time and the
    peak memory of the whole process tree) and its public API (`index.Engine`: open time in
    a fresh process, warm queries in this one); the references by `baselines`.
    """
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per step")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds of each query type")
    parser.add_argument(
        "--steps",
        default=",".join(SizeBench.STEPS),
        help="comma-separated measures to take after the build (queries, cold and app take"
        " open too; 50k: open,queries,cold,app)",
    )
    args = parser.parse_args(argv)
    print(f"Machine: {machine()}\n")
    for count in (int(s) for s in args.sizes.split(",") if s.strip()):
        with tempfile.TemporaryDirectory(prefix=f"borderlens-scale-{count}-") as tmp:
            steps = [s.strip() for s in args.steps.split(",")]
            bench = SizeBench(Path(tmp), count, args.seed, args.timeout, args.rounds, steps)
            heading = bench.measure()
        print(f"{heading}\n\n{table(bench.rows)}\n", flush=True)
        load = os.getloadavg()[0]
        print(f"Limit {args.timeout:.0f} s per step; top 20 hits, one highlighted fragment each;")
        print(f"load average (1 min) at the end: {load:.2f} on {os.cpu_count()} CPUs.\n")


if __name__ == "__main__":
    main()
