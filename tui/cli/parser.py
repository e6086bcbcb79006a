"""The command-line grammar: every command, its options and their help."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from tui.cli.output import ERROR
from tui.safe_text import one_line


class Parser(argparse.ArgumentParser):
    """argparse, with errors on one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(ERROR, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


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
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress, counts or warnings on stderr (errors still)",
    )


def _tsv(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tsv",
        action="store_true",
        help="tab-separated: a header line, then one record per line (the default when piped)",
    )


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
    p.add_argument(
        "--limit",
        type=_positive,
        default=20,
        metavar="N",
        help="at most N hits, best first (default 20; --stats says how many matched)",
    )
    listing = p.add_mutually_exclusive_group()
    listing.add_argument(
        "-c",
        "--count",
        action="store_true",
        help="matching passages per article: DOC<TAB>N, the article of the best passage first",
    )
    listing.add_argument(
        "-l",
        "--files-with-matches",
        action="store_true",
        help="only the ids of the articles with a matching passage, best first",
    )
    p.add_argument(
        "--stats", action="store_true", help="say how many passages matched on stderr, even piped"
    )
    _tsv(p)


def _add_quotes(p: argparse.ArgumentParser) -> None:
    p.add_argument("--speaker", metavar="NAME", help="only quotations by this speaker")
    _tsv(p)


def _add_figures(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--compare",
        action="store_true",
        help="group figures measuring the same thing across articles",
    )
    _tsv(p)


def _add_repair(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE", help="article whose fused words to repair")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 1, got {text!r}")
    return int(text)


_COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None]]] = [
    ("index", "build or update the index of the corpus", _add_index),
    ("search", "passages matching a query, hits highlighted", _add_search),
    ("actors", "people and organisations, aliases merged", _tsv),
    ("quotes", "direct quotations with their speakers", _add_quotes),
    ("figures", "reported quantities and what they measure", _add_figures),
    (
        "repair",
        "restore spaces lost between fused words of FILE (exit 1: nothing to repair)",
        _add_repair,
    ),
]
