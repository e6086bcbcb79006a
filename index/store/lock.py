"""One writer per index: a lock file that the kernel releases when its holder dies.

`flock` on a file beside the index folders: a build killed by any signal, kill -9
included, leaves no stale lock. The holder's pid is written in the file so that a
waiting process can say who it is waiting for.
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = "build.lock"
POLL = 0.2
"""Seconds between tries while waiting for another build."""


class Busy(Exception):
    """Another process holds the lock."""

    def __init__(self, holder: str) -> None:
        super().__init__(f"another borderlens process{holder} is updating this index")


def _holder(handle: int) -> str:
    try:
        text = os.pread(handle, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (pid {text})" if text.isdigit() else ""


@contextmanager
def build_lock(
    folder: Path, *, wait: float = 0.0, waiting: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the build lock of the index folders under `folder`.

    Raises `Busy` if another process holds it after `wait` seconds; `waiting` is told
    once, with the reason, when the lock is not free at once.
    """
    folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline, told = time.monotonic() + wait, False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                busy = Busy(_holder(handle))
                if time.monotonic() >= deadline:
                    raise busy from None
                if waiting is not None and not told:
                    waiting(f"{busy}; waiting for it")
                    told = True
                time.sleep(POLL)
        os.ftruncate(handle, 0)
        os.pwrite(handle, str(os.getpid()).encode("ascii"), 0)
        yield
    finally:
        os.close(handle)
