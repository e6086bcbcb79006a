"""Builds and searches at the same time: a rebuild while 20 searches run, two builds
at once, and articles appearing and vanishing while searches scan the folder."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from tests.torture.harness import BUNDLED, Ran, World, tracebacks
from tests.torture.report import Result
from tests.torture.s_kill import COPIES, compare, copies, state


def start_of(n: int) -> float:
    """When the n-th search starts, in seconds after the rebuild."""
    return 0.3 + 0.45 * n


def concurrent(world: World) -> Result:
    """A rebuild while 20 searches run; then two builds at once."""
    corpus, cache = world.root / "c300", world.root / "cache-kill"
    copies(corpus, COPIES)
    want = state(world, corpus, cache)
    results: dict[str, Ran] = {}

    def go(key: str, *args: str, delay: float = 0.0) -> None:
        time.sleep(delay)
        results[key] = world.cli(corpus, *args, cache=cache, timeout=300)

    threads = [threading.Thread(target=go, args=("rebuild", "index", "--rebuild"))]
    threads += [
        threading.Thread(
            target=go,
            args=(f"search {n}", "search", "--json", "-l", "wall"),
            kwargs={"delay": start_of(n)},
        )
        for n in range(20)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=400)
    problems, ok, clear = [], 0, 0
    for key, ran in sorted(results.items()):
        if tracebacks(ran.both):
            world.tally.tracebacks += tracebacks(ran.both)
            problems.append(f"{key}: traceback ({ran.last_err()})")
        if key == "rebuild":
            if ran.code != 0:
                problems.append(f"rebuild: exit {ran.code} ({ran.last_err()})")
            continue
        good = ran.code == 0 and ran.docs() == want[1]
        lines = [ln for ln in ran.err.splitlines() if ln.strip() and ": warning: " not in ln]
        if good:
            ok += 1
        elif ran.code == 2 and len(lines) == 1 and tracebacks(ran.err) == 0:
            clear += 1
        else:
            problems.append(f"{key}: exit {ran.code}, not the clean results ({ran.last_err()})")
    if len(results) != 21:
        problems.append(f"{21 - len(results)} processes did not finish")
    problems += compare(world, "after the rebuild", state(world, corpus, cache), want[:2])
    world.tally.faults += 1
    world.tally.recovered += not problems
    rebuilt = results.get("rebuild")
    seconds = rebuilt.seconds if rebuilt else 0.0
    during = sum(start_of(n) < seconds for n in range(20))
    detail = (
        f"index --rebuild ({seconds:.0f} s) + 20 searches ({during} started while it ran): "
        f"{ok} with the clean results, {clear} clear one-line errors"
    )
    more, said = two_builds(world)
    problems += more
    more, churned = churn(world)
    problems += more
    detail += "; " + "; ".join([*said, churned])
    return Result("concurrent", not problems, "; ".join([detail, *problems]))


def two_builds(world: World) -> tuple[list[str], list[str]]:
    """Two `index` with no index yet, then two `index --rebuild`: one waits or uses the
    index as it was; both end well and the index is whole."""
    corpus, cache = world.root / "c30", world.root / "cache-two"
    total = copies(corpus, 6)
    want = state(world, corpus, world.root / "cache-two-clean")
    problems: list[str] = []
    said: list[str] = []
    for args in (("index",), ("index", "--rebuild")):
        before = len(problems)
        world.tally.faults += 1
        runs: list[Ran] = []
        threads = [
            threading.Thread(target=_append, args=(runs, world, corpus, cache, args))
            for _ in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=320)
        name = "two " + " ".join(args)
        for ran in runs:
            if tracebacks(ran.both) or ran.code != 0:
                world.tally.tracebacks += tracebacks(ran.both)
                problems.append(f"{name}: exit {ran.code} ({ran.last_err() or 'no message'})")
        told = [
            ln.split("warning: ")[-1]
            for r in runs
            for ln in r.err.splitlines()
            if "waiting" in ln or "as it was" in ln
        ]
        if not told:
            problems.append(f"{name}: neither says it waits or uses the index as it was")
        problems += compare(world, name, state(world, corpus, cache), want[:2])
        world.tally.recovered += len(problems) == before
        said.append(
            f"{name} at once: exits {[r.code for r in runs]}, {told[0] if told else 'nothing said'}"
        )
    if want[0] != total:
        problems.append(f"two builds: the clean build holds {want[0]} of {total}")
    return problems, said


def _append(
    runs: list[Ran], world: World, corpus: Path, cache: Path, args: tuple[str, ...]
) -> None:
    runs.append(world.cli(corpus, *args, cache=cache, timeout=300))


def churn(world: World) -> tuple[list[str], str]:
    """10 searches while articles appear and vanish every few milliseconds."""
    corpus, cache = world.root / "churn", world.root / "cache-churn"
    corpus.mkdir()
    for source in BUNDLED.glob("*.txt"):
        (corpus / source.name).write_bytes(source.read_bytes())
    want = state(world, corpus, cache)[1]
    stop = threading.Event()

    def flip() -> None:
        n = 0
        while not stop.is_set():
            path = corpus / f"churn-{n % 16}.txt"
            try:
                if path.exists():
                    path.unlink()
                else:
                    path.write_text(f"Churn article {n} about the wall.\n", encoding="utf-8")
            except OSError:
                pass
            n += 1
            time.sleep(0.003)

    flipper = threading.Thread(target=flip)
    flipper.start()
    try:
        runs = [
            world.cli(corpus, "search", "--json", "-l", "wall", cache=cache, timeout=120)
            for _ in range(10)
        ]
    finally:
        stop.set()
        flipper.join()
    world.tally.faults += 1
    problems, good = [], 0
    for ran in runs:
        found = ran.docs() or set()
        if tracebacks(ran.both):
            world.tally.tracebacks += tracebacks(ran.both)
            problems.append(f"churn: traceback ({ran.last_err()})")
        elif ran.code == 0 and want <= found:
            good += 1
        else:
            problems.append(f"churn: exit {ran.code}, {len(found)} found ({ran.last_err()})")
    world.tally.recovered += not problems
    return problems, f"10 searches while articles appear and vanish: {good} right"
