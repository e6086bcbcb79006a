"""2,000 adversarial queries through `Engine.search` (in a child process, under a time
limit), then a sample of them through the CLI: a bad query is a one-line error with
exit code 2, never a traceback."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.torture.harness import Ran, World, one_line_error, raw_count, tracebacks
from tests.torture.report import Result


def queries(world: World, corpus: Path) -> Result:
    sample = world.root / "query-sample.json"
    ran = world.python("queries_child", str(corpus), str(sample), timeout=240)
    if tracebacks(ran.both):
        world.tally.tracebacks += tracebacks(ran.both)
    try:
        found = json.loads(ran.out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        why = "stopped at its time limit" if ran.code is None else f"exit {ran.code}"
        return Result("queries", False, f"the query child {why}: {ran.last_err()}")
    problems = []
    if found["other"]:
        problems.append(
            f"{found['other']} raised something else than QueryError: "
            f"{'; '.join(found['examples'])}"
        )
    if found["multiline"]:
        problems.append(f"{found['multiline']} QueryError messages not on one short line")
    if found["slow"]:
        problems.append(
            f"{found['slow']} queries slower than 5 s (slowest "
            f"{found['slowest'][0]:.1f} s: {found['slowest'][1]!a})"
        )
    rows = [(str(t), str(k)) for t, k in json.loads(sample.read_text(encoding="utf-8"))]
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = list(pool.map(lambda r: world.cli(corpus, "search", "--", r[0], timeout=60), rows))
    cli_errors = 0
    for (text, kind), done in zip(rows, runs, strict=True):
        cli_errors += kind == "query_error"
        problems += _cli_problem(world, text, kind, done)
    detail = (
        f"{found['ran']} queries through Engine.search in {found['seconds']:.0f} s: "
        f"{found['query_error']} QueryError, {found['other']} other exceptions, slowest "
        f"{found['slowest'][0]:.2f} s; {len(rows)} through the CLI ({cli_errors} bad ones)"
    )
    return Result("queries", not problems, "; ".join([detail, *problems]))


def _cli_problem(world: World, text: str, kind: str, ran: Ran) -> list[str]:
    traced = tracebacks(ran.both)
    world.tally.tracebacks += traced
    leaks = raw_count(ran.both)
    world.tally.leaks += leaks
    shown = f"{text[:40]!a}"
    if traced:
        return [f"CLI {shown}: traceback ({ran.last_err()})"]
    if leaks:
        return [f"CLI {shown}: {leaks} raw control characters"]
    if kind == "query_error" and not one_line_error(ran):
        return [f"CLI {shown}: exit {ran.code}, not one line on stderr ({ran.last_err()})"]
    if kind != "query_error" and ran.code not in (0, 1):
        return [f"CLI {shown}: exit {ran.code} ({ran.last_err()})"]
    return []
