"""The command line: a thin shell over `index.Engine`, with grep's exit codes.

0: something found; 1: nothing found; 2: a usage, query or corpus error, reported as
one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from index.build import IndexBuildError
from index.corpus import CorpusError
from index import Engine
from index.extract.aliases import AliasFileError
from index import bundled_corpus
from index.query import QueryError
from tui import output
from tui.progress import progress_reporter

FOUND, NOTHING, ERROR = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse, with errors on one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(ERROR, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _corpus_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--corpus",
        type=Path,
        metavar="DIR",
        default=default,
        help="folder of .txt articles (default: the bundled corpus)",
    )


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a subcommand's own --corpus must not erase one given before it.
    _corpus_option(parser, argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="machine-readable JSON on stdout")


def build_parser() -> Parser:
    """The full command-line grammar."""
    parser = Parser(
        prog="borderlens",
        description="Explore a corpus of news articles. With no command, opens the app.",
        epilog="Exit codes: 0 found, 1 nothing found, 2 usage, query or corpus error.",
    )
    _corpus_option(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, helptext, add in _COMMANDS:
        sub = commands.add_parser(name, help=helptext, description=helptext)
        _common(sub)
        add(sub)
    return parser


def _add_index(p: argparse.ArgumentParser) -> None:
    p.add_argument("--rebuild", action="store_true", help="rebuild from scratch")


def _add_search(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "query",
        metavar="QUERY",
        help='e.g. wall, "concrete wall", fortif*, Bindawi~, '
        "source:shafaq, date:[2025-01-01 TO 2025-12-31], section:comments",
    )
    p.add_argument(
        "--actor",
        action="append",
        default=[],
        metavar="NAME",
        help="only passages naming this actor (repeatable; aliases understood)",
    )
    p.add_argument("--speaker", metavar="NAME", help="only passages quoting this speaker")
    p.add_argument("--quotes", action="store_true", help="search within quotations only")
    p.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N hits")


def _add_quotes(p: argparse.ArgumentParser) -> None:
    p.add_argument("--speaker", metavar="NAME", help="only quotations by this speaker")


def _add_figures(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--compare",
        action="store_true",
        help="group figures measuring the same thing across articles",
    )


def _add_repair(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help="article whose fused words to repair")


def _add_nothing(p: argparse.ArgumentParser) -> None:
    return None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 1, got {text!r}")
    return int(text)


_COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None]]] = [
    ("index", "build or update the index of the corpus", _add_index),
    ("search", "passages matching a query, hits highlighted", _add_search),
    ("actors", "people and organisations, aliases merged", _add_nothing),
    ("quotes", "direct quotations with their speakers", _add_quotes),
    ("figures", "reported quantities and what they measure", _add_figures),
    (
        "repair",
        "restore spaces lost between fused words of FILE (exit 1: nothing to repair)",
        _add_repair,
    ),
]


def run(argv: Sequence[str]) -> int:
    """Parse `argv`, run the command and return its exit code."""
    args = build_parser().parse_args(argv)
    corpus = args.corpus or bundled_corpus()
    try:
        if args.command == "repair":
            return output.repair(args, corpus)
        if not corpus.is_dir():
            raise CorpusError(f"{corpus}: no such folder")
        if args.command is None:
            return _open_app(corpus)
        engine = _engine(corpus, rebuild=getattr(args, "rebuild", False))
        return int(getattr(output, args.command)(engine, args))
    except (QueryError, CorpusError, IndexBuildError, AliasFileError) as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except BrokenPipeError:
        # The reader went away (`| head`): silence stdout so exit does not flush into it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FOUND


def _engine(corpus: Path, rebuild: bool) -> Engine:
    with progress_reporter() as progress:
        return Engine.open(corpus, rebuild=rebuild, progress=progress, warn=output.warn)


def _open_app(corpus: Path) -> int:
    from tui.app import make_app

    make_app(corpus).run()
    return FOUND


def _fail(message: str) -> int:
    print(f"borderlens: {message}", file=sys.stderr)
    return ERROR
