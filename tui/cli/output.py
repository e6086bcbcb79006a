"""How the commands print: text for a person on a terminal, TSV when piped or asked, JSON.

Every string from the corpus passes through `tui.safe_text` on its way out: visible
placeholders for people and TSV, `\\uXXXX` escapes in JSON.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console

from tui.safe_text import one_line, to_json, visible

FOUND, NOTHING, ERROR = 0, 1, 2
"""Exit codes, as grep's: something found, nothing found, an error."""


class _PipeConsole(Console):
    """A console that lets a closed pipe (`| head`) reach the CLI instead of exiting 1."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def console() -> Console:
    """A Rich console on stdout that never reads markup or highlights on its own."""
    return _PipeConsole(highlight=False, markup=False, emoji=False, soft_wrap=False)


def mode(args: argparse.Namespace) -> str:
    """The form of output: "json", "tsv" (asked, or stdout is no terminal) or "text"."""
    if getattr(args, "json", False):
        return "json"
    if getattr(args, "tsv", False) or not sys.stdout.isatty():
        return "tsv"
    return "text"


def status(found: bool) -> int:
    """The exit code for a command that found something, or nothing."""
    return FOUND if found else NOTHING


def emit_json(data: Any) -> None:
    """`data` as JSON on stdout, unsafe characters escaped."""
    sys.stdout.write(to_json(data) + "\n")


def emit_tsv(fields: Sequence[str], records: Iterable[dict[str, Any]]) -> None:
    """A header line of `fields`, then one line per record, tab-separated, never wrapped;
    nothing at all when there is no record."""
    rows = ["\t".join(cell(record.get(f)) for f in fields) for record in records]
    if not rows:
        return
    lines = ["\t".join(fields), *rows]
    sys.stdout.write("\n".join(lines) + "\n")


def cell(value: Any) -> str:
    """One TSV cell: lists joined by "; ", whole floats without ".0", on one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    return one_line(str(value))


def emit_lines(rows: Iterable[Sequence[Any]]) -> None:
    """One line per row, its cells tab-separated and made safe, on stdout."""
    sys.stdout.write("".join("\t".join(map(cell, row)) + "\n" for row in rows))


def warn(message: str) -> None:
    """Report a problem that does not stop the command, on stderr, made safe."""
    print(f"borderlens: warning: {one_line(message)}", file=sys.stderr)


def quiet_warn(message: str) -> None:
    """`warn` for -q: say nothing."""


def fail(message: str) -> int:
    """Report an error in one line on stderr; the exit code for it."""
    print(f"borderlens: {one_line(message)}", file=sys.stderr)
    return ERROR


def say(message: str) -> None:
    """A line of information for a person on stderr (counts, notes), made safe."""
    print(visible(message), file=sys.stderr)
