"""`make torture`: every scenario, one line each, then the summary; exit 0 only if all
are ok. `python -m tests.torture [SCENARIO...]` runs some of them (the hostile folder
is always indexed first)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.torture import (
    hostile,
    s_app,
    s_concurrent,
    s_damage,
    s_environment,
    s_index,
    s_kill,
    s_output,
    s_queries,
)
from tests.torture.harness import World, kill_group
from tests.torture.procs import marked_processes
from tests.torture.report import Result, summary

Scenario = Callable[[], Result]


def scenarios(world: World, folder: Path) -> list[tuple[str, Scenario]]:
    """Every scenario, by name, in the order they run."""
    return [
        ("large-files", lambda: s_index.large_files(world)),
        ("cli-output", lambda: s_output.cli_output(world, folder)),
        ("exports", lambda: s_output.exports(world, folder)),
        ("kill-9", lambda: s_kill.kill_nine(world)),
        ("concurrent", lambda: s_concurrent.concurrent(world)),
        ("damage", lambda: s_damage.damage(world)),
        ("environment", lambda: s_environment.environment(world)),
        ("app-under-change", lambda: s_app.app_under_change(world)),
        ("queries", lambda: s_queries.queries(world, folder)),
    ]


def _run(name: str, scenario: Scenario, world: World) -> Result:
    try:
        result = scenario()
    except Exception as error:  # the torture's own failure is a failed scenario, not a crash
        result = Result(name, False, f"the scenario itself failed: {type(error).__name__}: {error}")
    left = marked_processes(str(world.root))
    if left:
        world.tally.orphans += len(left)
        for pid in left:
            kill_group(pid)
            try:
                os.kill(pid, 9)
            except OSError:
                pass
        result = Result(name, False, f"{result.details}; {len(left)} processes left behind")
    world.clear_tmp()
    return result


def _unmount_all(root: Path) -> None:
    """Unmount whatever a scenario left mounted under `root`."""
    with open("/proc/mounts", encoding="utf-8") as mounts:
        points = [line.split()[1] for line in mounts if line.split()[1].startswith(str(root))]
    for point in reversed(points):
        subprocess.run(["umount", "-l", point], capture_output=True, timeout=30, check=False)


def main(chosen: list[str]) -> int:
    started = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix="borderlens-torture-"))
    world = World(root)
    results: list[Result] = []
    try:
        folder = root / "hostile"
        entries = hostile.build(folder)
        hostile.malformed_aliases(root / "config")
        first = _run("index-hostile", lambda: s_index.index_hostile(world, folder, entries), world)
        print(first.line(), flush=True)
        results.append(first)
        for name, scenario in scenarios(world, folder):
            if chosen and name not in chosen:
                continue
            result = _run(name, scenario, world)
            print(result.line(), flush=True)
            results.append(result)
    finally:
        _unmount_all(root)
        shutil.rmtree(root, ignore_errors=True)
    for line in summary(results, world.tally, time.monotonic() - started):
        print(line)
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
