"""Damage to a ready index: its Whoosh files, its catalog's bytes and rows, files from
another corpus. The next `search`, and the next `index`, must notice, rebuild with a
one-line message and answer as the clean index does."""

from __future__ import annotations

import json
import random
import re
import shutil
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.torture.harness import BUNDLED, Ran, World, tracebacks
from tests.torture.report import Result

Damage = Callable[[Path], object]
"""Damages the index folder it is given."""
Answers = dict[str, object]


def _seg(folder: Path) -> Path:
    return max(folder.glob("*.seg"), key=lambda p: p.stat().st_size)


def _overwrite(path: Path, at: float, size: int, data: bytes | None = None) -> None:
    with path.open("r+b") as handle:
        handle.seek(int(path.stat().st_size * at) // 4096 * 4096)
        handle.write(data or random.Random(5).randbytes(size))


def _sql(*statements: str) -> Damage:
    def damage(folder: Path) -> None:
        with sqlite3.connect(folder / "catalog.sqlite") as db:
            for statement in statements:
                db.execute(statement)

    return damage


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(size)


DAMAGES: dict[str, Damage] = {
    "seg truncated": lambda f: _truncate(_seg(f), 100),
    "seg zeroed": lambda f: _seg(f).write_bytes(b"\0" * _seg(f).stat().st_size),
    "seg 4 KB at 30% overwritten": lambda f: _overwrite(_seg(f), 0.3, 4096),
    "seg deleted": lambda f: _seg(f).unlink(),
    "toc deleted": lambda f: next(f.glob("*.toc")).unlink(),
    "catalog header overwritten": lambda f: _overwrite(f / "catalog.sqlite", 0, 100),
    "catalog middle overwritten": lambda f: _overwrite(f / "catalog.sqlite", 0.5, 8192),
    "catalog truncated": lambda f: _truncate(f / "catalog.sqlite", 40_000),
    "catalog emptied": lambda f: _truncate(f / "catalog.sqlite", 0),
    "catalog deleted": lambda f: (f / "catalog.sqlite").unlink(),
    "documents.passages='x'": _sql("UPDATE documents SET passages='x'"),
    "documents.inserted=3, size='big'": _sql("UPDATE documents SET inserted=3, size='big'"),
    "quotes.start='abc', figures.value='many'": _sql(
        "UPDATE quotes SET start='abc'", "UPDATE figures SET value='many', unit=7"
    ),
    "actors.roles='{', mentions.start=NULL": _sql(
        "UPDATE actors SET roles='{', aliases=3", "UPDATE mentions SET start=NULL"
    ),
    "settings.manifest garbage": _sql("UPDATE settings SET value='garbage' WHERE name='manifest'"),
}
WORDS = (
    "wall border syria iraq security forces army drones said government militia attack camp "
    "kilometers city province minister president people years control region"
)
QUERY = ("search", "--json", "--limit", "1000", " OR ".join(WORDS.split()))
COMMANDS = {
    "search": [QUERY, ("quotes", "--json"), ("actors", "--json"), ("index", "--json")],
    "index": [("index", "--json"), QUERY, ("figures", "--compare", "--json")],
}
"""What runs after the damage: the first command must recover, the others see it whole."""


def answers(runs: list[Ran]) -> Answers:
    """What the commands said, in a form to compare with the clean index's."""
    found: Answers = {}
    for ran in runs:
        name = next(a for a in ran.args[3:] if not a.startswith("--"))
        try:
            data = json.loads(ran.out)
        except ValueError:
            found[name] = f"exit {ran.code}"
            continue
        if isinstance(data, dict):
            found[name] = data.get("documents")
        elif name == "search":
            found[name] = sorted((r["doc"], r["passage"], r["score"], r["text"]) for r in data)
        else:
            found[name] = len(data)
    return found


def _case(
    world: World, corpus: Path, pristine: Path, name: str, first: str, want: Answers
) -> tuple[bool, str]:
    """One damage, then one command sequence; (recovered, what went wrong)."""
    cache = world.root / f"cache-dmg-{first}-{re.sub(r'[^a-z]+', '-', name)}"
    shutil.copytree(pristine, cache, symlinks=True)
    [folder] = [p for p in cache.glob("*/v*") if p.is_dir()]
    if name == "Whoosh files of another corpus":
        _foreign(world, folder)
    else:
        DAMAGES[name](folder)
    runs = [world.cli(corpus, *args, cache=cache, timeout=120) for args in COMMANDS[first]]
    shutil.rmtree(cache, ignore_errors=True)
    said = [ln for ln in runs[0].err.splitlines() if "rebuild" in ln]
    got, problems = answers(runs), []
    for ran in runs:
        command = next(a for a in ran.args[3:] if not a.startswith("--"))
        if tracebacks(ran.both):
            world.tally.tracebacks += tracebacks(ran.both)
            problems.append(f"{command}: traceback ({ran.last_err()})")
        elif command in want and got.get(command) != want[command]:
            problems.append(f"{command}: not the clean answer ({str(got.get(command))[:40]})")
    if len(said) > 1:
        problems.append(f"{len(said)} lines of message")
    where = f"{name}, then {first}"
    silent = "" if said or problems else f"{where}: rebuilt or tolerated silently"
    return not problems, f"{where} → {', '.join(problems)}" if problems else silent


def _other_index(world: World) -> None:
    """Index another corpus, whose Whoosh files `_foreign` copies."""
    other = world.root / "dmg-other"
    other.mkdir()
    (other / "fence.txt").write_text("Fences only, and a wall or two.\n", encoding="utf-8")
    world.cli(other, "index", cache=world.root / "cache-dmg-other", timeout=120)


def _foreign(world: World, folder: Path) -> None:
    """Replace the Whoosh files of `folder` with those of another corpus's index."""
    [source] = [p for p in (world.root / "cache-dmg-other").glob("*/v*") if p.is_dir()]
    for pattern in ("*.seg", "*.toc"):
        for path in folder.glob(pattern):
            path.unlink()
        for path in source.glob(pattern):
            shutil.copy(path, folder / path.name)


def damage(world: World) -> Result:
    """Every damage, followed by `search` and (separately) by `index`."""
    corpus, clean = world.root / "dmg", world.root / "cache-dmg-clean"
    corpus.mkdir()
    for source in BUNDLED.iterdir():
        shutil.copy(source, corpus / source.name)
    world.cli(corpus, "index", cache=clean, timeout=120)
    want: Answers = {}
    for first in COMMANDS:
        want |= answers([world.cli(corpus, *a, cache=clean, timeout=120) for a in COMMANDS[first]])
    names = [*DAMAGES, "Whoosh files of another corpus"]
    _other_index(world)
    cases = [(name, first) for name in names for first in COMMANDS]
    with ThreadPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(lambda c: _case(world, corpus, clean, c[0], c[1], want), cases))
    world.tally.faults += len(cases)
    world.tally.recovered += sum(ok for ok, _ in done)
    problems = [why for ok, why in done if not ok]
    silent = [why for ok, why in done if ok and why]
    detail = (
        f"{len(names)} kinds of damage, each followed by search and by index: "
        f"{sum(ok for ok, _ in done)} of {len(cases)} recovered with the clean answers "
        f"({len(silent)} of them without a message: {'; '.join(silent) or 'none'})"
    )
    return Result("damage", not problems, "; ".join([detail, *problems]))
