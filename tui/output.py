"""What each command prints: human-readable text on a terminal, or JSON with `--json`."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from index.corpus import CorpusError, article_paths, decode
from index import Engine
from index.model import FigureGroup, Hit
from index.repair import build_vocabulary
from index.repair import repair as repair_text
from tui.safe_text import visible

FOUND, NOTHING = 0, 1


class _PipeConsole(Console):
    """A console that lets a closed pipe (`| head`) reach the CLI instead of exiting 1."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def _console() -> Console:
    return _PipeConsole(highlight=False, soft_wrap=False)


def _emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def warn(message: str) -> None:
    """Report a problem that does not stop the command, on stderr."""
    print(f"borderlens: warning: {message}", file=sys.stderr)


def _status(found: bool) -> int:
    return FOUND if found else NOTHING


def index(engine: Engine, args: argparse.Namespace) -> int:
    """Report what building or updating the index did."""
    report = engine.report
    summary = (
        asdict(report)
        if report
        else {"added": 0, "updated": 0, "removed": 0, "unchanged": len(engine.doc_ids)}
    )
    summary |= {"documents": len(engine.doc_ids), "index": str(engine.index_dir)}
    if args.json:
        _emit_json(summary)
    else:
        print(
            f"{summary['documents']} articles indexed ({summary['added']} added, "
            f"{summary['updated']} updated, {summary['removed']} removed, "
            f"{summary['unchanged']} unchanged) in {summary['index']}"
        )
    return _status(bool(engine.doc_ids))


def search(engine: Engine, args: argparse.Namespace) -> int:
    """Print the passages matching the query, hits highlighted."""
    results = engine.search(
        args.query, names=args.actor, speaker=args.speaker, quotes=args.quotes, limit=args.limit
    )
    if args.json:
        _emit_json([_hit_json(hit) for hit in results.hits])
    else:
        console = _console()
        for hit in results.hits:
            console.print(_hit_heading(hit), style="bold")
            console.print(_highlighted(hit), soft_wrap=True)
            console.print()
        print(f"{len(results.hits)} of {results.total} matching passages", file=sys.stderr)
    return _status(bool(results.hits))


def _hit_json(hit: Hit) -> dict[str, Any]:
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


def actors(engine: Engine, args: argparse.Namespace) -> int:
    """List every actor with its type, roles, aliases and mentions."""
    found = engine.knowledge.actors
    if args.json:
        _emit_json([asdict(a) for a in found])
        return _status(bool(found))
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
    return _status(bool(found))


def quotes(engine: Engine, args: argparse.Namespace) -> int:
    """List quotations, optionally of one speaker."""
    found = engine.quotes(args.speaker)
    if args.json:
        _emit_json([asdict(x) for x in found])
        return _status(bool(found))
    console = _console()
    for quote in found:
        console.print(
            Text(visible(f"{quote.speaker} ({quote.verb or 'said'}) · {quote.doc}"), style="bold")
        )
        console.print(Text(visible(f"“{quote.text}”")), soft_wrap=True)
        console.print()
    return _status(bool(found))


def figures(engine: Engine, args: argparse.Namespace) -> int:
    """List figures, or with --compare figures grouped by measure across articles."""
    if args.compare:
        groups = engine.compare()
        _print_groups(engine, groups, args.json)
        return _status(bool(groups))
    found = engine.figures()
    if args.json:
        _emit_json([asdict(f) for f in found])
        return _status(bool(found))
    for f in found:
        value = _value(f.value, f.value_max)
        line = f"{f.doc}  {value:>12} {f.unit:<12} {f.measure:<28} {f.context.strip('…')}"
        print(visible(line))
    return _status(bool(found))


def _value(value: float, value_max: float | None) -> str:
    text = f"{value:,.10g}"
    return f"{text}–{value_max:,.10g}" if value_max is not None else text


def _group_json(engine: Engine, group: FigureGroup) -> dict[str, Any]:
    values = []
    for f in group.values:
        meta = engine.catalog.entries[f.doc].meta
        values.append(
            {
                "doc": f.doc,
                "source": meta.source,
                "date": meta.date,
                "value": f.value,
                "value_max": f.value_max,
                "unit": f.unit,
                "start": f.start,
                "end": f.end,
            }
        )
    return {
        "measure": group.measure,
        "label": group.label,
        "values": values,
        "disagree": group.disagree,
    }


def _print_groups(engine: Engine, groups: tuple[FigureGroup, ...], as_json: bool) -> None:
    rows = [_group_json(engine, g) for g in groups]
    if as_json:
        _emit_json(rows)
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


def repair(args: argparse.Namespace, corpus: Path) -> int:
    """Print FILE with its fused words repaired (exit 1 when nothing needed repair)."""
    path: Path = args.file
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    text, warnings = decode(path.read_bytes(), path.name)
    if text is None:
        raise CorpusError(warnings[0])
    for message in warnings:
        warn(message)
    neighbours = [decode(p.read_bytes(), p.name)[0] or "" for p in _corpus_paths(corpus)]
    repaired = repair_text(text, build_vocabulary([text, *neighbours]))
    if args.json:
        _emit_json({"text": repaired.text, "inserted": list(repaired.inserted)})
    else:
        sys.stdout.write(visible(repaired.text) if sys.stdout.isatty() else repaired.text)
    return _status(bool(repaired.inserted))


def _corpus_paths(corpus: Path) -> list[Path]:
    return article_paths(corpus) if corpus.is_dir() else []
