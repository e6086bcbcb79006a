"""Bounding the words a prefix, wildcard or fuzzy term expands to.

Typed letter by letter, `co*` would expand to thousands of words and stall every
keystroke; past `MAX_WORDS`, only the most frequent words are searched and the results
say so, so the analyst can type more letters. Every expanding term is replaced by the
words it stands for, so the index's word list is walked once per query (a fuzzy term
keeps its first letter: typos rarely touch it, and it spares most of the walk).
"""

from __future__ import annotations

from itertools import islice

from whoosh import query as q
from whoosh.reading import IndexReader

MAX_WORDS = 128
"""Words an expanding term may search."""
SCAN = 4096
"""Words looked at to find the most frequent (a longer list is cut here, in order)."""

_EXPANDING = (q.Prefix, q.Wildcard, q.FuzzyTerm)


def bound_expansions(query: q.Query, reader: IndexReader) -> tuple[q.Query, str]:
    """`query` with each over-wide expanding term cut to its most frequent words, and a
    note naming the terms that were cut ("" when none was)."""
    cut: list[str] = []

    def visit(node: q.Query) -> q.Query:
        if not isinstance(node, _EXPANDING):
            return node
        if isinstance(node, q.FuzzyTerm) and node.prefixlength < 1:
            node = q.FuzzyTerm(node.fieldname, node.text, node.boost, node.maxdist, 1)
        field = node.fieldname
        words = list(islice(node._btexts(reader), SCAN + 1))
        if len(words) > MAX_WORDS:
            words = sorted(words, key=lambda w: -reader.doc_frequency(field, w))[:MAX_WORDS]
            cut.append(f"{node.text}{'*' if isinstance(node, q.Prefix) else ''}")
        decode = reader.schema[field].from_bytes
        terms = [q.Term(field, w if isinstance(w, str) else decode(w)) for w in sorted(words)]
        if not terms:
            return q.NullQuery
        return terms[0] if len(terms) == 1 else q.Or(terms, boost=node.boost)

    bounded = query.accept(visit)
    if not cut:
        return bounded, ""
    names = ", ".join(cut)
    return bounded, f"{names}: too many words; searched the {MAX_WORDS} most frequent"
