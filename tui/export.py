"""Exporting results, quotes or figures to Markdown, CSV or JSON files."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from index import FigureGroup, Hit, Metadata, Quote
from tui.render import figure_value

FORMATS = {"markdown": "md", "csv": "csv", "json": "json"}
"""Export formats and their file extensions."""

Row = dict[str, Any]


def hit_rows(hits: Sequence[Hit]) -> list[Row]:
    """One row per result passage."""
    return [
        {
            "doc": h.doc,
            "source": h.source,
            "date": h.date,
            "title": h.title,
            "start": h.start,
            "end": h.end,
            "text": h.text,
            "actors": "; ".join(h.actors),
            "highlights": [[s.start, s.end] for s in h.highlights],
        }
        for h in hits
    ]


def quote_rows(quotes: Sequence[Quote], meta: Callable[[str], Metadata]) -> list[Row]:
    """One row per quotation."""
    return [
        {
            "speaker": q.speaker,
            "verb": q.verb,
            "text": q.text,
            "doc": q.doc,
            "source": meta(q.doc).source,
            "date": meta(q.doc).date,
            "start": q.start,
            "end": q.end,
        }
        for q in quotes
    ]


def figure_rows(groups: Sequence[FigureGroup], meta: Callable[[str], Metadata]) -> list[Row]:
    """One row per figure, with the measure it belongs to."""
    return [
        {
            "measure": g.label,
            "disagree": g.disagree,
            "value": figure_value(f),
            "doc": f.doc,
            "source": meta(f.doc).source,
            "date": meta(f.doc).date,
            "start": f.start,
            "end": f.end,
            "context": f.context,
        }
        for g in groups
        for f in g.values
    ]


def _cell(value: Any) -> str:
    text = json.dumps(value) if isinstance(value, list) else str(value)
    return " ".join(text.split())


def to_markdown(rows: Sequence[Row], title: str) -> str:
    """A Markdown table of `rows` under a heading."""
    if not rows:
        return f"# {title}\n\nNothing to export.\n"
    keys = list(rows[0])
    lines = [f"# {title}", "", "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(_cell(r[k]).replace("|", "\\|") for k in keys) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def to_csv(rows: Sequence[Row]) -> str:
    """`rows` as CSV with a header line."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in r.items()} for r in rows)
    return out.getvalue()


def write(rows: Sequence[Row], kind: str, fmt: str, folder: Path) -> Path:
    """Write `rows` of `kind` (results, quotes, figures) as `fmt` into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"borderlens-{kind}.{FORMATS[fmt]}"
    if fmt == "markdown":
        text = to_markdown(rows, f"borderlens {kind}")
    elif fmt == "csv":
        text = to_csv(rows)
    else:
        text = json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    return path
