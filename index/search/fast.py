"""Counting and preselecting the hits of broad queries from the postings themselves.

Whoosh scores every match of a query in Python, twice when the count must be exact;
for a query that matches a quarter of a 10,000-article corpus that is most of a
second. Boolean queries of words (and ranges and expansions, once they are words) are
answered here from whole blocks of postings instead: the matching records as a set
(so the count is exact and cheap), and the few hundred that score best on a length-free
BM25, which Whoosh then ranks exactly and highlights. Phrases of words in a row are
sets too (`phrases`); anything else (a phrase with slop) is left to Whoosh (None).
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh import query as q
from whoosh.reading import IndexReader

from index.search.phrases import in_a_row
from index.search.postings import blocks, holding, postings_set

K1 = 1.2
"""BM25's saturation of a word's frequency (Whoosh's default)."""
CANDIDATES = 400
"""Records ranked exactly by Whoosh after the preselection."""
MAX_SCORED = 16
"""Words past which a query (an expanded prefix) is taken in corpus order: its words
score alike, as Whoosh scores a prefix."""


def match_set(query: q.Query, reader: IndexReader, universe: set[int]) -> set[int] | None:
    """The records `query` matches within `universe`, or None if it is not boolean words."""
    if isinstance(query, q.ConstantScoreQuery):
        return match_set(query.child, reader, universe)
    if isinstance(query, q.NumericRange):
        return match_set(query.simplify(reader), reader, universe)
    if query is q.NullQuery or isinstance(query, type(q.NullQuery)):
        return set()
    if type(query) is q.Term:
        return holding(reader, query.fieldname, query.text) & universe
    if isinstance(query, q.Phrase) and query.slop == 1 and query.words:
        held = universe.intersection(*(holding(reader, query.fieldname, w) for w in query.words))
        kept = [(word, blocks(reader, query.fieldname, word)) for word in query.words]
        return in_a_row(reader, query.fieldname, kept, held)
    if isinstance(query, q.TermRange):
        found: set[int] = set()
        for text in query._btexts(reader):
            found |= postings_set(reader, query.fieldname, text)
        return found & universe
    if isinstance(query, q.Not):
        inner = match_set(query.query, reader, universe)
        return None if inner is None else universe - inner
    if isinstance(query, q.And) and query.subqueries:
        parts = [_uncut(sub, reader, universe) for sub in query.subqueries]
        if any(p is None for p in parts):
            return None
        first, *rest = sorted((p for p in parts if p is not None), key=len)
        return first.intersection(*rest, universe)  # smallest first, never a kept set
    if _words(query):
        return words_union(reader, query.subqueries) & universe
    if isinstance(query, (q.And, q.Or)):
        parts = [match_set(sub, reader, universe) for sub in query.subqueries]
        if any(p is None for p in parts):
            return None
        sets = [p for p in parts if p is not None]
        if isinstance(query, q.Or):
            return set().union(*sets)
        return set.intersection(*sets) if sets else set()
    if isinstance(query, q.AndNot):
        a = match_set(query.a, reader, universe)
        b = match_set(query.b, reader, universe)
        return None if a is None or b is None else a - b
    return None


def _uncut(query: q.Query, reader: IndexReader, universe: set[int]) -> set[int] | None:
    """`match_set`, but a word's kept records as they are (not to be changed), not yet
    cut to `universe`: the caller intersects."""
    if type(query) is q.Term:
        return holding(reader, query.fieldname, query.text)
    if _words(query):
        return words_union(reader, query.subqueries)
    return match_set(query, reader, universe)


def _words(query: q.Query) -> bool:
    """Whether `query` is an Or of words alone (a word's stems, an actor's terms)."""
    return isinstance(query, q.Or) and all(type(sub) is q.Term for sub in query.subqueries)


def words_union(reader: IndexReader, terms: list[q.Term]) -> set[int]:
    """The records holding any of `terms`: from the words' kept sets when they are few
    and scored; read afresh, not kept, when they are many (the thousands of terms of a
    common surname's actors would push every word out of the reader's keeping)."""
    if len(terms) > MAX_SCORED:
        return set().union(
            *(
                map(offset.__add__, ids) if offset else ids
                for t in terms
                for offset, ids, _ in blocks(reader, t.fieldname, t.text)
            )
        )
    return set().union(*(holding(reader, t.fieldname, t.text) for t in terms))


def live(reader: IndexReader, field: str, texts: list[str]) -> set[int]:
    """The live (not deleted) records holding any of `texts` in `field`."""
    found: set[int] = set()
    for text in texts:
        found |= postings_set(reader, field, text)
    for sub, offset in reader.leaf_readers():
        if sub.has_deletions():
            found -= {offset + d for d in sub.deleted_docs_set}
    return found


def scored_words(query: q.Query) -> Iterator[q.Term]:
    """The words of a boolean query that count towards a record's score (not the
    words it excludes)."""
    if type(query) is q.Term:
        yield query
    elif isinstance(query, q.Phrase):
        for word in dict.fromkeys(query.words):
            yield q.Term(query.fieldname, word, boost=query.boost)
    elif isinstance(query, (q.And, q.Or)):
        for sub in query.subqueries:
            yield from scored_words(sub)
    elif isinstance(query, q.AndNot):
        yield from scored_words(query.a)
