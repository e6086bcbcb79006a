"""Run a command under a time limit; measure its wall time and its process tree's peak memory."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

POLL = 0.05
"""Seconds between two samples of the tree's memory."""


@dataclass(frozen=True)
class Run:
    """How one command went."""

    seconds: float
    peak_rss: int
    """Bytes: the largest sum of VmRSS over the process and all its descendants."""
    returncode: int | None
    """None when the command was stopped at the time limit."""
    stdout: str
    stderr: str
    peak_pss: int = 0
    """Bytes: the largest sum of Pss (a page shared by n processes counts 1/n in each:
    forked workers share their parent's pages, which the RSS sum counts in every one)."""

    @property
    def ok(self) -> bool:
        """The command finished with exit code 0."""
        return self.returncode == 0

    @property
    def stopped(self) -> bool:
        """The command was killed at the time limit."""
        return self.returncode is None

    def reason(self) -> str:
        """One line on why the command failed."""
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        return f"exit {self.returncode}: {lines[-1].strip()[:120] if lines else 'no message'}"


def children(pid: int) -> list[int]:
    """The direct children of `pid`, from every one of its threads."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found.extend(int(child) for child in task.read_text().split())
        except OSError:
            continue
    return found


def tree(pid: int) -> list[int]:
    """`pid` and all its descendants."""
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo.extend(children(current))
    return pids


def rss(pid: int) -> int:
    """Resident memory of one process in bytes (0 once it is gone)."""
    return _kilobytes(f"/proc/{pid}/status", "VmRSS:")


def pss(pid: int) -> int:
    """Proportional resident memory of one process in bytes (0 once it is gone)."""
    return _kilobytes(f"/proc/{pid}/smaps_rollup", "Pss:")


def _kilobytes(path: str, field: str) -> int:
    """The value of `field` (in kB) in a /proc file, in bytes; 0 when it cannot be read."""
    try:
        lines = Path(path).read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) * 1024 for line in lines if line.startswith(field)), 0)


def kill_tree(pid: int) -> None:
    """SIGKILL the session `pid` leads and every descendant that left it."""
    members = tree(pid)
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass
    for member in members:
        try:
            os.kill(member, signal.SIGKILL)
        except OSError:
            continue
    deadline = time.perf_counter() + 5
    while any(Path(f"/proc/{m}").exists() for m in members[1:]) and time.perf_counter() < deadline:
        time.sleep(POLL)


def run(
    command: Sequence[str | Path],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 900.0,
) -> Run:
    """Run `command` in its own session; a thread samples its tree's memory every 50 ms."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        process = subprocess.Popen(
            [str(part) for part in command],
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        watch = _Watch(process.pid, began + timeout)
        watch.start()
        code = process.wait()
        seconds = time.perf_counter() - began
        watch.done.set()
        watch.join()
        out.seek(0)
        err.seek(0)
        decoded = (stream.read().decode("utf-8", "replace") for stream in (out, err))
        return Run(seconds, watch.peak, None if watch.killed else code, *decoded, watch.peak_pss)


class _Watch(threading.Thread):
    """Samples the memory of a process tree until `done`; kills the tree at `deadline`."""

    def __init__(self, pid: int, deadline: float) -> None:
        super().__init__(daemon=True)
        self.pid, self.deadline = pid, deadline
        self.done = threading.Event()
        self.peak = self.peak_pss = 0
        self.killed = False

    def run(self) -> None:
        while not self.done.is_set():
            pids = tree(self.pid)
            self.peak = max(self.peak, sum(rss(pid) for pid in pids))
            self.peak_pss = max(self.peak_pss, sum(pss(pid) for pid in pids))
            if time.perf_counter() > self.deadline:
                self.killed = True
                kill_tree(self.pid)
                return
            self.done.wait(POLL)


def disk_usage(folder: Path) -> int:
    """Bytes `folder` takes on disk, as `du` counts them."""
    if not folder.exists():
        return 0
    return sum(p.lstat().st_blocks * 512 for p in folder.rglob("*") if p.is_file())
