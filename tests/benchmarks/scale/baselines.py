"""Stock Whoosh-Reloaded and SQLite FTS5 over the same articles, the references for scale."""

from __future__ import annotations

import argparse
import re
import sqlite3
import string
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.highlight import PinpointFragmenter
from whoosh.lang.porter2 import stem
from whoosh.qparser import FuzzyTermPlugin, QueryParser

TOP = 20
MULTISEGMENT_FROM = 1000
"""Articles from which the Whoosh build uses `procs=2, multisegment=True` (whoosh-notes §5)."""
_FUZZY = re.compile(r"^(\w+)~1$")


def articles(corpus: Path, paths: Iterable[Path] | None = None) -> Iterator[tuple[str, str]]:
    """(doc id, text) of every article of `corpus`, or of `paths`; ids as borderlens makes them."""
    for path in sorted(corpus.rglob("*.txt")) if paths is None else paths:
        yield doc_id(corpus, path), path.read_text(encoding="utf-8")


def doc_id(corpus: Path, path: Path) -> str:
    """An article's path below the corpus, without its ending."""
    return path.relative_to(corpus).with_suffix("").as_posix()


def whoosh_schema() -> Schema:
    """One stored TEXT field with character offsets and porter2 stemming, plus the doc id."""
    text = TEXT(stored=True, chars=True, analyzer=StemmingAnalyzer(stemfn=stem))
    return Schema(doc=ID(stored=True, unique=True), text=text)


class WhooshBaseline:
    """Stock Whoosh-Reloaded, one searcher kept open; one document per article.

    Hits are highlighted by `PinpointFragmenter(surround=60, autotrim=True)` from the stored
    character offsets (`chars=True`, searched with `terms=True`); no hit count is taken.
    """

    def __init__(self, folder: Path) -> None:
        self.ix = whoosh_index.open_dir(str(folder))
        self.searcher = self.ix.searcher()
        self.parser = QueryParser("text", self.ix.schema)
        self.parser.add_plugin(FuzzyTermPlugin())

    @staticmethod
    def build(folder: Path, corpus: Path) -> None:
        """Index every article of `corpus` into a fresh index in `folder`."""
        folder.mkdir(parents=True, exist_ok=True)
        ix = whoosh_index.create_in(str(folder), whoosh_schema())
        count = sum(1 for _ in corpus.rglob("*.txt"))
        options = {"procs": 2, "multisegment": True} if count >= MULTISEGMENT_FROM else {}
        writer = ix.writer(**options)
        for doc, text in articles(corpus):
            writer.add_document(doc=doc, text=text)
        writer.commit()

    @staticmethod
    def update(folder: Path, corpus: Path, upsert: list[Path], removed: list[Path]) -> None:
        """Replace or add the `upsert` articles and delete the `removed` ones."""
        writer = whoosh_index.open_dir(str(folder)).writer()
        for doc, text in articles(corpus, upsert):
            writer.update_document(doc=doc, text=text)
        for path in removed:
            writer.delete_by_term("doc", doc_id(corpus, path))
        writer.commit()

    def search(self, query: str) -> list[tuple[str, str]]:
        results = self.searcher.search(self.parser.parse(query), limit=TOP, terms=True)
        results.fragmenter = PinpointFragmenter(surround=60, autotrim=True)
        return [(hit["doc"], hit.highlights("text", top=1)) for hit in results]

    def close(self) -> None:
        self.searcher.close()


class Fts5Baseline:
    """SQLite FTS5 with the `porter unicode61` tokenizer; one row per article.

    Hits are highlighted by `snippet()` (24 tokens); no hit count is taken. `word~1` is
    emulated: the word's one-edit variants found in the `fts5vocab` table, OR-ed.
    """

    FILE = "fts.db"

    def __init__(self, folder: Path) -> None:
        self.db = sqlite3.connect(folder / self.FILE)
        self.db.execute("SELECT rowid FROM docs LIMIT 1").fetchall()

    @classmethod
    def build(cls, folder: Path, corpus: Path) -> None:
        """Index every article of `corpus` into a fresh database in `folder`."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / cls.FILE).unlink(missing_ok=True)
        with sqlite3.connect(folder / cls.FILE) as db:
            db.execute("CREATE TABLE ids(id INTEGER PRIMARY KEY, doc TEXT UNIQUE)")
            db.execute(
                "CREATE VIRTUAL TABLE docs USING fts5(doc UNINDEXED, text, "
                "tokenize='porter unicode61')"
            )
            db.execute("CREATE VIRTUAL TABLE vocab USING fts5vocab(docs, 'row')")
            _insert(db, articles(corpus))

    @classmethod
    def update(cls, folder: Path, corpus: Path, upsert: list[Path], removed: list[Path]) -> None:
        """Replace or add the `upsert` articles and delete the `removed` ones."""
        with sqlite3.connect(folder / cls.FILE) as db:
            for path in [*upsert, *removed]:
                found = db.execute("SELECT id FROM ids WHERE doc = ?", (doc_id(corpus, path),))
                for (rowid,) in found.fetchall():
                    db.execute("DELETE FROM docs WHERE rowid = ?", (rowid,))
                    db.execute("DELETE FROM ids WHERE id = ?", (rowid,))
            _insert(db, articles(corpus, upsert))

    def search(self, query: str) -> list[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT doc, snippet(docs, 1, '[', ']', '…', 24) FROM docs "
            "WHERE docs MATCH ? ORDER BY rank LIMIT ?",
            (self.translate(query), TOP),
        )
        return [(doc, fragment) for doc, fragment in rows]

    def translate(self, query: str) -> str:
        """`query` in FTS5 syntax: `word~1` becomes the OR of its one-edit variants in the index."""
        fuzzy = _FUZZY.match(query)
        if fuzzy is None:
            return query
        variants = sorted(edits1(fuzzy.group(1).lower()))
        marks = ",".join("?" * len(variants))
        found = self.db.execute(f"SELECT term FROM vocab WHERE term IN ({marks})", variants)
        return " OR ".join(f'"{term}"' for (term,) in found) or f'"{fuzzy.group(1)}"'

    def close(self) -> None:
        self.db.close()


def _insert(db: sqlite3.Connection, docs: Iterable[tuple[str, str]]) -> None:
    for doc, text in docs:
        rowid = db.execute("INSERT INTO ids(doc) VALUES (?)", (doc,)).lastrowid
        db.execute("INSERT INTO docs(rowid, doc, text) VALUES (?, ?, ?)", (rowid, doc, text))


def edits1(word: str) -> set[str]:
    """`word` and every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    letters = string.ascii_lowercase
    return {word} | {
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in letters),
        *(a + c + b for a, b in splits for c in letters),
    }


ENGINES: dict[str, type[WhooshBaseline | Fts5Baseline]] = {
    "whoosh": WhooshBaseline,
    "fts5": Fts5Baseline,
}
"""The reference engines by command-line name."""


def main(argv: list[str] | None = None) -> None:
    """`build|update|open|search ENGINE FOLDER …`: one step in a process the caller times."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("step", choices=("build", "update", "open", "search"))
    parser.add_argument("engine", choices=sorted(ENGINES))
    parser.add_argument("folder", type=Path, help="where the reference index lives")
    parser.add_argument("--corpus", type=Path, help="the articles (build, update)")
    parser.add_argument("--upsert", type=Path, nargs="*", default=[])
    parser.add_argument("--removed", type=Path, nargs="*", default=[])
    parser.add_argument("--query", default="wall")
    args = parser.parse_args(argv)
    engine = ENGINES[args.engine]
    if args.step == "build":
        engine.build(args.folder, args.corpus)
    elif args.step == "update":
        engine.update(args.folder, args.corpus, args.upsert, args.removed)
    elif args.step == "open":
        began = time.perf_counter()
        engine(args.folder).close()
        print(time.perf_counter() - began)
    else:
        print(len(engine(args.folder).search(args.query)))


if __name__ == "__main__":
    main(sys.argv[1:])
