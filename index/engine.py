"""`Engine`: one opened corpus, its index and its catalog, behind a small typed API.

Filters take actor ids (`Actor.id`); names an analyst types are resolved to ids by
`find_actors`. Narrowing by actor is answered from the catalog (mentions → passages),
never by reading articles. One searcher per thread is kept open between queries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from whoosh.index import Index

from index.corpus import CorpusError, Warn
from index.extract.names.aliases import AliasFileError, AliasTable, load_alias_table
from index.model import Actor, Document, Figure, FigureGroup, Knowledge, Metadata, Quote, Span
from index.search import QueryError, Results
from index.search.session import Session
from index.store import knowledge as kb
from index.store.build import BuildReport, Progress, alias_table, open_index
from index.store.catalog import Catalog
from index.store.integrity import confirmed_damage, damage_reason
from index.store.opening import catch_up, open_or_fallback, read_indexed, rebuild_damaged

T = TypeVar("T")
DOCUMENTS_KEPT = 64
"""Articles an engine keeps read (the reader and copies ask for the same ones again)."""


@dataclass
class Engine:
    """A corpus folder opened for searching; build it with `Engine.open`."""

    corpus_dir: Path
    index_dir: Path
    ix: Index
    catalog: Catalog
    report: BuildReport | None = None
    _documents: dict[str, Document] = field(default_factory=dict, repr=False)
    _warn: Warn = field(default=lambda message: None, repr=False)
    _generation: str = field(default="", repr=False)

    @classmethod
    def open(
        cls,
        corpus_dir: Path,
        *,
        cache_root: Path | None = None,
        rebuild: bool = False,
        verify: bool = False,
        progress: Progress | None = None,
        warn: Warn = lambda message: None,
    ) -> Engine:
        """Open the index of `corpus_dir`, building or updating it first if needed.

        A malformed aliases file is reported and left aside; an unusable cache folder is
        reported and a temporary index used. `verify` reads the whole index to check it
        (as `borderlens index` does). The warnings of loading the folder's files are told
        to `warn` when it verifies or reads articles again, not at every opening. `warn` may
        be called later too, from the calling thread, when the engine finds its index
        damaged and rebuilds it."""
        aliases = alias_table(warn)
        folder, ix, catalog, report = open_or_fallback(
            corpus_dir, aliases, cache_root=cache_root, rebuild=rebuild, verify=verify,
            progress=progress, warn=warn,
        )  # fmt: skip
        engine = cls(corpus_dir, folder, ix, catalog, report, _warn=warn)
        engine.__dict__["_aliases"] = aliases
        engine._generation = engine.generation
        if verify or _changed(report):  # said when the folder is read, not on every query
            for message in engine.warnings:
                warn(message)
        return engine

    def refresh(self, progress: Progress | None = None) -> BuildReport | None:
        """Catch up with the corpus folder: index the articles added, changed or removed
        since the last look (unless another process is doing so), then answer from the
        updated index, as after another process's update. What the update did, or None."""
        if self.catalog.replaced():  # another process rebuilt it: read the new one
            self._reopen()
        report = self._guard(
            lambda: catch_up(self.index_dir, self.corpus_dir, self._aliases, progress)
        )
        if report is not None or self.generation != self._generation:
            self._forget()
        return report

    @property
    def generation(self) -> str:
        """What changes each time the index is updated, by this process or another (an
        index another process rebuilt is a new catalog file)."""
        return self._guard(lambda: f"{self.catalog.identity}:{self.catalog.setting('generation')}")

    def _reopen(self) -> None:
        """Open the index afresh where another process switched in a rebuilt one (the
        old catalog, removed, still answers this connection, while Whoosh reads the new
        segments by name: every answer would mix the two)."""
        with suppress(sqlite3.Error):
            self.catalog.close()
        self.ix, self.catalog, _ = open_index(
            self.index_dir, self.corpus_dir, self._aliases, warn=self._warn
        )
        self._forget()

    @cached_property
    def doc_ids(self) -> tuple[str, ...]:
        """Every document id, in corpus order."""
        return self._guard(lambda: self.catalog.doc_ids())

    @property
    def has_articles(self) -> bool:
        """Whether any article is indexed, without reading every id (`doc_ids`)."""
        return self._guard(lambda: self.catalog.has_articles())

    @property
    def warnings(self) -> tuple[str, ...]:
        """What loading the corpus reported (unreadable files, bad sidecars)."""
        return self._guard(lambda: self.catalog.warnings())

    @cached_property
    def knowledge(self) -> Knowledge:
        """Actors (with every mention), quotes and figures of the whole corpus."""
        return self._guard(lambda: kb.read_knowledge(self.catalog))

    def doc_knowledge(self, doc_id: str) -> Knowledge:
        """The actors (with their mentions there), quotes and figures of one article."""
        return self._guard(lambda: kb.read_knowledge(self.catalog, doc_id))

    @cached_property
    def metas(self) -> dict[str, Metadata]:
        """Source, date and title of every document, read in one query."""
        return self._guard(lambda: self.catalog.metas())

    def meta(self, doc_id: str) -> Metadata:
        """Source, date and title of one document, without reading it."""
        return self._guard(lambda: self.catalog.meta(doc_id))

    def actors(self, *, with_mentions: bool = False) -> tuple[Actor, ...]:
        """Every actor, most mentioned first; their mentions (many) only when asked."""
        if with_mentions:
            return self.knowledge.actors
        return self._guard(lambda: self._session.actors)

    def actor(self, actor_id: str, *, with_mentions: bool = False) -> Actor:
        """The actor with id `actor_id`; its mentions (many) only when asked."""
        return self._guard(
            lambda: kb.read_actor(self.catalog, actor_id, with_mentions=with_mentions)
        )

    def actor_documents(self, actor_id: str, limit: int = 12) -> list[tuple[str, int]]:
        """The articles naming an actor most, each with its count of mentions."""
        return self._guard(lambda: kb.actor_documents(self.catalog, actor_id, limit))

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
        one a filter of its own; `doc` limits the search to one article. With filters and
        no words, every passage the filters admit comes back, newest first.
        """

        def run() -> Results:
            return self._session.search(
                text, actors=actors, names=names, speaker=speaker, quotes=quotes, limit=limit,
                doc=doc,
            )  # fmt: skip

        return self._guard(run)

    def warm(self, stopped: Callable[[], bool] = lambda: False) -> int:
        """Decode ahead the postings of the commonest words, for quick first queries
        (`Session.warm`); returns how many postings are kept. It stops, besides when
        `stopped()`, once an update or a rebuild replaced the session it warms."""

        def run() -> int:
            session = self._session
            return session.warm(lambda: stopped() or self.__dict__.get("_session") is not session)

        return self._guard(run)

    def hits_in(
        self, doc: str, text: str, *, actors: Sequence[str] = (), speaker: str | None = None
    ) -> tuple[Span, ...]:
        """Every highlight of the query `text` in one article, in reading order."""
        results = self.search(text, actors=actors, speaker=speaker, limit=None, doc=doc)
        return tuple(sorted(span for hit in results.hits for span in hit.highlights))

    def find_actors(self, name: str) -> list[Actor]:
        """The actors a typed `name` may stand for (aliases, spellings, a person's surname)."""
        return self._guard(lambda: self._session.names.match(name))

    def actors_matching(self, text: str) -> list[Actor]:
        """Actors whose names or aliases (the alias table's too) contain `text`, most
        mentioned first: "hashd" finds the Popular Mobilization Forces."""
        return self._guard(lambda: self._session.names.containing(text))

    def quotes(
        self, speaker: str | None = None, *, actors: Sequence[str] = ()
    ) -> tuple[Quote, ...]:
        """Quotations, of the actors a typed `speaker` names, said where `actors` are named."""
        found = self._guard(lambda: tuple(kb.read_quotes(self.catalog, actors)))
        ids = {a.id for a in self.find_actors(speaker)} if speaker else set()
        return kb.said_by(found, ids, speaker) if speaker else found

    def figures(self, *, actors: Sequence[str] = ()) -> tuple[Figure, ...]:
        """Every reported quantity, or those reported where every actor id is named."""
        return self._guard(lambda: tuple(kb.read_figures(self.catalog, actors)))

    def compare(
        self, *, actors: Sequence[str] = (), include_single: bool = False
    ) -> tuple[FigureGroup, ...]:
        """Figures grouped by story (articles on one event: shared rare names, close
        dates) and by what they measure; disagreement recomputed on the figures left by
        the actor filter."""
        from index.extract.figures import compare_figures  # not needed by a search

        return compare_figures(
            self.figures(actors=actors),
            self.doc_ids,
            include_single=include_single,
            stories=self._stories,
        )

    @cached_property
    def _stories(self) -> dict[str, str]:
        """The story of every article reporting a figure, worked out once per reading."""
        return self._guard(lambda: kb.read_stories(self.catalog, self.metas))

    def document(self, doc_id: str) -> Document:
        """One document: its original text with the layout and repair the index used
        (the last `DOCUMENTS_KEPT` read are kept)."""
        found = self._documents.pop(doc_id, None) or self._guard(
            lambda: read_indexed(self.catalog, self.corpus_dir, doc_id)
        )
        self._documents[doc_id] = found
        for old in list(self._documents)[:-DOCUMENTS_KEPT]:
            del self._documents[old]
        return found

    def inserted(self, doc_id: str) -> tuple[int, ...]:
        """The original offsets where repair restored a space in one article (from the
        catalog: the article is not read)."""
        return self._guard(lambda: self.catalog.entry(doc_id).inserted)

    def _guard(self, call: Callable[[], T]) -> T:
        """`call()`; if it fails as reading a damaged index fails, the index is rebuilt
        (with a warning) and `call()` tried once more."""
        try:
            return call()
        except (QueryError, CorpusError, AliasFileError):
            raise
        except Exception as error:
            if not confirmed_damage(error, self.catalog, self.ix, self.corpus_dir):
                raise
            with suppress(sqlite3.Error):
                self.catalog.close()
            self.ix, self.catalog, self.report = rebuild_damaged(
                self.index_dir, self.corpus_dir, self._aliases, damage_reason(error), self._warn
            )
            self._forget()
        return call()

    def _forget(self) -> None:
        """Drop what was read of the index before an update or a rebuild."""
        for name in ("doc_ids", "knowledge", "metas", "_session", "_stories"):
            self.__dict__.pop(name, None)
        self._documents.clear()
        self._generation = self.generation

    @cached_property
    def _session(self) -> Session:
        return Session(self.ix, self.catalog, self._aliases)

    @cached_property
    def _aliases(self) -> AliasTable:
        return load_alias_table(None)


def _changed(report: BuildReport | None) -> bool:
    """Whether opening read articles of the folder again (built, or updated)."""
    return report is not None and bool(report.added or report.updated or report.removed)
