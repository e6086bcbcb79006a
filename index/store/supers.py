"""What the corpus-wide actor merge reads, kept added up across articles, so that an
update does not read every article's actor summary again.

An article's `ActorSummary` has a share per distinct (key, name, kind, canonical name,
roles). A person's key is local to its article (`P:<doc>:<n>`), but the merge joins
every person key whose full name agrees, so a person's shares are kept under its node
(`summary.nodes_of`): shares of many articles alike in node, name, kind, canonical name
and roles then add up in one row of `supers`, with their mentions, their number of
articles, a mark of which articles they are (`mark`: each article's 56-bit hash, xored),
where the corpus first has them (`first` path, `seq` share), and the index term their
mentions are filed under (the same for every key of a node). At 10,000 generated
articles 187,000 shares make 40,000 rows. `placements` keeps each article's part, so
that an update takes it out again.

Read in corpus order of first appearance, the rows make the actors the shares make
(`merging.write_knowledge`): roles, aliases and canonical names go by first appearance,
counts are sums; an actor of several rows counts its distinct articles, which
`DocCounts` keeps by the rows' marks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from index.extract.actors.summary import ActorSummary, nodes_of
from index.store.catalog import Catalog


def put_supers(catalog: Catalog, doc: str, path: str, summary: ActorSummary) -> dict[str, str]:
    """Add one article's shares (inside a transaction; `path` is its `documents.path`);
    returns the article's keys' nodes (`nodes_of`)."""
    db = catalog.db
    nodes = nodes_of(summary.shares)
    terms = dict(summary.terms)
    alike: dict[tuple[str, str, str, str, str], list] = {}
    for seq, (key, name, kind, canonical, roles, mentions, given, surname) in enumerate(
        summary.shares
    ):
        ident = (nodes.get(key, key), name, kind, canonical, json.dumps(roles, ensure_ascii=False))
        if ident in alike:
            alike[ident][1] += mentions
        else:
            alike[ident] = [seq, mentions, given, surname, key]
    mark = _mark(doc)
    placed = []
    for ident, (seq, mentions, given, surname, key) in alike.items():
        row = db.execute(
            "SELECT id, docs, mark, first, seq FROM supers"
            " WHERE node=? AND name=? AND kind=? AND canonical=? AND roles=?",
            ident,
        ).fetchone()
        if row is None:
            cursor = db.execute(
                "INSERT INTO supers (node, name, kind, canonical, roles, given, surname,"
                " term, mentions, docs, mark, first, seq) VALUES (?,?,?,?,?,?,?,?,?,1,?,?,?)",
                (*ident, given, surname, terms[key], mentions, mark, path, seq),
            )
            number = int(cursor.lastrowid or 0)
        else:
            number, docs, old, first, first_seq = row
            earlier = (path, seq) < (first, first_seq)
            db.execute(
                "UPDATE supers SET mentions=mentions+?, docs=?, mark=?, first=?, seq=?"
                " WHERE id=?",
                (mentions, docs + 1, old ^ mark, *((path, seq) if earlier else (first, first_seq)),
                 number),
            )  # fmt: skip
        placed.append((doc, seq, number, mentions))
    db.executemany("INSERT INTO placements VALUES (?,?,?,?)", placed)
    db.executemany(
        "INSERT INTO node_links VALUES (?,?,?)",
        ((doc, nodes.get(a, a), nodes.get(b, b)) for a, b in summary.links),
    )
    return nodes


def remove_supers(catalog: Catalog, doc: str) -> None:
    """Take one stored article's shares out (before its `documents` row goes)."""
    db = catalog.db
    found = db.execute("SELECT path FROM documents WHERE id=?", (doc,)).fetchone()
    path = found[0] if found else None
    mark = _mark(doc)
    placed = list(db.execute("SELECT super, seq, mentions FROM placements WHERE doc=?", (doc,)))
    db.execute("DELETE FROM placements WHERE doc=?", (doc,))
    db.execute("DELETE FROM node_links WHERE doc=?", (doc,))
    for number, seq, mentions in placed:
        row = db.execute("SELECT docs, mark, first, seq FROM supers WHERE id=?", (number,))
        docs, old, first, first_seq = row.fetchone()
        if docs <= 1:
            db.execute("DELETE FROM supers WHERE id=?", (number,))
            continue
        if (first, first_seq) == (path, seq):
            first, first_seq = db.execute(
                "SELECT d.path, p.seq FROM placements p JOIN documents d ON d.id=p.doc"
                " WHERE p.super=? ORDER BY d.path, p.seq LIMIT 1",
                (number,),
            ).fetchone()
        db.execute(
            "UPDATE supers SET mentions=mentions-?, docs=?, mark=?, first=?, seq=? WHERE id=?",
            (mentions, docs - 1, old ^ mark, first, first_seq, number),
        )


def _mark(doc: str) -> int:
    """An article's 56-bit hash (an SQLite integer, xored in Python)."""
    digest = hashlib.blake2b(doc.encode("utf-8", "surrogatepass"), digest_size=7).digest()
    return int.from_bytes(digest, "big")


_ROW = (
    "SELECT node, name, kind, canonical, roles, mentions, given, surname, id, docs, mark,"
    " term FROM supers ORDER BY first, seq"
)
ID, DOCS, MARK, TERM = 8, 9, 10, 11
"""Where a row of `read_supers` holds its id, its number of articles, its mark and the
index term of its node's mentions (the same for every key of a node)."""


def read_supers(catalog: Catalog) -> list[tuple]:
    """Every row of `supers` in corpus order of first appearance, as shares (see
    `summary.Share`) followed by the row's id, number of articles, mark and term."""
    roles: dict[str, tuple[str, ...]] = {}
    found = []
    for row in catalog.db.execute(_ROW):
        text = row[4]
        listed = roles.get(text)
        if listed is None:
            listed = roles[text] = tuple(json.loads(text))
        found.append((*row[:4], listed, *row[5:]))
    return found


class DocCounts:
    """How many articles an actor of several rows names, kept by the rows' ids and
    marks: counted in `placements` only for a set of rows not seen before."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._known = dict(catalog.db.execute("SELECT sig, documents FROM doc_counts"))
        self._used: dict[str, int] = {}

    def __call__(self, group: Sequence[tuple]) -> int:
        if len(group) == 1:
            return int(group[0][DOCS])
        sig = hashlib.blake2b(
            repr(sorted((r[ID], r[MARK]) for r in group)).encode(), digest_size=12
        ).hexdigest()
        count = self._known.get(sig)
        if count is None:
            query = "SELECT DISTINCT doc FROM placements WHERE super IN ({marks})"
            count = len({d for (d,) in self._catalog.rows_in(query, [r[ID] for r in group])})
        self._used[sig] = count
        return count

    def save(self) -> None:
        """Keep the counts this merge used, and only those."""
        db = self._catalog.db
        stale = self._known.keys() - self._used.keys()
        db.executemany("DELETE FROM doc_counts WHERE sig=?", ((s,) for s in stale))
        db.executemany(
            "INSERT INTO doc_counts VALUES (?,?)",
            ((s, n) for s, n in self._used.items() if s not in self._known),
        )
