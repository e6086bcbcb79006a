"""What each command asks of the engine; `output` decides how the answer is printed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from index import Engine, FigureGroup, repair_article
from tui.cli import output
from tui.cli.output import status


def index(engine: Engine, args: argparse.Namespace) -> int:
    """Report what building or updating the index did."""
    report = engine.report
    summary = (
        asdict(report)
        if report
        else {"added": 0, "updated": 0, "removed": 0, "unchanged": len(engine.doc_ids)}
    )
    summary |= {"documents": len(engine.doc_ids), "index": str(engine.index_dir)}
    output.index_summary(summary, args.json)
    return status(bool(engine.doc_ids))


def search(engine: Engine, args: argparse.Namespace) -> int:
    """Print the passages matching the query, hits highlighted."""
    results = engine.search(
        args.query, names=args.actor, speaker=args.speaker, quotes=args.quotes, limit=args.limit
    )
    output.hits(results, args.json)
    return status(bool(results.hits))


def actors(engine: Engine, args: argparse.Namespace) -> int:
    """List every actor with its type, roles, aliases and mentions."""
    found = engine.actors()
    output.actors(found, args.json)
    return status(bool(found))


def quotes(engine: Engine, args: argparse.Namespace) -> int:
    """List quotations, optionally of one speaker."""
    found = engine.quotes(args.speaker)
    output.quotes(found, args.json)
    return status(bool(found))


def figures(engine: Engine, args: argparse.Namespace) -> int:
    """List figures, or with --compare figures grouped by measure across articles."""
    if args.compare:
        groups = engine.compare()
        output.groups([_group_record(engine, g) for g in groups], args.json)
        return status(bool(groups))
    found = engine.figures()
    output.figures(found, args.json)
    return status(bool(found))


def _group_record(engine: Engine, group: FigureGroup) -> dict[str, Any]:
    values = [
        {
            "doc": f.doc,
            "source": engine.meta(f.doc).source,
            "date": engine.meta(f.doc).date,
            "value": f.value,
            "value_max": f.value_max,
            "unit": f.unit,
            "start": f.start,
            "end": f.end,
        }
        for f in group.values
    ]
    return {
        "measure": group.measure,
        "label": group.label,
        "values": values,
        "disagree": group.disagree,
    }


def repair(args: argparse.Namespace, corpus: Path) -> int:
    """Print FILE with its fused words repaired (exit 1 when nothing needed repair)."""
    repaired, warnings = repair_article(args.file, corpus)
    for message in warnings:
        output.warn(message)
    output.repaired(repaired, args.json)
    return status(bool(repaired.inserted))


COMMANDS: dict[str, Callable[[Engine, argparse.Namespace], int]] = {
    "index": index,
    "search": search,
    "actors": actors,
    "quotes": quotes,
    "figures": figures,
}
"""The commands that run over an opened corpus, by name (`repair` needs none)."""
