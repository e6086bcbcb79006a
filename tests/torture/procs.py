"""Processes left behind: found by the mark every torture process carries, or as the
children of a process read from /proc."""

from __future__ import annotations

import os
from pathlib import Path

from tests.torture.harness import MARK


def marked_processes(mark: str) -> list[int]:
    """Every live process (zombies aside) whose environment carries the torture's mark."""
    found = []
    needle = f"{MARK}={mark}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            status = (entry / "status").read_text()
        except OSError:
            continue
        if needle in environ.split(b"\0") and "State:\tZ" not in status:
            found.append(int(entry.name))
    return found


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, read from /proc/PID/task/*/children."""
    found, todo = [], [pid]
    while todo:
        for task in Path(f"/proc/{todo.pop()}/task").glob("*/children"):
            try:
                kids = [int(child) for child in task.read_text().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found
