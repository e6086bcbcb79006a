"""Indexing the hostile folder with the CLI, and the two large files under a time limit."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.torture import hostile
from tests.torture.harness import Ran, World, raw_count, raw_kinds, tracebacks
from tests.torture.report import Result

LARGE_LIMIT = 40.0
"""Seconds one large file may take to index (issue 10: 50 MB in well under a minute)."""
ALLOWED = {
    "indexed": {"indexed"},
    "skipped": {"skipped"},
    "indexed or skipped": {"indexed", "skipped"},
    "not an article": {"ignored"},
}
"""What may become of an entry, by what it should become (untestable ones: anything)."""
CAFE = {"latin1", "cp1252", "utf16le-bom", "utf16be-bom"}
"""Articles holding "Café" in an encoding other than UTF-8: `cafe` must find them."""


def catalog_rows(cache: Path, sql: str) -> list[tuple[str, ...]]:
    """Rows of the first catalog under `cache`, opened read-only."""
    [path, *_] = sorted(cache.glob("*/v*/catalog.sqlite"))
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [tuple(row) for row in db.execute(sql)]


def warnings_of(ran: Ran) -> list[str]:
    prefix = "borderlens: warning: "
    return [ln[len(prefix) :] for ln in ran.err.splitlines() if ln.startswith(prefix)]


def check_output(world: World, ran: Ran, what: str, problems: list[str]) -> None:
    """Count raw control characters and tracebacks in everything `ran` printed."""
    leaks = raw_count(ran.both)
    if leaks:
        world.tally.leaks += leaks
        problems.append(f"{what}: {leaks} raw control chars ({raw_kinds(ran.both)})")
    if tracebacks(ran.both):
        world.tally.tracebacks += tracebacks(ran.both)
        problems.append(f"{what}: traceback ({ran.last_err()})")


def index_hostile(world: World, folder: Path, entries: list[hostile.Entry]) -> Result:
    """Index the hostile folder; every entry indexed, skipped with a reason, or ignored."""
    tally, problems = world.tally, list[str]()
    ran = world.cli(folder, "index", timeout=180)
    check_output(world, ran, "index", problems)
    if ran.code != 0:
        return Result(
            "index-hostile", False, f"exit {ran.code} after {ran.seconds:.1f} s: {ran.last_err()}"
        )
    indexed = {row[0] for row in catalog_rows(world.root / "cache", "SELECT path FROM documents")}
    said = warnings_of(ran)
    tally.tried += len(entries)
    counts = {"indexed": 0, "skipped": 0, "ignored": 0, "sidecar": 0}
    for entry in entries:
        reason = next((w.split(": ", 1)[1] for w in said if w.startswith(entry.name + ":")), "")
        outcome = "indexed" if entry.name in indexed else "skipped" if reason else "ignored"
        if entry.expect == "sidecar":
            counts["sidecar"] += 1
            tally.skipped |= {entry.name: reason} if reason else {}
            continue
        counts[outcome] += 1
        if outcome != "indexed":
            tally.skipped[entry.name] = reason or f"ignored without a warning ({entry.kind})"
        if outcome not in ALLOWED.get(entry.expect, {"indexed", "skipped", "ignored"}):
            why = f": {reason}" if reason else ""
            problems.append(f"{entry.name!a} ({entry.kind}) {outcome}{why}, not {entry.expect}")
    tally.indexed += counts["indexed"]
    for entry in entries:
        if entry.expect.startswith("untestable"):
            tally.notes.append(f"{entry.name} ({entry.kind}): {entry.expect}")
    if not any("bad-sidecar.toml" in w for w in said):
        problems.append("the malformed sidecar is not reported")
    if not any("aliases.toml" in w for w in said):
        problems.append("the malformed aliases.toml is not reported")
    problems += _found_by_words(world, folder, entries)
    detail = (
        f"{len(entries)} entries tried in {ran.seconds:.1f} s: {counts['indexed']} indexed, "
        f"{counts['skipped']} skipped with a reason, {counts['ignored']} ignored (not regular "
        f"files), {counts['sidecar']} sidecars; {len(said)} one-line warnings"
    )
    return Result("index-hostile", not problems, "; ".join([detail, *problems]))


def _found_by_words(world: World, folder: Path, entries: list[hostile.Entry]) -> list[str]:
    """Each indexed article is found by its own word; "cafe" finds every decoded Café."""
    problems: list[str] = []
    words = [e.word for e in entries if e.word and e.expect == "indexed"]
    ran = world.cli(folder, "search", "--json", "-l", " OR ".join(words), timeout=60)
    check_output(world, ran, "search words", problems)
    docs = ran.docs()
    if docs is None:
        return [f"search --json -l of the words: exit {ran.code} ({ran.last_err()})"]
    rows = catalog_rows(world.root / "cache", "SELECT path, id FROM documents")
    paths = {row[0]: row[1] for row in rows}
    for entry in entries:
        if entry.word and entry.expect == "indexed" and paths.get(entry.name) not in docs:
            problems.append(f"{entry.name!a} not found by its word {entry.word!r}")
    cafe = world.cli(folder, "search", "--json", "-l", "cafe", timeout=60)
    check_output(world, cafe, "search cafe", problems)
    found = cafe.docs() or set()
    if not CAFE <= found:
        problems.append(f"'cafe' misses {sorted(CAFE - found)} (decoding)")
    return problems


def size_limit() -> int | None:
    """The documented size above which an article is skipped, if there is one."""
    try:
        from index.store.article import MAX_ARTICLE_BYTES
    except ImportError:
        return None
    return int(MAX_ARTICLE_BYTES)


def large_files(world: World) -> Result:
    """A 10 MB single-line file and a 5 MB article, and (when articles have a size limit)
    one of each just under it: each alone, indexed within LARGE_LIMIT, or refused above
    the documented limit with a one-line warning naming it."""
    limit = size_limit()
    sizes = [("single-line", 10_000_000), ("article", 5_000_000)]
    if limit:
        sizes += [("single-line", limit - 100_000), ("article", limit - 100_000)]
    problems: list[str] = []
    done: list[str] = []
    for kind, size in sizes:
        folder = world.root / f"large-{kind}-{size}"
        entry = hostile.large(folder, kind, size)
        world.tally.tried += 1
        cache = world.root / f"cache-large-{kind}-{size}"
        ran = world.cli(folder, "index", "--json", timeout=LARGE_LIMIT, cache=cache)
        check_output(world, ran, entry.name, problems)
        said = [w for w in warnings_of(ran) if w.startswith(entry.name)]
        if ran.code is None:
            problems.append(f"{entry.kind}: not indexed after {LARGE_LIMIT:.0f} s (stopped)")
            world.tally.skipped[entry.name] = f"not indexed within {LARGE_LIMIT:.0f} s"
        elif limit and size > limit:
            if len(said) == 1 and "skipped" in said[0]:
                done.append(f"{entry.kind} refused in {ran.seconds:.1f} s ({said[0]})")
                world.tally.skipped[entry.name] = said[0].split(": ", 1)[1]
            else:
                problems.append(f"{entry.kind}: exit {ran.code}, said {said or ran.last_err()}")
        elif ran.code == 0 and '"documents": 1' in ran.out:
            world.tally.indexed += 1
            done.append(f"{entry.kind} indexed in {ran.seconds:.1f} s")
        else:
            problems.append(f"{entry.kind}: exit {ran.code}: {ran.last_err()}")
            world.tally.skipped[entry.name] = ran.last_err() or f"exit {ran.code}"
        shutil.rmtree(folder)
        world.clear_tmp()
    where = f"size limit {limit:,} bytes" if limit else "no size limit"
    return Result("large-files", not problems, "; ".join([where, *done, *problems]))
