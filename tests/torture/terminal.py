"""Running a command on a pseudo-terminal, as an analyst's shell would: its output for a
person (Rich tables, progress bars) and everything it writes, read as it comes."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import termios
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from tests.torture.harness import ROOT, Ran, kill_group

SGR = re.compile(r"\x1b\[[0-9;]*m")
"""Colour and style sequences: what Rich itself writes to a colour terminal."""
CONTROL = re.compile(r"\x1b(?:\[[0-9;?]*[A-Za-z]|\][^\x07\x1b]*(?:\x07|\x1b\\)|.)")


class Terminal:
    """A process whose stdin, stdout and stderr are one pseudo-terminal."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str], size: int = 120) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, size, 0, 0))
        self.started = time.monotonic()
        self.command = list(command)
        self.proc = subprocess.Popen(
            list(command),
            env=dict(env),
            cwd=ROOT,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            start_new_session=True,
        )
        os.close(slave)
        self.master = master
        self.chunks: list[bytes] = []
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if not ready:
                if self.proc.poll() is not None:
                    return
                continue
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            with self.lock:
                self.chunks.append(data)

    def text(self) -> str:
        """Everything written so far."""
        with self.lock:
            return b"".join(self.chunks).decode("utf-8", "surrogateescape")

    def plain(self) -> str:
        """Everything written so far, without terminal sequences."""
        return CONTROL.sub("", self.text())

    def wait_for(self, pattern: re.Pattern[str], timeout: float) -> re.Match[str] | None:
        """The first match of `pattern` in the plain output within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.proc.poll() is None:
            found = pattern.search(self.plain())
            if found:
                return found
            time.sleep(0.02)
        return pattern.search(self.plain())

    def finish(self, timeout: float) -> Ran:
        """Wait for the end (or kill the group at `timeout`) and return what it printed."""
        try:
            code: int | None = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill_group(self.proc.pid)
            self.proc.wait()
            code = None
        self.reader.join(timeout=5)
        os.close(self.master)
        seconds = time.monotonic() - self.started
        args = tuple(str(a) for a in self.command)
        return Ran(args, code, self.text(), "", seconds)


def on_terminal(
    command: Sequence[str], env: Mapping[str, str], timeout: float, term: str = "dumb"
) -> Ran:
    """Run `command` to its end on a terminal of type `term`."""
    environment = {**env, "TERM": term}
    environment.pop("NO_COLOR", None)
    return Terminal(command, environment).finish(timeout)


def cli_command(corpus: Path | None, *args: str) -> list[str]:
    """The borderlens command line for `corpus` and `args`."""
    command = [str(ROOT / ".venv/bin/borderlens")]
    return command + (["--corpus", str(corpus)] if corpus else []) + list(args)
