"""The command line: a thin shell over `index.Engine`, with grep's exit codes.

`parser` holds the grammar, `main` runs a command and maps errors to exit codes,
`commands` asks the engine, `output` prints (text on a terminal, JSON with `--json`),
and `progress` draws the index build on stderr.
"""

from __future__ import annotations

from tui.cli.main import run

__all__ = ["run"]
