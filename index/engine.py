"""`Engine`: one opened corpus, its index and its knowledge, behind a small typed API.

Filters take actor ids (`Actor.id`); names an analyst types are resolved to ids by
`find_actors`. Narrowing by actor is answered from the catalog (mentions → passages),
never by reading articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from whoosh import query as q
from whoosh.index import Index

from index.corpus.load import Warn, decode
from index.extract.figures import compare_figures
from index.extract.names.aliases import AliasTable, load_alias_table
from index.model import (
    Actor,
    Document,
    Figure,
    FigureGroup,
    Knowledge,
    Metadata,
    Quote,
    Span,
)
from index.paths import index_dir
from index.repair.restore import apply_breaks
from index.rules import RULES_VERSION
from index.search.actors import Places, match_actors, places_naming
from index.search.hits import Results, run
from index.search.query import QueryError, parse
from index.store.build import BuildReport, Progress, open_whoosh, stamps, update
from index.store.catalog import Catalog, read_catalog
from index.store.schema import SCHEMA_VERSION


@dataclass
class Engine:
    """A corpus folder opened for searching; build it with `Engine.open`."""

    corpus_dir: Path
    index_dir: Path
    ix: Index
    catalog: Catalog
    report: BuildReport | None = None
    _documents: dict[str, Document] = field(default_factory=dict, repr=False)

    @classmethod
    def open(
        cls,
        corpus_dir: Path,
        *,
        cache_root: Path | None = None,
        rebuild: bool = False,
        progress: Progress | None = None,
        warn: Warn = lambda message: None,
    ) -> Engine:
        """Open the index of `corpus_dir`, building or updating it first if needed."""
        folder = index_dir(corpus_dir, SCHEMA_VERSION, cache_root)
        ready = None if rebuild else _ready(folder, corpus_dir)
        if ready is not None:
            for message in ready[1].warnings:
                warn(message)
            return cls(corpus_dir, folder, *ready)
        ix, catalog, report = update(
            folder, corpus_dir, rebuild=rebuild, progress=progress, warn=warn
        )
        return cls(corpus_dir, folder, ix, catalog, report)

    @property
    def knowledge(self) -> Knowledge:
        """Actors, quotes and figures of the whole corpus."""
        return self.catalog.knowledge

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """Every document id, in corpus order."""
        return tuple(self.catalog.entries)

    @property
    def warnings(self) -> tuple[str, ...]:
        """What loading the corpus reported (unreadable files, bad sidecars)."""
        return self.catalog.warnings

    def meta(self, doc_id: str) -> Metadata:
        """Source, date and title of one document, without reading it."""
        return self.catalog.entries[doc_id].meta

    def actors(self) -> tuple[Actor, ...]:
        """Every actor, most mentioned first."""
        return self.knowledge.actors

    def actor(self, actor_id: str) -> Actor:
        """The actor with id `actor_id`."""
        return self._actors_by_id[actor_id]

    def search(
        self,
        text: str,
        *,
        actors: Sequence[str] = (),
        names: Sequence[str] = (),
        speaker: str | None = None,
        quotes: bool = False,
        limit: int | None = 50,
        doc: str | None = None,
    ) -> Results:
        """Passages (or quotations) matching `text` that name every actor id in `actors`.

        `names` and `speaker` are typed names (aliases and spellings understood), each
        one a filter of its own; `doc` limits the search to one article.
        """
        query = parse(text, self._resolve)
        unknown = [i for i in actors if i not in self._actors_by_id]
        if unknown:
            raise QueryError(f"unknown actor id {unknown[0]!r}")
        filters = [q.Term("actor", actor_id) for actor_id in actors]
        filters += [self._typed_filter("actor", name) for name in names]
        if speaker:
            filters.append(self._typed_filter("speaker", speaker))
        if doc is not None:
            filters.append(q.Term("doc", doc))
        combined = q.And([query, *filters]).normalize() if filters else query
        return run(self.ix, combined, quotes=quotes, limit=limit, actor_names=self._names)

    def hits_in(
        self, doc: str, text: str, *, actors: Sequence[str] = (), speaker: str | None = None
    ) -> tuple[Span, ...]:
        """Every highlight of the query `text` in one article, in reading order."""
        results = self.search(text, actors=actors, speaker=speaker, limit=None, doc=doc)
        return tuple(sorted(span for hit in results.hits for span in hit.highlights))

    def find_actors(self, name: str) -> list[Actor]:
        """The actors a typed `name` may stand for (aliases, spellings, a person's surname)."""
        return match_actors(name, self.knowledge.actors, self._aliases)

    def quotes(
        self, speaker: str | None = None, *, actors: Sequence[str] = ()
    ) -> tuple[Quote, ...]:
        """Quotations, of the actors a typed `speaker` names, said where `actors` are named."""
        found = self.knowledge.quotes
        if speaker:
            ids = {a.id for a in self.find_actors(speaker)}
            wanted = speaker.casefold()
            found = tuple(
                x
                for x in found
                if x.speaker_id in ids or (not x.speaker_id and wanted in x.speaker.casefold())
            )
        places = self._places(actors)
        return found if places is None else tuple(x for x in found if places.holds(x.doc, x.start))

    def figures(self, *, actors: Sequence[str] = ()) -> tuple[Figure, ...]:
        """Every reported quantity, or those reported where every actor id is named."""
        places = self._places(actors)
        found = self.knowledge.figures
        return found if places is None else tuple(f for f in found if places.holds(f.doc, f.start))

    def compare(
        self, *, actors: Sequence[str] = (), include_single: bool = False
    ) -> tuple[FigureGroup, ...]:
        """Figures grouped by what they measure across articles; disagreement recomputed
        on the figures left by the actor filter."""
        return compare_figures(
            self.figures(actors=actors), self.doc_ids, include_single=include_single
        )

    def document(self, doc_id: str) -> Document:
        """One document: its original text with the layout and repair the index used."""
        if doc_id not in self._documents:
            self._documents[doc_id] = self._read(doc_id)
        return self._documents[doc_id]

    def _read(self, doc_id: str) -> Document:
        entry = self.catalog.entries[doc_id]
        path = self.corpus_dir / entry.path
        text, warnings = decode(path.read_bytes(), path.name)
        text = text or ""
        repaired = apply_breaks(text, entry.inserted)
        return Document(doc_id, path, text, entry.meta, entry.passages, repaired, tuple(warnings))

    def _places(self, actor_ids: Sequence[str]) -> Places | None:
        if not actor_ids:
            return None
        chosen = [self._actors_by_id[i] for i in actor_ids if i in self._actors_by_id]
        layouts = {doc: entry.passages for doc, entry in self.catalog.entries.items()}
        return places_naming(chosen, layouts) if chosen else Places(frozenset(), layouts)

    @cached_property
    def _actors_by_id(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.knowledge.actors}

    @cached_property
    def _aliases(self) -> AliasTable:
        return load_alias_table(None)

    @cached_property
    def _names(self) -> dict[str, str]:
        return {actor.id: actor.name for actor in self.knowledge.actors}

    def _resolve(self, field_name: str, name: str) -> list[str]:
        return [actor.id for actor in self.find_actors(name)]

    def _typed_filter(self, field_name: str, name: str) -> q.Query:
        ids = self._resolve(field_name, name)
        if not ids:
            raise QueryError(f"no actor matches {name!r}")
        return q.Or([q.Term(field_name, i) for i in ids])


def _ready(folder: Path, corpus_dir: Path) -> tuple[Index, Catalog] | None:
    """The index and catalog if both open, were built by these rules, and every article
    is as when it was built."""
    catalog = read_catalog(folder)
    if catalog is None or catalog.code != RULES_VERSION:
        return None
    if catalog.stamps != stamps(corpus_dir):
        return None
    ix = open_whoosh(folder)
    return None if ix is None else (ix, catalog)
