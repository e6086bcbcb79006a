"""kill -9 of a build at several points on a ~300-article copy of the bundled corpus:
no process left behind, no article lost."""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

from tests.torture.harness import BUNDLED, Ran, World, tracebacks
from tests.torture.procs import descendants, marked_processes
from tests.torture.report import Result
from tests.torture.terminal import Terminal, cli_command

COPIES = 60
"""Copies of each bundled article: 300 articles."""
PROGRESS = re.compile(r"indexing\D*?(\d+)/(\d+)")
MERGING = re.compile(r"merging actors")
Point = tuple[str, float | None, str | None]
POINTS: list[Point] = [
    ("0.5 s", 0.5, None),
    ("1 s", 1.0, None),
    ("2 s", 2.0, None),
    ("half indexed", None, "half"),
    ("merging", None, "merging"),
]


def copies(folder: Path, count: int) -> int:
    """`count` copies of every bundled article in `folder` (each ends differently)."""
    if folder.is_dir():
        return len(list(folder.glob("*.txt")))
    folder.mkdir(parents=True)
    for n in range(count):
        for source in sorted(BUNDLED.glob("*.txt")):
            text = source.read_text(encoding="utf-8")
            end = f"\n\nCopy {n} of {source.stem}.\n"
            (folder / f"{n:03}_{source.name}").write_text(text + end, encoding="utf-8")
    return len(list(folder.glob("*.txt")))


def state(world: World, corpus: Path, cache: Path) -> tuple[int, set[str], list[Ran]]:
    """Documents in the index and the articles `wall` finds (-1 and ∅ on failure)."""
    found = world.cli(corpus, "search", "--json", "-l", "wall", cache=cache, timeout=240)
    counted = world.cli(corpus, "index", "--json", cache=cache, timeout=240)
    try:
        docs = found.docs()
        documents = int(counted.json()["documents"])
        if docs is None:
            raise ValueError("no JSON list")
    except (ValueError, TypeError, KeyError):
        return -1, set(), [found, counted]
    return documents, docs, [found, counted]


def _alive(pid: int) -> bool:
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


def _reached(term: Terminal, how: str) -> bool:
    if how == "merging":
        return bool(MERGING.search(term.plain()))
    return any(2 * int(d) >= int(t) > 0 for d, t in PROGRESS.findall(term.plain()))


def killed(
    world: World, corpus: Path, cache: Path, args: tuple[str, ...], point: Point
) -> tuple[str, str]:
    """Start a build on a terminal, kill -9 it (the parent only) at `point`; what was
    left behind ("" when nothing), and when and with how many workers it was killed."""
    name, after, how = point
    term = Terminal(cli_command(corpus, *args), world.env(cache, TERM="xterm-256color"))
    deadline = time.monotonic() + (after if after is not None else 240)
    kids: list[int] = []
    while time.monotonic() < deadline and term.proc.poll() is None:
        kids = sorted(set(kids) | set(descendants(term.proc.pid)))
        if how is not None and _reached(term, how):
            break
        time.sleep(0.02)
    if term.proc.poll() is not None:
        term.finish(5)
        return f"{name}: the build ended before the kill", ""
    alive = descendants(term.proc.pid)
    kids = sorted(set(kids) | set(alive))
    at = "" if how is None else f"at {time.monotonic() - term.started:.1f} s, "
    when = f"{name} ({at}{len(alive)} children)"
    world.tally.faults += 1
    os.kill(term.proc.pid, signal.SIGKILL)
    term.proc.wait()
    time.sleep(1.5)
    left = sorted({p for p in kids if _alive(p)} | set(marked_processes(str(world.root))))
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    term.finish(10)
    world.tally.orphans += len(left)
    orphans = f"{name}: {len(left)} processes left alive ({len(kids)} children seen)"
    return (orphans if left else ""), when


def compare(
    world: World, name: str, got: tuple[int, set[str], list[Ran]], want: tuple[int, set[str]]
) -> list[str]:
    """Problems of the index after a fault, compared with the clean build."""
    documents, docs, runs = got
    problems = []
    for ran in runs:
        if tracebacks(ran.both):
            world.tally.tracebacks += tracebacks(ran.both)
            problems.append(f"{name}: traceback ({ran.last_err()})")
    if documents < 0:
        reason = next((r.last_err() for r in runs if r.code != 0), "no JSON")
        return [*problems, f"{name}: the next search or index failed ({reason})"]
    lost = max(want[0] - documents, len(want[1] - docs))
    world.tally.lost += lost
    if lost or documents != want[0] or docs != want[1]:
        problems.append(
            f"{name}: {documents} documents, {len(docs)} found (clean build: "
            f"{want[0]}, {len(want[1])})"
        )
    return problems


def kill_nine(world: World) -> Result:
    """Kill -9 `index --rebuild` at several points, and a first build; nothing lost."""
    corpus, cache = world.root / "c300", world.root / "cache-kill"
    total = copies(corpus, COPIES)
    started = time.monotonic()
    want = state(world, corpus, cache)
    clean = time.monotonic() - started
    if want[0] != total:
        return Result("kill-9", False, f"the clean build holds {want[0]} of {total} articles")
    problems, recovered, when, before = [], 0, [], world.tally.orphans
    for point in POINTS:
        left, at = killed(world, corpus, cache, ("index", "--rebuild"), point)
        when.append(at)
        after = compare(world, f"after kill at {point[0]}", state(world, corpus, cache), want[:2])
        problems += [left] if left else []
        problems += after
        recovered += not after and "ended before" not in left
    first_cache = world.root / "cache-kill-first"
    first = ("3 s", 3.0, None)
    left, at = killed(world, corpus, first_cache, ("index",), first)
    when.append(at)
    after = compare(
        world, "after a killed first build", state(world, corpus, first_cache), want[:2]
    )
    problems += ([left] if left else []) + after
    recovered += not after and "ended before" not in left
    world.tally.recovered += recovered
    leftovers = [p.name for p in cache.glob("*/*.building")]
    note = f"; a killed build's {leftovers[0]} stays until the next full build" if leftovers else ""
    detail = (
        f"{total} articles, clean build {clean:.0f} s; index --rebuild killed at "
        f"{', '.join(when[:-1])}, a first index (no index yet) at {when[-1]}: {recovered} of "
        f"{len(POINTS) + 1} recovered with every article, "
        f"{world.tally.orphans - before} processes left behind{note}"
    )
    return Result("kill-9", not problems, "; ".join([detail, *problems]))
