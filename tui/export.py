"""Exporting results, quotes or figures to Markdown, CSV or JSON, saying what was asked.

Texts are exported as read (repaired, unless the original is shown); offsets stay
offsets into the original article, and a JSON row keeps beside its `text` the `original`
characters those offsets cover. Every file records the query, the actor filters, the
corpus, when it was written and which text it holds; no character of the corpus that
could act on a terminal is written raw (visible placeholders in Markdown and CSV, escapes
in JSON), and no CSV cell of corpus text starts a spreadsheet formula.
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

JSON_ONLY = frozenset({"original"})
"""Row keys only JSON exports keep: `original`, the file's characters from `start` to
`end`, to which the offsets apply (Markdown and CSV tables show the `text` alone)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a CSV cell as a formula (OWASP)."""

VIEWS = {
    "repaired": "repaired (spaces restored where the file lost them, "
    "offsets into the original file)",
    "original": "original (as in the file)",
}
"""The texts an export can hold, as its header line names them."""

PROGRAM_TEXT = frozenset({"value", "measure_id", "unit"})
"""Keys whose text the program writes itself (a figure's number and unit): never taken
for a formula, so a negative value stays a number."""


@dataclass(frozen=True)
class About:
    """What an export holds: the query and actor filters that chose it, from which corpus."""

    query: str = ""
    """The search's query (results), or the text of the view's filter box (quotes,
    figures): what chose the rows besides the actor filters."""
    filters: tuple[str, ...] = ()
    corpus: str = ""
    exported: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))
    original: bool = False
    """Whether the texts are the file's original ones rather than the repaired view."""

    @property
    def view(self) -> str:
        """Which text the export holds: "repaired" or "original"."""
        return "original" if self.original else "repaired"

    def line(self) -> str:
        """One line for a header: query, filters, corpus, time and which text."""
        filters = " + ".join(self.filters) or "none"
        return (
            f"query: {self.query or '(none)'}; actor filters: {filters}; "
            f"corpus: {self.corpus}; exported: {self.exported}; text: {VIEWS[self.view]}"
        )


def hit_rows(hits: Sequence[Hit], repairs: Repairs, original: bool = False) -> list[Row]:
    """One row per result passage: its text as read, and the `original` one."""
    return [
        {
            "doc": h.doc,
            "source": h.source,
            "date": h.date,
            "title": h.title,
            "start": h.start,
            "end": h.end,
            "text": h.text if original else repairs.text(h.doc, h.text, h.start),
            "original": h.text,
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
    """One row per quotation: its text as read, and the `original` one."""
    return [
        {
            "speaker": q.speaker,
            "verb": q.verb,
            "text": q.text if original else repairs.text(q.doc, q.text, q.start),
            "original": q.text,
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
    """One row per figure, with the measure it belongs to (as shown, and its id as the
    command line gives it) and its sentence; `value` as shown, `number`, `number_max` and
    `unit` to compute with."""
    return [
        {
            "measure": g.label,
            "measure_id": g.measure,
            "disagree": g.disagree,
            "value": figure_value(f),
            "number": f.value,
            "number_max": f.value_max,
            "unit": f.unit,
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
    if value is None:
        return ""
    text = json.dumps(value) if isinstance(value, list) else str(value)
    return one_line(" ".join(text.split()))


def _csv_cell(key: str, value: Any) -> str:
    """A CSV cell; text from the corpus a spreadsheet would run as a formula gets a `'`."""
    cell = _cell(value)
    if isinstance(value, str) and key not in PROGRAM_TEXT and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _columns(rows: Sequence[Row]) -> list[str]:
    """The keys of `rows` a Markdown or CSV table shows."""
    return [k for k in rows[0] if k not in JSON_ONLY]


def to_markdown(rows: Sequence[Row], title: str, about: About | None = None) -> str:
    """A Markdown table of `rows` under a heading and the line saying what it holds."""
    head = [f"# {title}", ""] + ([f"> {one_line(about.line())}", ""] if about else [])
    if not rows:
        return "\n".join([*head, "Nothing to export."]) + "\n"
    keys = _columns(rows)
    lines = [*head, "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(_cell(r[k]).replace("|", "\\|") for k in keys) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def to_csv(rows: Sequence[Row], about: About | None = None) -> str:
    """`rows` as CSV with a header line, after a `#` comment line saying what they hold;
    a cell of corpus text never starts a formula."""
    out = io.StringIO()
    if about:
        out.write(f"# {one_line(about.line())}\n")
    if rows:
        keys = _columns(rows)
        writer = csv.DictWriter(out, fieldnames=keys)
        writer.writeheader()
        writer.writerows({k: _csv_cell(k, r[k]) for k in keys} for r in rows)
    return out.getvalue()


def to_json_file(rows: Sequence[Row], kind: str, about: About) -> str:
    """An object naming what the export holds, with its `rows`."""
    about_fields = {
        "query": about.query,
        "filters": list(about.filters),
        "corpus": about.corpus,
        "exported": about.exported,
        "text": about.view,
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
