"""Searching one opened index: one searcher kept open, the words of each stem,
actor filters as index terms, and the query run end to end."""

from __future__ import annotations

import gc
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cached_property
from typing import TypeVar

from whoosh import query as q
from whoosh.index import Index
from whoosh.searching import Searcher

from index.extract.names.aliases import AliasTable
from index.model import Actor, Span
from index.search.actors import ActorNames
from index.search.expand import bound_expansions
from index.search.fast import words_union
from index.search.hits import Results, run, scope
from index.search.postings import holding
from index.search.query import QueryError, expand_stems, parse
from index.store.analyzer import STOP_WORDS, cached_stem
from index.store.catalog import Catalog
from index.store.knowledge import actor_terms, read_actors, term_names
from index.text.tokens import merged_spans


class Flat(q.Or):  # type: ignore[misc]
    """Distinct terms any of which matches (an actor's terms, or a surname's actors'):
    already flat, so normalizing it is itself (Whoosh's would copy every term deeply,
    25 ms for the 7,670 terms of a common surname at 10,000 articles)."""

    def normalize(self) -> q.Query:
        return self


T = TypeVar("T")
WARM_STEMS = 24
"""The commonest stems whose words `Session.warm` decodes ahead: about 40 words, the
same at 10,000 articles and at 50,000, where each holds five times the records."""
WARM = 1_500_000
"""Records `Session.warm` keeps at most: three quarters of `postings.LEVELS_KEPT`, so a
query's own words still fit beside them."""
WARM_WORDS = 2_000
"""The commonest words `Session.warm` looks at, at most."""
WARM_ACTORS = 8
"""The most mentioned actors whose index terms `Session.warm` decodes ahead (at 50,000
articles the first filter by one of them cost 140 ms, and 20 ms after)."""
WARM_PAUSE = 0.002
"""Seconds `Session.warm` waits after a stem that took longer than that to decode."""


def _settled(value: T) -> T:
    """`value`, built to last as long as the index is open, moved (with all that lives
    now) out of the cyclic collector's full walks (`gc.freeze`): at 10,000 articles a
    full walk over the 15,000 actors and their name tables took 35 ms and fell inside a
    query now and then (an `actor:` query's p95 was 46 ms for a median of 9). The
    objects are still freed as soon as nothing refers to them."""
    gc.freeze()
    return value


class Session:
    """What searching an index needs, built once and shared by every query."""

    def __init__(self, ix: Index, catalog: Catalog, aliases: AliasTable) -> None:
        self.ix, self.catalog, self.aliases = ix, catalog, aliases
        self._lock = threading.Lock()
        self._searcher: Searcher | None = None
        self._stems: dict[str, tuple[str, ...]] = {}

    @cached_property
    def actors(self) -> tuple[Actor, ...]:
        """Every actor, most mentioned first, without mentions."""
        return _settled(read_actors(self.catalog))

    @cached_property
    def names(self) -> ActorNames:
        """The actors by the keys of their names."""
        return _settled(ActorNames(self.actors, self.aliases))

    @cached_property
    def _ids(self) -> frozenset[str]:
        return frozenset(a.id for a in self.actors)

    def search(
        self,
        text: str,
        *,
        actors: Sequence[str],
        names: Sequence[str],
        speaker: str | None,
        quotes: bool,
        limit: int | None,
        doc: str | None,
    ) -> Results:
        """See `Engine.search`."""
        browse = not text.strip() and bool(actors or names or speaker)
        query = None if browse else parse(text, self._resolve)
        filters = [self._id_filter("actor", actor_id) for actor_id in actors]
        filters += [self._typed_filter("actor", name) for name in names]
        if speaker:
            filters.append(self._typed_filter("speaker", speaker))
        if doc is not None:
            filters.append(q.Term("doc", doc))
        parts = [query, *filters] if query is not None else filters
        combined = q.And(parts).normalize() if len(parts) > 1 else parts[0]
        with self._lock:
            searcher = self.searcher()
            combined = expand_stems(combined, self._words_of)
            bounded, note = bound_expansions(combined, searcher.reader())
            results = run(
                searcher,
                bounded,
                quotes=quotes,
                limit=limit,
                actor_names=lambda terms: term_names(self.catalog, terms),
                newest=browse,
            )
            results = self._with_mentions(results, bounded)
        if query is not None and isinstance(query, type(q.NullQuery)):
            note = note or _unsearched(text)
        return replace(results, note=note) if note else results

    def _with_mentions(self, results: Results, query: q.Query) -> Results:
        """Hits found by their actors alone (`actor:`, a filter) highlight the actors'
        mentions in them, so that the reader has hits to step through."""
        bare = [hit for hit in results.hits if not hit.highlights]
        if not bare:
            return results
        terms = {text for field, text in query.iter_all_terms() if field == "actor"}
        if not terms:
            return results
        named: dict[str, list[tuple[int, int]]] = {}
        for doc, start, end, term in self.catalog.rows_in(
            "SELECT doc, start, end, term FROM mentions WHERE doc IN ({marks})",
            sorted({hit.doc for hit in bare}),
        ):
            if term in terms:
                named.setdefault(doc, []).append((start, end))
        hits = []
        for hit in results.hits:
            if not hit.highlights:
                inside = sorted(s for s in named.get(hit.doc, ()) if hit.start <= s[0] < hit.end)
                hit = replace(hit, highlights=tuple(Span(a, b) for a, b in merged_spans(inside)))
            hits.append(hit)
        return replace(results, hits=tuple(hits))

    def warm(self, stopped: Callable[[], bool]) -> int:
        """Decode ahead the postings of the corpus's commonest searchable words (repair's
        counts; stop words are never searched) and of the other words of their stems, a
        stem at a time between queries, `WARM_STEMS` stems, until `WARM` postings are
        kept or `stopped()`: the first query of a common word otherwise decodes tens of
        thousands of postings (at 10,000 articles, 40 ms of a 75 ms "border security").
        Returns how many."""
        with self._lock:  # the catalog's connection is shared with the searches
            rows = self.catalog.db.execute(
                "SELECT key FROM vocabulary WHERE kind='w' ORDER BY count DESC LIMIT ?",
                (WARM_WORDS,),
            ).fetchall()
        stems = list(
            dict.fromkeys(
                cached_stem(word) for (word,) in rows if word not in STOP_WORDS and len(word) > 1
            )
        )[:WARM_STEMS]
        with self._lock:
            scope(self.searcher(), quotes=False, hidden=False)  # what every search starts from
        kept = 0
        for stem in stems:
            if kept >= WARM or stopped():
                break
            began = time.perf_counter()
            with self._lock:
                reader = self.searcher().reader()
                for word in self._words_of(stem):
                    kept += len(holding(reader, "text", word))
            # a query waiting for the lock goes first (a lock is not fair: without a
            # pause the warm-up could take it straight back, stem after stem)
            time.sleep(WARM_PAUSE if time.perf_counter() - began > WARM_PAUSE else 0)
        with self._lock:
            actors = self.actors[:WARM_ACTORS]  # the first listed, the likeliest filters
        for actor in actors:
            if stopped():
                break
            with self._lock:
                terms = [q.Term("actor", t) for t in actor_terms(self.catalog, [actor.id])]
                kept += len(words_union(self.searcher().reader(), terms))
            time.sleep(WARM_PAUSE)
        return kept

    def searcher(self) -> Searcher:
        """The one searcher, kept open across queries and threads (queries take turns:
        a Whoosh searcher serves one thread at a time), refreshed if the index changed.
        The app runs each search in a new thread, so a searcher per thread would be
        opened, and its caches filled, on every keystroke."""
        if self._searcher is None:
            self._searcher = self.ix.searcher()
        elif not self._searcher.up_to_date():
            old = self._searcher
            # Whoosh cannot refresh the reader of an empty index (it has no segments)
            if old.reader().segments() is None:
                old.close()
                self._searcher = self.ix.searcher()
            else:
                self._searcher = old.refresh()
            self._stems.clear()  # the index may hold new words of a stem
        return self._searcher

    def _words_of(self, stem: str) -> tuple[str, ...]:
        if stem not in self._stems:
            rows = self.catalog.db.execute("SELECT word FROM stems WHERE stem=?", (stem,))
            self._stems[stem] = tuple(r[0] for r in rows)
        return self._stems[stem]

    def _resolve(self, field_name: str, name: str) -> list[q.Query]:
        """The actors a typed name may stand for, as one flat query of their terms (a
        surname can stand for hundreds of people in a large corpus)."""
        ids = [a.id for a in self.names.match(name)]
        return [self._terms_filter(field_name, ids)] if ids else []

    def _id_filter(self, field_name: str, actor_id: str) -> q.Query:
        if actor_id not in self._ids:
            raise QueryError(f"unknown actor id {actor_id!r}")
        return self._terms_filter(field_name, [actor_id])

    def _terms_filter(self, field_name: str, actor_ids: list[str]) -> q.Query:
        terms = actor_terms(self.catalog, actor_ids)
        return Flat([q.Term(field_name, t) for t in terms]) if terms else q.NullQuery

    def _typed_filter(self, field_name: str, name: str) -> q.Query:
        found = self._resolve(field_name, name)
        if not found:
            raise QueryError(f"no actor matches {name!r}")
        return found[0]


_WORDS = re.compile(r"[^\W\d_]+")


def _unsearched(text: str) -> str:
    """Why a query of words found nothing before it was run: its words are all too
    common to be indexed ("" when it has none)."""
    common = [w for w in dict.fromkeys(m.lower() for m in _WORDS.findall(text)) if w in STOP_WORDS]
    if not common:
        return ""
    return f"{', '.join(common)}: too common to be searched (stop words); add another word"
