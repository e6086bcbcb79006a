"""The corpus-wide step of an update: actors merged across every article from the shares
the catalog keeps added up (`supers`), stored with the terms they own, and the
quotations whose speakers' actors moved named again."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable

from index.extract import ActorMerge, final_quotes
from index.extract.actors.summary import merge_shares
from index.extract.names.aliases import AliasTable
from index.extract.names.keys import fold
from index.model import Actor
from index.store.catalog import Catalog
from index.store.documents import number
from index.store.supers import TERM, DocCounts, read_supers


def write_knowledge(catalog: Catalog, aliases: AliasTable, changed: Iterable[str]) -> None:
    """Merge actors across every article from the shares kept of them and store them
    with the terms they own; name the quotations of the `changed` articles, and of the
    articles whose speakers' actors the merge changed, after them.

    The cyclic collector is paused meanwhile: the merge makes some hundred thousand
    tuples and no cycle, and the collector's passes over them cost a third of its time
    (0.1 s of 0.34 at 10,000 generated articles)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        _write_knowledge(catalog, aliases, changed)
    finally:
        if enabled:
            gc.enable()


def _write_knowledge(catalog: Catalog, aliases: AliasTable, changed: Iterable[str]) -> None:
    counts = DocCounts(catalog)
    links = list(catalog.db.execute("SELECT a, b FROM node_links"))
    shares = read_supers(catalog)
    merged = merge_shares(shares, links, aliases, counts)
    counts.save()
    terms = {row[0]: row[TERM] for row in shares}
    owners = {terms[node]: actor for node, actor in merged.actor_of.items()}
    listed: dict[tuple[str, ...], str] = {}  # most actors share their roles

    def encoded(values: tuple[str, ...]) -> str:
        found = listed.get(values)
        if found is None:
            found = listed[values] = json.dumps(values, ensure_ascii=False)
        return found

    ties: dict[tuple[int, str], int] = {}  # (mentions, name): actors listed so far

    def tie(actor: Actor) -> int:
        alike = (actor.mention_total, actor.name)
        ties[alike] = ties.get(alike, -1) + 1
        return ties[alike]

    rows = [
        (
            a.id,
            tie(a),
            a.name,
            a.type,
            encoded(a.roles),
            encoded(a.aliases),
            a.mention_total,
            a.doc_total,
            _folded(a),
        )
        for a in merged.actors
    ]
    _replace(catalog, "actors", rows, keys=1)
    _replace(catalog, "actor_terms", list(owners.items()), keys=2)
    _write_quotes(catalog, merged, set(changed))


def _write_quotes(catalog: Catalog, merged: ActorMerge, changed: set[str]) -> None:
    """Name again the quotations of the articles whose speakers' actors moved."""
    db = catalog.db
    now: dict[str, tuple[str, str]] = {}
    speakers: dict[str, str] = {}  # a person's key is local to its article, its node is not
    for key, node in db.execute("SELECT DISTINCT key, node FROM quote_speakers"):
        actor = merged.actor(node)
        now[key] = (actor.id, actor.name) if actor is not None else ("", "")
        if actor is not None:
            speakers[key] = actor.id
    before = {k: (a, n) for k, a, n in db.execute("SELECT key, actor, name FROM speaker_actors")}
    moved = [k for k, named in now.items() if before.get(k, ("", "")) != named]
    found = catalog.rows_in("SELECT DISTINCT doc FROM quote_speakers WHERE key IN ({marks})", moved)
    changed.update(r[0] for r in found)
    named = ActorMerge(merged.actors, speakers)
    for doc_id, extraction in catalog.blobs("extraction", sorted(changed)):
        layout = catalog.entry(doc_id).passages
        db.execute("DELETE FROM quotes WHERE doc=?", (doc_id,))
        db.executemany(
            "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)",
            (
                (q.doc, q.start, q.end, number(layout, q.start), q.text, q.speaker, q.verb,
                 q.speaker_id)
                for q in final_quotes(extraction, named)
            ),
        )  # fmt: skip
    db.execute("DELETE FROM speaker_actors")
    db.executemany(
        "INSERT INTO speaker_actors VALUES (?,?,?)", ((k, *named) for k, named in now.items())
    )


def _replace(catalog: Catalog, table: str, rows: list[tuple], keys: int) -> None:
    """Make `table` hold exactly `rows`, writing only the rows that differ (an update
    changes few of 15,000 actors); a row is told by its first `keys` columns."""
    db = catalog.db
    stored = set(db.execute(f"SELECT * FROM {table}"))
    wanted = set(rows)
    columns = [c[1] for c in db.execute(f"PRAGMA table_info({table})")][:keys]
    where = " AND ".join(f"{c}=?" for c in columns)
    db.executemany(f"DELETE FROM {table} WHERE {where}", (r[:keys] for r in stored - wanted))
    added = wanted - stored
    if added:
        marks = ",".join("?" * len(rows[0]))
        db.executemany(f"INSERT INTO {table} VALUES ({marks})", added)


def _folded(actor: Actor) -> str:
    return "\n".join(fold(name) for name in (actor.name, *actor.aliases))
