"""Run one command line: parse it, open the corpus, dispatch, and map errors to exit codes.

0: something found; 1: nothing found; 2: a usage, query or corpus error, reported as
one line on stderr, never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from index import (
    AliasFileError,
    CorpusError,
    Engine,
    IndexBuildError,
    QueryError,
    bundled_corpus,
)
from tui.cli import commands
from tui.cli.output import FOUND, fail, quiet_warn, warn
from tui.cli.parser import build_parser
from tui.cli.progress import progress_reporter
from tui.wording import NO_ARTICLE


def run(argv: Sequence[str]) -> int:
    """Parse `argv`, run the command and return its exit code."""
    args = build_parser().parse_args(argv)
    corpus = args.corpus or bundled_corpus()
    try:
        if args.command == "repair":
            return commands.repair(args, corpus)
        if not corpus.is_dir():
            what = "not a folder" if corpus.exists() else "no such folder"
            raise CorpusError(f"{corpus}: {what}")
        if args.command is None:
            return _open_app(corpus)
        verify = args.command == "index"  # the explicit command reads the whole index
        engine = _engine(corpus, getattr(args, "rebuild", False), verify, args.quiet)
        return commands.COMMANDS[args.command](engine, args)
    except (QueryError, CorpusError, IndexBuildError, AliasFileError) as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return fail("interrupted")
    except BrokenPipeError:
        # The reader went away (`| head`): silence stdout so exit does not flush into it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FOUND


def _engine(corpus: Path, rebuild: bool, verify: bool, quiet: bool) -> Engine:
    told = quiet_warn if quiet else warn
    with progress_reporter(enabled=not quiet) as progress:
        engine = Engine.open(corpus, rebuild=rebuild, verify=verify, progress=progress, warn=told)
    if not engine.has_articles:
        told(f"{corpus}: {NO_ARTICLE}")
    return engine


def _open_app(corpus: Path) -> int:
    from tui.app import make_app

    make_app(corpus).run()
    return FOUND
