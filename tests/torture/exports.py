"""Child process: every export and copied citation of a corpus, through the functions the
app's `e` and `y` keys call, written under OUT for the parent to read.

    python -m tests.torture.exports CORPUS OUT
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from index import Engine
from tui import clipboard, export
from tui.excerpt import Excerpt
from tui.repaired import Repairs
from tui.widgets.results import hit_excerpt


class FakeApp:
    """Stands for the app: what it would send to the terminal's clipboard."""

    def __init__(self) -> None:
        self.copied: list[str] = []

    def copy_to_clipboard(self, text: str) -> None:
        self.copied.append(text)


def main(corpus: Path, out: Path) -> None:
    engine = Engine.open(corpus)
    repairs = Repairs(engine)
    hits = engine.search("wall OR commander OR kilometers", limit=None).hits
    quotes = engine.quotes()
    groups = engine.compare(include_single=True)
    about = export.About("wall \x1b]52;c;SElKQUNLRUQ=\x07", ("the [/y] actor",), str(corpus))
    rows = {
        "results": export.hit_rows(hits, repairs),
        "results-original": export.hit_rows(hits, repairs, original=True),
        "quotes": export.quote_rows(quotes, engine.meta, repairs),
        "figures": export.figure_rows(groups, engine.meta, repairs),
    }
    written = 0
    for kind, found in rows.items():
        for fmt in export.FORMATS:
            path = export.target(out / "export", kind, fmt)
            export.write(found, kind, fmt, path, about, overwrite=True)
            written += 1
    excerpts = [hit_excerpt(h, repairs.inserted(h.doc)) for h in hits]
    excerpts += [
        Excerpt(q.doc, engine.meta(q.doc), q.text, q.start, q.end, (), q.speaker) for q in quotes
    ]
    for doc in engine.doc_ids:
        try:
            document = engine.document(doc)
        except Exception as error:  # a vanished article is reported by the app, not here
            print(f"{doc!a}: {type(error).__name__}", file=sys.stderr)
            continue
        excerpts.append(Excerpt.of(document, 0, len(document.text)))
    app = FakeApp()
    citations = out / "citations"
    citations.mkdir(parents=True, exist_ok=True)
    for n, excerpt in enumerate(excerpts):
        for original in (False, True):
            text = excerpt.citation(original)
            clipboard.copy(app, text, citations / f"clipboard-{n}-{int(original)}.txt")  # type: ignore[arg-type]
    (citations / "sent-to-terminal.txt").write_text("\n".join(app.copied), encoding="utf-8")
    print(
        json.dumps(
            {"exports": written, "rows": sum(map(len, rows.values())), "citations": len(excerpts)}
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
