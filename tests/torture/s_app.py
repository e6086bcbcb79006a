"""Articles added, deleted and shortened under the running app (driven with Pilot in a
child process): no crash, a clear message, copies that cite the indexed text, nothing raw
on any screen."""

from __future__ import annotations

import json
import shutil

from tests.torture import hostile
from tests.torture.harness import BUNDLED, World, tracebacks
from tests.torture.report import Result


def app_under_change(world: World) -> Result:
    corpus, out = world.root / "app", world.root / "app-out"
    corpus.mkdir()
    out.mkdir()
    for source in BUNDLED.iterdir():
        shutil.copy(source, corpus / source.name)
    (corpus / f"osc{hostile.OSC52}.txt").write_text(hostile.HOSTILE_TEXT, encoding="utf-8")
    (corpus / "sidecar.txt").write_text(hostile.WALL, encoding="utf-8")
    (corpus / "sidecar.toml").write_text(hostile.HOSTILE_SIDECAR, encoding="utf-8")
    (corpus / f"osc{hostile.OSC52}.toml").write_text('source = "unclosed\n', encoding="utf-8")
    ran = world.python("app_child", str(corpus), str(out), timeout=240)
    if tracebacks(ran.both):
        world.tally.tracebacks += tracebacks(ran.both)
    try:
        found = json.loads(ran.out.strip().splitlines()[-1])
    except (ValueError, IndexError):
        why = "stopped at its time limit" if ran.code is None else f"exit {ran.code}"
        return Result("app-under-change", False, f"the app child {why}: {ran.last_err()}")
    steps = [(str(n), bool(ok), str(d)) for n, ok, d in found["steps"]]
    world.tally.faults += 3
    faults = ("added article found by the same word", "deleted", "shortened")
    world.tally.recovered += sum(ok for n, ok, _ in steps if n.startswith(faults))
    world.tally.leaks += int(found["leaks"])
    problems = [f"{n}: {d}" for n, ok, d in steps if not ok]
    if found["crash"]:
        problems.append(f"the app crashed: {found['crash']}")
    if found["leaks"]:
        problems.append(f"{found['leaks']} raw control characters shown ({found['kinds']})")
    passed = [f"{n} ({d[:90]})" for n, ok, d in steps if ok]
    detail = (
        f"{len(steps)} steps, {found['screens']} screens, notifications, statuses and copies "
        f"checked; ok: {', '.join(passed) or 'none'}"
    )
    return Result("app-under-change", not problems, "; ".join([detail, *problems]))
