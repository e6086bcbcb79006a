"""Actors, quotes and figures in the catalog, read back a query at a time (`merging`
writes them at each update)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from index.model import Actor, Figure, Knowledge, Mention, Metadata, Quote
from index.store import rows
from index.store.catalog import Catalog

_ACTOR = "SELECT id, name, type, roles, aliases, mentions, documents FROM actors"
LISTED = "mentions DESC, name, tie"
"""The order actors are listed in: the merge's (`merge_shares`), which `tie` keeps."""


def _actor(row: Sequence[object], mentions: tuple[Mention, ...] = ()) -> Actor:
    return Actor(
        id=rows.text(row[0]),
        name=rows.text(row[1]),
        type=rows.text(row[2]),
        roles=rows.texts(row[3]),
        aliases=rows.texts(row[4]),
        mentions=mentions,
        mention_count=rows.integer(row[5]),
        doc_count=rows.integer(row[6]),
    )


def read_actors(catalog: Catalog, *, with_mentions: bool = False) -> tuple[Actor, ...]:
    """Every actor, most mentioned first; mentions only when asked (they are many)."""
    listed = list(catalog.db.execute(f"{_ACTOR} ORDER BY {LISTED}"))
    if not with_mentions:
        return tuple(_actor(row) for row in listed)
    found: dict[str, list[Mention]] = {str(row[0]): [] for row in listed}
    for row in catalog.db.execute(
        "SELECT t.actor, m.doc, m.start, m.end FROM mentions m JOIN actor_terms t ON m.term=t.term"
        " ORDER BY m.doc, m.start"
    ):
        found[row[0]].append(rows.mention(row[1:]))
    return tuple(_actor(row, tuple(found[str(row[0])])) for row in listed)


def read_actor(catalog: Catalog, actor_id: str, *, with_mentions: bool = False) -> Actor:
    """One actor, its mentions only when asked; KeyError when there is none of that id."""
    row = catalog.db.execute(f"{_ACTOR} WHERE id=?", (actor_id,)).fetchone()
    if row is None:
        raise KeyError(actor_id)
    if not with_mentions:
        return _actor(row)
    mentions = catalog.db.execute(
        "SELECT m.doc, m.start, m.end FROM mentions m JOIN actor_terms t ON m.term=t.term"
        " WHERE t.actor=? ORDER BY m.doc, m.start",
        (actor_id,),
    )
    return _actor(row, tuple(rows.mention(m) for m in mentions))


def actor_documents(catalog: Catalog, actor_id: str, limit: int) -> list[tuple[str, int]]:
    """The `limit` articles that name an actor most, with their counts of mentions."""
    found = catalog.db.execute(
        "SELECT m.doc, count(*) AS n FROM mentions m JOIN actor_terms t ON m.term=t.term"
        " WHERE t.actor=? GROUP BY m.doc ORDER BY n DESC, m.doc LIMIT ?",
        (actor_id, limit),
    )
    return [(rows.text(doc), rows.integer(n)) for doc, n in found]


def actor_terms(catalog: Catalog, actor_ids: Sequence[str]) -> list[str]:
    """The index terms the actors' mentions are filed under, sorted."""
    rows = catalog.rows_in("SELECT term FROM actor_terms WHERE actor IN ({marks})", actor_ids)
    return sorted({r[0] for r in rows})


def term_names(catalog: Catalog, terms: set[str]) -> dict[str, str]:
    """The name of the actor that owns each of `terms` (terms of no actor left out)."""
    found = {}
    for term in terms:
        row = catalog.db.execute(
            "SELECT a.name FROM actor_terms t JOIN actors a ON a.id=t.actor WHERE t.term=?",
            (term,),
        ).fetchone()
        if row is not None:
            found[term] = row[0]
    return found


def _places(actor_ids: Sequence[str]) -> str:
    """SQL selecting the (doc, passage) that name every actor of `actor_ids` (one `?`
    each): read from the actors' mentions first, so that a rare actor costs its few
    passages, not a test of every row of the table it filters."""
    one = (
        "SELECT DISTINCT m.doc, m.passage FROM mentions m JOIN actor_terms t ON m.term=t.term"
        " WHERE t.actor=?"
    )
    return " INTERSECT ".join(one for _ in actor_ids)


def read_doc_actors(catalog: Catalog, doc_id: str) -> tuple[Actor, ...]:
    """The actors one article names, each with its mentions there."""
    found: dict[str, list[Mention]] = {}
    heads: dict[str, Sequence[object]] = {}
    for row in catalog.db.execute(
        "SELECT a.id, a.name, a.type, a.roles, a.aliases, a.mentions, a.documents, m.start, m.end"
        " FROM mentions m JOIN actor_terms t ON m.term=t.term JOIN actors a ON a.id=t.actor"
        " WHERE m.doc=? ORDER BY a.mentions DESC, a.name, a.tie, m.start",
        (doc_id,),
    ):
        heads.setdefault(row[0], row[:7])
        found.setdefault(row[0], []).append(rows.mention((doc_id, row[7], row[8])))
    return tuple(_actor(heads[i], tuple(found[i])) for i in heads)


def read_quotes(
    catalog: Catalog, actor_ids: Sequence[str] = (), doc: str | None = None
) -> Iterator[Quote]:
    """Quotations in corpus order, said in passages naming every actor of `actor_ids`."""
    columns = "doc, start, end, text, speaker, verb, speaker_id"
    return (rows.quote(row) for row in _placed(catalog, "quotes", columns, actor_ids, doc))


def read_figures(
    catalog: Catalog, actor_ids: Sequence[str] = (), doc: str | None = None
) -> Iterator[Figure]:
    """Figures in corpus order, reported in passages naming every actor of `actor_ids`."""
    columns = "doc, start, end, value, value_max, unit, measure, context"
    return (rows.figure(row) for row in _placed(catalog, "figures", columns, actor_ids, doc))


def _placed(
    catalog: Catalog, table: str, columns: str, actor_ids: Sequence[str], doc: str | None
) -> Iterator[Sequence[object]]:
    """Rows of `table` (quotes or figures) in corpus order, in passages naming every actor
    of `actor_ids`, of one article when `doc` is given."""
    selected = ", ".join(f"x.{c.strip()}" for c in columns.split(","))
    places, params = "", list(actor_ids)
    if actor_ids:
        places = f" JOIN ({_places(actor_ids)}) p ON p.doc=x.doc AND p.passage=x.passage"
    where = ""
    if doc is not None:
        where, params = " WHERE x.doc=?", [*params, doc]
    return iter(
        catalog.db.execute(
            f"SELECT {selected} FROM {table} x{places} JOIN documents d ON d.id=x.doc"
            f"{where} ORDER BY d.path, x.start",
            params,
        )
    )


def read_knowledge(catalog: Catalog, doc_id: str | None = None) -> Knowledge:
    """Actors with their mentions, quotes and figures: of the whole corpus, or of one
    article (its actors with their mentions there)."""
    if doc_id is None:
        actors = read_actors(catalog, with_mentions=True)
    else:
        actors = read_doc_actors(catalog, doc_id)
    return Knowledge(
        actors, tuple(read_quotes(catalog, doc=doc_id)), tuple(read_figures(catalog, doc=doc_id))
    )


def read_stories(catalog: Catalog, metas: Mapping[str, Metadata]) -> dict[str, str]:
    """The story of every article that reports a figure (`figures.stories`)."""
    from index.extract.figures.stories import figure_stories  # not needed by a search

    return figure_stories(tuple(read_figures(catalog)), read_named(catalog), metas)


def read_named(catalog: Catalog) -> dict[str, set[str]]:
    """The ids of the actors each article names."""
    named: dict[str, set[str]] = {}
    for doc, actor in catalog.db.execute(
        "SELECT DISTINCT m.doc, t.actor FROM mentions m JOIN actor_terms t ON m.term=t.term"
    ):
        named.setdefault(doc, set()).add(actor)
    return named


def said_by(quotes: Sequence[Quote], ids: set[str], speaker: str) -> tuple[Quote, ...]:
    """The quotations of the actors `ids`, or, unattributed to an actor, of a speaker
    whose words contain the typed `speaker`."""
    wanted = speaker.casefold()
    return tuple(
        x
        for x in quotes
        if x.speaker_id in ids or (not x.speaker_id and wanted in x.speaker.casefold())
    )
