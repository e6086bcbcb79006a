"""Entry point: `borderlens` opens the app; `borderlens COMMAND` runs a script-friendly command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run borderlens with `argv` (default: the process arguments) and return its exit code."""
    from tui.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
