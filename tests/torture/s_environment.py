"""An unusable cache: a regular file, a folder under /proc, a read-only folder, a full
disk (a small tmpfs). Each gives one clear line and right answers; a full disk leaves the
previous index usable and no partial files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.torture.harness import BUNDLED, Ran, World, tracebacks
from tests.torture.report import Result

FALLBACK = "cannot use the cache folder"


def _docs(ran: Ran) -> set[str] | None:
    return ran.docs()


def _said(ran: Ran) -> list[str]:
    """The lines on stderr but the malformed aliases file's warning."""
    return [ln for ln in ran.err.splitlines() if ln.strip() and "aliases" not in ln]


def _short(lines: list[str]) -> str:
    return " | ".join(line.removeprefix("borderlens: ")[:110] for line in lines[:3])


def _mount(point: Path, *options: str) -> str:
    """Mount a tmpfs at `point`; "" when done, else why not."""
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(point)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return "" if done.returncode == 0 else (done.stderr.strip() or f"mount exit {done.returncode}")


def _umount(point: Path) -> None:
    subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=30, check=False)


class Env:
    """The environment scenario's corpus, its clean answer and what went wrong."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.corpus = world.root / "envc"
        self.corpus.mkdir()
        for source in BUNDLED.iterdir():
            shutil.copy(source, self.corpus / source.name)
        clean = world.cli(
            self.corpus,
            "search",
            "--json",
            "-l",
            "wall",
            cache=world.root / "cache-env-clean",
            timeout=120,
        )
        self.want = _docs(clean) or set()
        self.problems: list[str] = []
        self.done: list[str] = []

    def search(self, name: str, cache: Path, word: str = "wall", expect: str = "") -> Ran:
        """Search with the cache at `cache`: right answer, no traceback, and a line
        holding `expect` (none at all but the aliases warning when `expect` is "")."""
        self.world.tally.faults += 1
        ran = self.world.cli(self.corpus, "search", "--json", "-l", word, cache=cache, timeout=120)
        said = _said(ran)
        wrong = []
        if tracebacks(ran.both):
            self.world.tally.tracebacks += tracebacks(ran.both)
            wrong.append(f"traceback ({ran.last_err()})")
        docs = _docs(ran)
        if word == "wall" and docs != self.want:
            wrong.append(f"exit {ran.code}, {len(docs or ())} articles found, not {len(self.want)}")
        if word != "wall" and not docs:
            wrong.append(f"exit {ran.code}, the changed article is not found")
        if expect and (len(said) != 1 or expect not in said[0]):
            wrong.append(f"expected one line saying {expect!r}, got {_short(said)}")
        if not expect and said:
            wrong.append(f"unexpected message {_short(said)}")
        if wrong:
            self.problems.append(f"{name}: {', '.join(wrong)}")
        else:
            self.world.tally.recovered += 1
            self.done.append(name)
        return ran


def environment(world: World) -> Result:
    env = Env(world)
    blocker = world.root / "cache-is-a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    env.search("cache is a regular file", blocker, expect=FALLBACK)
    env.search("cache under /proc", Path("/proc/borderlens-torture/cache"), expect=FALLBACK)
    notes = read_only(world, env)
    notes += full_disk(world, env)
    leaked = len(list((world.root / "tmp").glob("borderlens-*")))
    notes += [f"{leaked} temporary indexes left in TMPDIR by the fallbacks"] if leaked else []
    detail = f"ok: {', '.join(env.done) or 'nothing'}"
    return Result("environment", not env.problems, "; ".join([detail, *env.problems, *notes]))


def read_only(world: World, env: Env) -> list[str]:
    """A ready index in a read-only cache searches; a touched article falls back."""
    cache = world.root / "cache-ro"
    world.cli(env.corpus, "index", cache=cache, timeout=120)
    for path in [cache, *cache.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    probe = cache / "probe"
    try:
        probe.write_text("x", encoding="utf-8")
        enforced = False
        probe.unlink()
    except OSError:
        enforced = True
    notes = (
        []
        if enforced
        else [
            "chmod 555 is not enforced for root: read-only cache tested "
            "on a read-only tmpfs instead"
        ]
    )
    target = cache
    if not enforced:
        target = world.root / "ro-mount"
        why = _mount(target, "size=64m")
        if why:
            return [*notes, f"read-only cache not tested: {why}"]
        shutil.copytree(cache, target, dirs_exist_ok=True)
        remounted = subprocess.run(
            ["mount", "-o", "remount,ro", str(target)], capture_output=True, timeout=30
        )
        if remounted.returncode != 0:
            _umount(target)
            return [*notes, "read-only cache not tested: remount ro refused"]
    try:
        env.search("read-only cache, ready index", target)
        article = env.corpus / "003_60025ee8038fb831.txt"
        with article.open("a", encoding="utf-8") as handle:
            handle.write("\n\nA zqxjtouch sentence about the wall.\n")
        env.search("read-only cache, an article touched", target, "zqxjtouch", FALLBACK)
    finally:
        if not enforced:
            _umount(target)
        for path in [cache, *cache.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    return notes


def full_disk(world: World, env: Env) -> list[str]:
    """A 2 MB tmpfs: the update and the rebuild run out of space; the previous index
    stays usable and nothing partial is left."""
    point = world.root / "full"
    why = _mount(point, "size=2m")
    if why:
        return [f"full disk not tested: {why}"]
    try:
        cache = point / "cache"
        first = world.cli(env.corpus, "index", cache=cache, timeout=120)
        if first.code != 0:
            return [f"full disk not tested: the first index does not fit ({first.last_err()})"]
        extra = env.corpus / "extra"
        extra.mkdir()
        for n in range(12):
            for source in BUNDLED.glob("*.txt"):
                text = source.read_text(encoding="utf-8") + f"\n\nExtra copy {n}.\n"
                (extra / f"{n}_{source.name}").write_text(text, encoding="utf-8")
        for args in (("index",), ("index", "--rebuild")):
            world.tally.faults += 1
            before = _files(point)
            ran = world.cli(env.corpus, *args, cache=cache, timeout=180)
            name = f"ENOSPC during {' '.join(args)}"
            said = _said(ran)
            after = _files(point)
            left = sorted(set(after) - set(before))
            wrong = [f"traceback ({ran.last_err()})"] if tracebacks(ran.both) else []
            world.tally.tracebacks += tracebacks(ran.both)
            stray = [s for s in said if not s.startswith("borderlens: ")]
            if stray:
                wrong.append(f"stray lines on stderr: {_short(stray)}")
            if not said:
                wrong.append("no message")
            if left:
                size = sum(after[path] for path in left)
                wrong.append(f"{len(left)} partial files left, {size:,} bytes ({left[0]} …)")
            what = f"{name} (exit {ran.code}: {_short(said)})"
            env.problems += [f"{what}: {', '.join(wrong)}"] if wrong else []
            world.tally.recovered += not wrong
            env.done += [what] if not wrong else []
        shutil.rmtree(extra)
        env.search("full disk: the previous index, unchanged corpus", cache)
    finally:
        _umount(point)
    return []


def _files(folder: Path) -> dict[str, int]:
    """Every file under `folder` (the lock and SQLite's side files aside), by size."""
    found = {}
    for path in folder.rglob("*"):
        side = path.name == "build.lock" or path.name.endswith(("-wal", "-shm"))
        if path.is_file() and not side:
            found[str(path.relative_to(folder))] = path.stat().st_size
    return found
