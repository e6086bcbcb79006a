"""What every scenario shares: running the CLI under a time limit in a private
environment, counting control characters and tracebacks in what it printed, finding
processes left behind, and the tally the summary is made of."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
"""The checkout: `index/`, `tui/` and the bundled `corpus/`."""
BUNDLED = ROOT / "corpus"
MARK = "BORDERLENS_TORTURE_RUN"
"""Set in every process the torture starts: whatever carries it after a scenario is a
process left behind."""
TRACEBACK = "Traceback (most recent call last)"

RAW = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\n\t"}
RAW |= set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
RAW |= set("\u200b\u200c\u200d\u2060\ufeff\u2028\u2029")
RAW |= {chr(0xDC80 + b) for b in range(0x00, 0x20)}  # undecodable C1 bytes (surrogateescape)
"""Characters that must never reach an output raw: C0 controls (ESC, BEL…) but tab and
newline, DEL, C1 controls (as characters or as lone bytes), bidi controls, zero-width
format characters and line/paragraph separators."""


@dataclass
class Tally:
    """Counts for the final summary, added to by every scenario."""

    tried: int = 0
    indexed: int = 0
    skipped: dict[str, str] = field(default_factory=dict)
    """File name → the reason printed for skipping it."""
    faults: int = 0
    recovered: int = 0
    lost: int = 0
    leaks: int = 0
    """Raw escape or control characters that reached any output."""
    tracebacks: int = 0
    orphans: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Ran:
    """One finished (or stopped) command."""

    args: tuple[str, ...]
    code: int | None
    """None when it was stopped at its time limit."""
    out: str
    err: str
    seconds: float

    @property
    def both(self) -> str:
        return self.out + self.err

    def last_err(self) -> str:
        lines = [line for line in self.err.splitlines() if line.strip()]
        return lines[-1][:160] if lines else ""

    def json(self) -> Any:
        return json.loads(self.out)

    def docs(self) -> set[str] | None:
        """The `doc` of every record of a JSON list on stdout; None if it is no such list."""
        try:
            return {str(record["doc"]) for record in json.loads(self.out)}
        except (ValueError, TypeError, KeyError):
            return None


@dataclass
class World:
    """The private folders of one torture run and the environment of its processes."""

    root: Path
    tally: Tally = field(default_factory=Tally)

    def __post_init__(self) -> None:
        for name in ("cache", "config", "state", "tmp", "home"):
            (self.root / name).mkdir(parents=True, exist_ok=True)

    def env(self, cache: Path | None = None, **more: str) -> dict[str, str]:
        """The environment of a borderlens process: every folder it may write is ours."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("BORDERLENS_")}
        env |= {
            "BORDERLENS_CACHE_DIR": str(cache or self.root / "cache"),
            "BORDERLENS_CONFIG_DIR": str(self.root / "config"),
            "BORDERLENS_STATE_DIR": str(self.root / "state"),
            "TMPDIR": str(self.root / "tmp"),
            "HOME": str(self.root / "home"),
            "XDG_DOCUMENTS_DIR": str(self.root / "home" / "Documents"),
            "PYTHONPATH": str(ROOT),
            "PYTHONUNBUFFERED": "1",
            "COLUMNS": "120",
            MARK: str(self.root),
        }
        env.pop("TMUX", None)
        return env | more

    def cli(
        self,
        corpus: Path | None,
        *args: str,
        timeout: float = 120,
        cache: Path | None = None,
        merged: bool = False,
        env: Mapping[str, str] | None = None,
    ) -> Ran:
        """`borderlens [--corpus DIR] ARGS`; with `merged`, as `… 2>&1 | cat` in a shell."""
        command = [str(ROOT / ".venv/bin/borderlens")]
        command += ["--corpus", str(corpus)] if corpus is not None else []
        command += list(args)
        environment = dict(env) if env is not None else self.env(cache)
        if merged:
            shell = " ".join(_quote(c) for c in command) + " 2>&1 | cat"
            return run(["sh", "-c", shell], environment, timeout)
        return run(command, environment, timeout)

    def python(self, module: str, *args: str, timeout: float = 120) -> Ran:
        """`python -m tests.torture.MODULE ARGS` in the private environment."""
        command = [sys.executable, "-m", f"tests.torture.{module}", *args]
        return run(command, self.env(), timeout)

    def clear_tmp(self) -> None:
        """Empty the TMPDIR of the children (temporary indexes land there)."""
        shutil.rmtree(self.root / "tmp", ignore_errors=True)
        (self.root / "tmp").mkdir()


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def run(command: Sequence[str], env: Mapping[str, str], timeout: float) -> Ran:
    """Run `command` to its end or `timeout` seconds (then its whole group is killed)."""
    started = time.monotonic()
    proc = subprocess.Popen(
        command,
        env=dict(env),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        kill_group(proc.pid)
        out, err = proc.communicate()
        code = None
    seconds = time.monotonic() - started
    return Ran(tuple(command), code, _text(out), _text(err), seconds)


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def kill_group(pid: int) -> None:
    """SIGKILL the process group led by `pid` (a child started in its own session)."""
    try:
        os.killpg(pid, 9)
    except OSError:
        pass


def raw_count(text: str) -> int:
    """Raw escape and control characters in `text` (a CRLF line end is allowed)."""
    return sum(1 for c in text.replace("\r\n", "\n") if c in RAW)


def raw_kinds(text: str) -> str:
    """Which raw characters `text` holds, as `U+001B×3 U+202E×1`."""
    counts: dict[str, int] = {}
    for c in text.replace("\r\n", "\n"):
        if c in RAW:
            counts[f"U+{ord(c):04X}"] = counts.get(f"U+{ord(c):04X}", 0) + 1
    return " ".join(f"{k}×{v}" for k, v in sorted(counts.items()))


CATEGORIES = {
    "ESC": {"\x1b"},
    "BEL": {"\x07"},
    "C1": {chr(c) for c in range(0x80, 0xA0)} | {chr(0xDC80 + b) for b in range(0x20)},
    "bidi/zero-width": {c for c in RAW if ord(c) >= 0x200},
}


def categories(text: str) -> dict[str, int]:
    """Raw ESC, BEL, C1 and bidi/zero-width characters in `text`, and every other raw one."""
    found = dict.fromkeys([*CATEGORIES, "other C0/DEL"], 0)
    for c in text.replace("\r\n", "\n"):
        if c in RAW:
            kind = next((k for k, chars in CATEGORIES.items() if c in chars), "other C0/DEL")
            found[kind] += 1
    return found


def printable(text: str) -> str:
    """`text` with every raw control character written as an escape (\\x1b, \\u202e)."""
    return "".join(
        (f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else repr(c)[1:-1])
        if c in RAW or 0xDC80 <= ord(c) <= 0xDCFF
        else c
        for c in text
    )


def tracebacks(text: str) -> int:
    return text.count(TRACEBACK)


def one_line_error(ran: Ran) -> bool:
    """Exit 2 with exactly one line on stderr that is not a traceback (warnings aside)."""
    lines = [ln for ln in ran.err.splitlines() if ln.strip() and ": warning: " not in ln]
    return ran.code == 2 and len(lines) == 1 and TRACEBACK not in ran.err
