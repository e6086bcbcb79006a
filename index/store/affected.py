"""Which unchanged articles an update must repair again.

Repair weighs runs of letters against the corpus vocabulary, so when the value of a key
moves (an article that writes the word came or went), the articles concerned are: those
that read the key while it had a value (kept exactly, `consulted`); those whose repair
weighed a run holding the word part by part (the trigram index of those runs); and
those that write the word as a run of their own (the index's postings). Together they
hold every article whose repair read the key.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from whoosh.index import Index
from whoosh.reading import IndexReader

from index.store.analyzer import word_text
from index.store.catalog import Catalog

RUNS_PER_ARTICLE = 1 << 21
"""Runs kept per article (rowids are article rowid × this + n): more than any article
can weigh (`store.article.MAX_ARTICLE_BYTES` of text hold at most a quarter as many
runs of three letters and a separator, each weighed as written and, after an
apostrophe, without its clitic), so none is left out and `affected` finds every
article whose runs hold a word (a test keeps the bound)."""


def word_of(key: str) -> str:
    """The lowercase word a vocabulary key ("w:border", "c:al-sudani") is about."""
    return key.partition(":")[2].lower()


def affected(catalog: Catalog, ix: Index, keys: Iterable[str]) -> dict[str, frozenset[str]]:
    """The articles concerned by a change in the value of any of `keys`, each with the
    keys of `keys` that concern it (only runs holding their words can split otherwise).

    A key that had a value before the update was recorded, exactly, by every article
    that read it; only a key that had none (a word no article wrote) is looked for in
    the runs and words of every article.
    """
    lookup = catalog.vocabulary_lookup()
    docs: dict[str, set[str]] = defaultdict(set)
    appeared: dict[str, set[str]] = defaultdict(set)  # by word
    for key in keys:
        for (doc,) in catalog.db.execute("SELECT doc FROM consulted WHERE key=?", (key,)):
            docs[doc].add(key)
        kind, _, rest = key.partition(":")
        if lookup(kind, rest) <= 0 and word_of(key):
            appeared[word_of(key)].add(key)
    with ix.reader() as reader:
        for word, named in appeared.items():
            pattern = "%" + word.replace("%", "").replace("_", "") + "%"
            hits = catalog.db.execute("SELECT rowid FROM searched WHERE run LIKE ?", (pattern,))
            rows = {r[0] // RUNS_PER_ARTICLE for r in hits}
            for doc in {catalog.doc_of_row(row) for row in rows} - {""} | _writing(reader, word):
                docs[doc] |= named
    return {doc: frozenset(concerning) for doc, concerning in docs.items()}


def _writing(reader: IndexReader, word: str) -> set[str]:
    """The articles that write `word`; a compound ("al-foo") is written only where each
    of its parts is, so its parts' postings are intersected (their union would be every
    article that writes "al")."""
    parts = {word_text(p).lower() for p in word.split("-") if p} - {""}
    if not parts or not all(reader.frequency("text", part) for part in parts):
        return set()
    rarest = sorted(parts, key=lambda part: reader.doc_frequency("text", part))
    found = set(reader.postings("text", rarest[0]).all_ids())
    for part in rarest[1:]:
        found &= set(reader.postings("text", part).all_ids())
        if not found:
            return set()
    return {reader.stored_fields(docnum)["doc"] for docnum in found}


def put_runs(catalog: Catalog, row: int, runs: Iterable[str]) -> None:
    """Keep the runs an article's repair weighed word by word."""
    base = row * RUNS_PER_ARTICLE
    kept = list(runs)[: RUNS_PER_ARTICLE - 1]
    catalog.db.executemany(
        "INSERT INTO searched (rowid, run) VALUES (?, ?)",
        ((base + n, run) for n, run in enumerate(kept)),
    )


def kept_runs(catalog: Catalog, row: int) -> list[str]:
    """The runs kept for an article, in the order `put_runs` kept them."""
    base = row * RUNS_PER_ARTICLE
    found = catalog.db.execute(
        "SELECT run FROM searched WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
        (base, base + RUNS_PER_ARTICLE - 1),
    )
    return [r[0] for r in found]


def drop_runs(catalog: Catalog, row: int) -> None:
    """Forget the runs kept for an article."""
    base = row * RUNS_PER_ARTICLE
    catalog.db.execute(
        "DELETE FROM searched WHERE rowid BETWEEN ? AND ?", (base, base + RUNS_PER_ARTICLE - 1)
    )
