"""What the commands print: human-readable text on a terminal, or JSON with `--json`.

Every string from the corpus passes through `visible` before it reaches a terminal.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from index import Actor, Figure, Hit, Quote, Repaired, Results
from tui.safe_text import visible

FOUND, NOTHING, ERROR = 0, 1, 2
"""Exit codes, as grep's: something found, nothing found, an error."""


class _PipeConsole(Console):
    """A console that lets a closed pipe (`| head`) reach the CLI instead of exiting 1."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def _console() -> Console:
    return _PipeConsole(highlight=False, soft_wrap=False)


def _emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def status(found: bool) -> int:
    """The exit code for a command that found something, or nothing."""
    return FOUND if found else NOTHING


def warn(message: str) -> None:
    """Report a problem that does not stop the command, on stderr."""
    print(f"borderlens: warning: {message}", file=sys.stderr)


def index_summary(summary: dict[str, Any], as_json: bool) -> None:
    """What building or updating the index did."""
    if as_json:
        _emit_json(summary)
        return
    print(
        f"{summary['documents']} articles indexed ({summary['added']} added, "
        f"{summary['updated']} updated, {summary['removed']} removed, "
        f"{summary['unchanged']} unchanged) in {summary['index']}"
    )


def hits(results: Results, as_json: bool) -> None:
    """Each passage with its citation and hits, then the count on stderr."""
    if as_json:
        _emit_json([hit_record(hit) for hit in results.hits])
        return
    console = _console()
    for hit in results.hits:
        console.print(_hit_heading(hit), style="bold")
        console.print(_highlighted(hit), soft_wrap=True)
        console.print()
    print(f"{len(results.hits)} of {results.total} matching passages", file=sys.stderr)


def hit_record(hit: Hit) -> dict[str, Any]:
    """A hit's stable JSON fields."""
    return {
        "doc": hit.doc,
        "passage": hit.passage,
        "score": hit.score,
        "source": hit.source,
        "date": hit.date,
        "title": hit.title,
        "section": hit.section,
        "start": hit.start,
        "end": hit.end,
        "text": hit.text,
        "actors": list(hit.actors),
        "highlights": [[s.start, s.end] for s in hit.highlights],
    }


def _hit_heading(hit: Hit) -> Text:
    parts = [
        hit.source or "unknown source",
        hit.date or "undated",
        hit.title,
        f"{hit.doc}#{hit.passage}",
    ]
    return Text(visible(" · ".join(p for p in parts if p)))


def _highlighted(hit: Hit) -> Text:
    text = Text(visible(hit.text))
    for span in hit.highlights:
        text.stylize("bold reverse", span.start - hit.start, span.end - hit.start)
    return text


def actors(found: Sequence[Actor], as_json: bool) -> None:
    """A table of actors: name, type, mentions, aliases, roles."""
    if as_json:
        _emit_json([asdict(a) for a in found])
        return
    table = Table("name", "type", "mentions", "aliases", "roles", box=None)
    for actor in found:
        table.add_row(
            visible(actor.name),
            actor.type,
            str(len(actor.mentions)),
            visible("; ".join(actor.aliases)),
            visible("; ".join(actor.roles)),
        )
    _console().print(table)


def quotes(found: Sequence[Quote], as_json: bool) -> None:
    """Each quotation under its speaker, verb and document."""
    if as_json:
        _emit_json([asdict(x) for x in found])
        return
    console = _console()
    for quote in found:
        console.print(
            Text(visible(f"{quote.speaker} ({quote.verb or 'said'}) · {quote.doc}"), style="bold")
        )
        console.print(Text(visible(f"“{quote.text}”")), soft_wrap=True)
        console.print()


def figures(found: Sequence[Figure], as_json: bool) -> None:
    """One line per figure: document, value, unit, measure and context."""
    if as_json:
        _emit_json([asdict(f) for f in found])
        return
    for f in found:
        value = _value(f.value, f.value_max)
        line = f"{f.doc}  {value:>12} {f.unit:<12} {f.measure:<28} {f.context.strip('…')}"
        print(visible(line))


def _value(value: float, value_max: float | None) -> str:
    text = f"{value:,.10g}"
    return f"{text}–{value_max:,.10g}" if value_max is not None else text


def groups(rows: Sequence[dict[str, Any]], as_json: bool) -> None:
    """Figure groups: the measure, its values by source, and whether they disagree."""
    if as_json:
        _emit_json(list(rows))
        return
    table = Table("measure", "values by source", "", box=None)
    for row in rows:
        cells = [
            f"{_value(v['value'], v['value_max'])} {v['unit']} ({v['source'] or v['doc']})"
            for v in row["values"]
        ]
        table.add_row(
            visible(row["label"]), visible(" | ".join(cells)), "DISAGREE" if row["disagree"] else ""
        )
    _console().print(table)


def repaired(result: Repaired, as_json: bool) -> None:
    """The repaired text (control characters made visible on a terminal), or its JSON."""
    if as_json:
        _emit_json({"text": result.text, "inserted": list(result.inserted)})
    else:
        sys.stdout.write(visible(result.text) if sys.stdout.isatty() else result.text)
