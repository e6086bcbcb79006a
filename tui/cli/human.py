"""What a person sees on a terminal: Rich `Text` built from records, never from markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from index import Span, vague_amount
from tui.cli.output import console
from tui.cli.records import Record
from tui.repaired import restore_spans
from tui.safe_text import one_line, visible


def _text(value: Any, style: str = "") -> Text:
    return Text(one_line(str(value)), style=style)


def _where(record: Record, *more: str) -> str:
    parts = [record["source"] or "unknown source", record["date"] or "undated", record["title"]]
    return " · ".join(p for p in [*parts, *more] if p)


def hits(records: Sequence[Record], inserted: dict[str, tuple[int, ...]]) -> None:
    """Each passage under its citation, repaired, its hits in bold reverse."""
    out = console()
    for record in records:
        out.print(_text(_where(record, f"{record['doc']}#{record['passage']}"), "bold"))
        spans = [Span(s, e) for s, e in record["highlights"]]
        base = record["start"]
        shown, shifted = restore_spans(record["text"], spans, inserted[record["doc"]], base)
        text = Text(visible(shown))
        for span in shifted:
            text.stylize("bold reverse", span.start - base, span.end - base)
        out.print(text, overflow="fold")  # wrapped between words; a long one folded
        out.print()


def actors(records: Sequence[Record]) -> None:
    """A table of actors: name, type, mentions, articles, aliases, roles."""
    table = Table("name", "type", "mentions", "articles", "aliases", "roles", box=None)
    for r in records:
        cells = [r["name"], r["type"], r["mention_count"], r["doc_count"]]
        cells += ["; ".join(r["aliases"]), "; ".join(r["roles"])]
        table.add_row(*(_text(c) for c in cells))
    console().print(table)


def quotes(records: Sequence[Record]) -> None:
    """Each quotation under its speaker, verb and citation."""
    out = console()
    for r in records:
        who = f"{r['speaker'] or 'unnamed'} ({r['verb'] or 'said'})"
        out.print(_text(f"{who} · {_where(r, r['doc'])}", "bold"))
        out.print(Text(visible(f"“{r['repaired']}”")), overflow="fold")
        out.print()


def value(record: Record) -> str:
    """A figure's value, its range and unit (`200–300 km`); a vague amount in its words."""
    low, high = record["value"], record["value_max"]
    text = vague_amount(low, record["measure"]) or f"{low:,.10g}"
    text += f"–{high:,.10g}" if high is not None and high != low else ""
    return f"{text} {record['unit']}".strip()


def figures(records: Sequence[Record]) -> None:
    """A table of figures: value, measure, where, and the sentence."""
    table = Table("value", "measure", "source", "sentence", box=None)
    for r in records:
        where = r["source"] or r["doc"]
        cells = [value(r), r["measure"], where, r["repaired"].strip("…")]
        table.add_row(*(_text(c) for c in cells))
    console().print(table)


def groups(records: Sequence[Record]) -> None:
    """Each measure with its values by source, disagreements marked."""
    table = Table("measure", "values by source", "", box=None)
    for r in records:
        cells = " | ".join(f"{value(v)} ({v['source'] or v['doc']})" for v in r["values"])
        mark = _text("DISAGREE", "bold red") if r["disagree"] else Text("")
        table.add_row(_text(r["label"]), _text(cells), mark)
    console().print(table)
