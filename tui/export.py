"""Exporting results, quotes or figures to Markdown, CSV or JSON, saying what was asked.

Texts are exported as read (repaired, unless the original is shown); offsets stay
offsets into the original article. Every file records the query, the actor filters,
the corpus and when it was written; no character of the corpus that could act on a
terminal is written raw (visible placeholders in Markdown and CSV, escapes in JSON).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from index import FigureGroup, Hit, Metadata, Quote
from tui.render import figure_value
from tui.repaired import Repairs
from tui.safe_text import one_line, to_json

FORMATS = {"markdown": "md", "csv": "csv", "json": "json"}
"""Export formats and their file extensions."""

Row = dict[str, Any]


@dataclass(frozen=True)
class About:
    """What an export holds: the query and actor filters that chose it, from which corpus."""

    query: str = ""
    """The search's query (results), or the text of the view's filter box (quotes,
    figures): what chose the rows besides the actor filters."""
    filters: tuple[str, ...] = ()
    corpus: str = ""
    exported: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))

    def line(self) -> str:
        """One line for a header: query, filters, corpus and time."""
        filters = " + ".join(self.filters) or "none"
        return (
            f"query: {self.query or '(none)'}; actor filters: {filters}; "
            f"corpus: {self.corpus}; exported: {self.exported}"
        )


def hit_rows(hits: Sequence[Hit], repairs: Repairs, original: bool = False) -> list[Row]:
    """One row per result passage."""
    return [
        {
            "doc": h.doc,
            "source": h.source,
            "date": h.date,
            "title": h.title,
            "start": h.start,
            "end": h.end,
            "text": h.text if original else repairs.text(h.doc, h.text, h.start),
            "actors": "; ".join(h.actors),
            "highlights": [[s.start, s.end] for s in h.highlights],
        }
        for h in hits
    ]


def quote_rows(
    quotes: Sequence[Quote],
    meta: Callable[[str], Metadata],
    repairs: Repairs,
    original: bool = False,
) -> list[Row]:
    """One row per quotation."""
    return [
        {
            "speaker": q.speaker,
            "verb": q.verb,
            "text": q.text if original else repairs.text(q.doc, q.text, q.start),
            "doc": q.doc,
            "source": meta(q.doc).source,
            "date": meta(q.doc).date,
            "title": meta(q.doc).title,
            "start": q.start,
            "end": q.end,
        }
        for q in quotes
    ]


def figure_rows(
    groups: Sequence[FigureGroup], meta: Callable[[str], Metadata], repairs: Repairs
) -> list[Row]:
    """One row per figure, with the measure it belongs to and its sentence."""
    return [
        {
            "measure": g.label,
            "disagree": g.disagree,
            "value": figure_value(f),
            "doc": f.doc,
            "source": meta(f.doc).source,
            "date": meta(f.doc).date,
            "title": meta(f.doc).title,
            "start": f.start,
            "end": f.end,
            "context": repairs.around(f.doc, f.context, f.start),
        }
        for g in groups
        for f in g.values
    ]


def _cell(value: Any) -> str:
    text = json.dumps(value) if isinstance(value, list) else str(value)
    return one_line(" ".join(text.split()))


def to_markdown(rows: Sequence[Row], title: str, about: About | None = None) -> str:
    """A Markdown table of `rows` under a heading and the line saying what it holds."""
    head = [f"# {title}", ""] + ([f"> {one_line(about.line())}", ""] if about else [])
    if not rows:
        return "\n".join([*head, "Nothing to export."]) + "\n"
    keys = list(rows[0])
    lines = [*head, "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(_cell(r[k]).replace("|", "\\|") for k in keys) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def to_csv(rows: Sequence[Row], about: About | None = None) -> str:
    """`rows` as CSV with a header line, after a `#` comment line saying what they hold."""
    out = io.StringIO()
    if about:
        out.write(f"# {one_line(about.line())}\n")
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in r.items()} for r in rows)
    return out.getvalue()


def to_json_file(rows: Sequence[Row], kind: str, about: About) -> str:
    """An object naming what the export holds, with its `rows`."""
    about_fields = {
        "query": about.query,
        "filters": list(about.filters),
        "corpus": about.corpus,
        "exported": about.exported,
    }
    return to_json({"kind": kind, **about_fields, "rows": list(rows)}) + "\n"


def target(folder: Path, kind: str, fmt: str) -> Path:
    """The file an export of `kind` as `fmt` goes to in `folder`."""
    return folder / f"borderlens-{kind}.{FORMATS[fmt]}"


def write(
    rows: Sequence[Row], kind: str, fmt: str, path: Path, about: About, overwrite: bool = False
) -> Path:
    """Write `rows` of `kind` (results, quotes, figures) as `fmt` to `path`; a file already
    there raises `FileExistsError` unless `overwrite`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "markdown":
        text = to_markdown(rows, f"borderlens {kind}", about)
    elif fmt == "csv":
        text = to_csv(rows, about)
    else:
        text = to_json_file(rows, kind, about)
    with path.open("w" if overwrite else "x", encoding="utf-8") as file:
        file.write(text)
    return path
