"""What the CLI prints from a hostile corpus: piped (`2>&1 | cat`), as JSON, and on a
terminal for a person (a dumb one, where any ESC is the corpus's, and a colour one,
where anything but Rich's own colour sequences is)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.torture.harness import Ran, World, categories, raw_count, raw_kinds, tracebacks
from tests.torture.report import Result
from tests.torture.terminal import SGR, cli_command, on_terminal

COMMANDS: list[tuple[str, ...]] = [
    ("search", "wall", "--limit", "200"),
    ("search", "commander OR kilometers", "--limit", "200"),
    ("search", "-c", "wall"),
    ("actors",),
    ("quotes",),
    ("figures",),
    ("figures", "--compare"),
]
MARKUP = ("[/y]", "[link=file:///etc/passwd]")
"""Rich markup from the corpus, which must come out as the characters it is."""


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


class Checker:
    """Counts what leaks from each run and says why a run is wrong."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.problems: list[str] = []
        self.runs = 0
        self.leaks = 0
        self.kinds: dict[str, int] = categories("")
        self.shown = ""

    def check(self, what: str, ran: Ran, text: str | None = None) -> None:
        self.runs += 1
        text = ran.both if text is None else text
        self.shown += text
        leaks = raw_count(text)
        for kind, count in categories(text).items():
            self.kinds[kind] += count
        if leaks:
            self.leaks += leaks
            self.world.tally.leaks += leaks
            self.problems.append(f"{what}: {leaks} raw ({raw_kinds(text)})")
        if tracebacks(ran.both) or "MarkupError" in ran.both:
            self.world.tally.tracebacks += max(1, tracebacks(ran.both))
            self.problems.append(f"{what}: traceback ({ran.last_err() or ran.out[-160:]})")
        if ran.code not in (0, 1):
            self.problems.append(f"{what}: exit {ran.code} ({ran.last_err() or ran.out[-160:]})")


def cli_output(world: World, corpus: Path) -> Result:
    """Every command, piped, as JSON and on two kinds of terminal: nothing raw gets out."""
    checker = Checker(world)
    exact = 0
    for args in COMMANDS:
        name = " ".join(args[:2] if args[0] == "search" else args)
        piped = world.cli(corpus, *args, merged=True, timeout=60)
        checker.check(f"{name} | cat", piped)
        if args[1:2] != ("-c",):
            as_json = world.cli(corpus, *args, "--json", timeout=60)
            checker.check(f"{name} --json", as_json)
            try:
                strings = _strings(json.loads(as_json.out))
                exact += sum(1 for s in strings if "\x1b" in s)
            except ValueError as error:
                checker.problems.append(f"{name} --json does not parse: {error}")
        command = cli_command(corpus, *args)
        dumb = on_terminal(command, world.env(), 60, term="dumb")
        checker.check(f"{name} on a dumb terminal", dumb)
        colour = on_terminal(command, world.env(), 60, term="xterm-256color")
        checker.check(f"{name} on a colour terminal", colour, SGR.sub("", colour.out))
    for markup in MARKUP:
        if markup not in checker.shown:
            checker.problems.append(f"the corpus's markup {markup!r} never shows as text")
    if not exact:
        checker.problems.append("no JSON string keeps an ESC exactly (as \\u001b)")
    counted = ", ".join(f"{kind} {count}" for kind, count in checker.kinds.items())
    detail = (
        f"{checker.runs} runs of {len(COMMANDS)} commands (piped with 2>&1, --json, on a dumb "
        f"and a colour terminal), raw characters reaching the output: {counted}; JSON parses, "
        f"{exact} JSON strings keep an ESC exactly (as \\u001b)"
    )
    return Result("cli-output", not checker.problems, "; ".join([detail, *checker.problems]))


def exports(world: World, corpus: Path) -> Result:
    """Exports (Markdown, CSV, JSON) and copied citations, through the tui functions."""
    out = world.root / "exports"
    ran = world.python("exports", str(corpus), str(out), timeout=120)
    checker = Checker(world)
    checker.check("exports child", ran)
    if ran.code != 0:
        return Result("exports", False, f"exit {ran.code}: {ran.last_err()}")
    written = sorted(p for p in out.rglob("*") if p.is_file())
    hostile = 0
    for path in written:
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        hostile += text.count("␛") + text.count("\\u001b")
        checker.check(path.name, Ran((), 0, text, "", 0.0))
        if path.suffix == ".json" and path.parent.name == "export":
            try:
                json.loads(text)
            except ValueError as error:
                checker.problems.append(f"{path.name} does not parse: {error}")
    if not hostile:
        checker.problems.append("no hostile character reached an export (nothing was tested)")
    counted = ", ".join(f"{kind} {count}" for kind, count in checker.kinds.items())
    detail = (
        f"{len(written)} files: Markdown, CSV and JSON exports of results, quotes and figures, "
        f"and copied citations ({ran.out.strip()[-120:]}); raw characters: {counted}; "
        f"{hostile} ESC neutralised"
    )
    return Result("exports", not checker.problems, "; ".join([detail, *checker.problems]))
