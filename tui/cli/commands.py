"""What each command asks of the engine, and which records it prints in which form."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from index import Engine, Results, repair_file
from tui.cli import human
from tui.cli.output import emit_json, emit_lines, emit_tsv, mode, say, status, warn
from tui.cli.records import Record, Records, actor_record
from tui.safe_text import visible
from tui.wording import counted

HIT_FIELDS = ("doc", "passage", "source", "date", "title", "start", "end", "score", "actors")
QUOTE_FIELDS = ("doc", "source", "date", "title", "start", "end", "speaker", "verb", "repaired")
ACTOR_FIELDS = ("id", "name", "type", "mention_count", "doc_count", "aliases", "roles")
FIGURE_FIELDS = ("doc", "source", "date", "title", "start", "end", "value", "value_max", "unit")
GROUP_FIELDS = ("measure", "label", "disagree", *FIGURE_FIELDS)


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
        emit_json(summary)
    else:
        line = (
            f"{counted(summary['documents'], 'article')} indexed ({summary['added']} added, "
            f"{summary['updated']} updated, {summary['removed']} removed, "
            f"{summary['unchanged']} unchanged) in {summary['index']}"
        )
        again = summary.get("repaired_again", 0)
        if again:
            line += (
                f"; {again} unchanged repaired again (a word they weighed changed count),"
                f" {summary.get('indexed_again', 0)} of them indexed again"
            )
        emit_lines([[line]])
    return status(bool(engine.doc_ids))


def search(engine: Engine, args: argparse.Namespace) -> int:
    """Print the passages matching the query (or, grep-like, their articles or counts)."""
    per_article = args.count or args.files_with_matches
    results = engine.search(
        args.query,
        names=args.actor,
        speaker=args.speaker,
        quotes=args.quotes,
        limit=None if per_article else args.limit,
    )
    if results.note and not args.quiet:
        warn(results.note)
    if per_article:
        _per_article(engine, results, args)
    else:
        _hits(engine, results, args)
    return status(bool(results.hits))


def _hits(engine: Engine, results: Results, args: argparse.Namespace) -> None:
    records = Records(engine)
    found = [records.hit(h) for h in results.hits]
    shown = mode(args)
    if shown == "json":
        emit_json(found)
    elif shown == "tsv":
        emit_tsv((*HIT_FIELDS, "repaired"), found)
    else:
        human.hits(found, {h.doc: records.repairs.inserted(h.doc) for h in results.hits})
    if args.stats or (shown == "text" and not args.quiet):
        say(_summary(len(found), results.total))


def _summary(shown: int, total: int) -> str:
    noun = "matching passage" + ("" if total == 1 else "s")
    return f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}; --limit for more"


def _per_article(engine: Engine, results: Results, args: argparse.Namespace) -> None:
    counts = Counter(h.doc for h in results.hits)
    if args.json:
        where = Records(engine)
        extra = (lambda n: {"count": n}) if args.count else (lambda n: {})
        emit_json([where.place(doc) | extra(n) for doc, n in counts.items()])
    elif args.count:
        emit_lines(counts.items())
    else:
        emit_lines([doc] for doc in counts)


def actors(engine: Engine, args: argparse.Namespace) -> int:
    """List every actor with its type, roles, aliases and mentions."""
    found = [actor_record(a) for a in engine.actors(with_mentions=args.json)]
    _emit(args, found, ACTOR_FIELDS, human.actors)
    return status(bool(found))


def quotes(engine: Engine, args: argparse.Namespace) -> int:
    """List quotations, optionally of one speaker."""
    records = Records(engine)
    found = [records.quote(x) for x in engine.quotes(args.speaker)]
    if args.speaker and not found and not args.quiet:
        warn(f"no quotation by a speaker matching {args.speaker!r}")  # says why it is empty
    _emit(args, found, QUOTE_FIELDS, human.quotes)
    return status(bool(found))


def figures(engine: Engine, args: argparse.Namespace) -> int:
    """List figures, or with --compare figures grouped by measure across articles."""
    records = Records(engine)
    if args.compare:
        found = [records.group(g) for g in engine.compare()]
        flat = [g | v for g in found for v in g["values"]]
        _emit(args, found, GROUP_FIELDS, human.groups, flat)
    else:
        found = [records.figure(f) for f in engine.figures()]
        _emit(args, found, (*FIGURE_FIELDS, "measure", "repaired"), human.figures)
    return status(bool(found))


def _emit(
    args: argparse.Namespace,
    found: list[Record],
    fields: Sequence[str],
    show: Callable[[list[Record]], None],
    rows: list[Record] | None = None,
) -> None:
    """`found` as JSON, as TSV (its `rows`, one line each) or shown to a person; nothing
    at all (but JSON's `[]`) when there is nothing."""
    shown = mode(args)
    if shown == "json":
        emit_json(found)
    elif shown == "tsv":
        emit_tsv(fields, found if rows is None else rows)
    elif found:
        show(found)


def repair(args: argparse.Namespace, corpus: Path) -> int:
    """Print FILE with its fused words repaired (exit 1 when nothing needed repair),
    weighed against the words of the corpus's index when there is one (else every
    article of the corpus is read)."""
    repaired, warnings = repair_file(args.file, corpus)
    for message in warnings:
        warn(message)
    if args.json:
        emit_json({"text": repaired.text, "inserted": list(repaired.inserted)})
    else:
        sys.stdout.write(visible(repaired.text))
    return status(bool(repaired.inserted))


COMMANDS: dict[str, Callable[[Engine, argparse.Namespace], int]] = {
    "index": index,
    "search": search,
    "actors": actors,
    "quotes": quotes,
    "figures": figures,
}
"""The commands that run over an opened corpus, by name (`repair` needs none)."""
