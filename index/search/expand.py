"""Bounding the words a prefix, wildcard or fuzzy term expands to.

Typed letter by letter, `co*` would expand to thousands of words and stall every
keystroke; past `MAX_WORDS`, only the most frequent words are searched and the results
say so, so the analyst can type more letters. Every expanding term is replaced by the
words it stands for, so the index's word list is walked once per query (a fuzzy term
keeps its first letter: typos rarely touch it, and it spares most of the walk).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import islice

from whoosh import query as q
from whoosh.reading import IndexReader
from whoosh.support.levenshtein import damerau_levenshtein

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
        found = fuzzy_words(reader, node) if isinstance(node, q.FuzzyTerm) else node._btexts(reader)
        words = list(islice(found, SCAN + 1))
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


def fuzzy_words(reader: IndexReader, term: q.FuzzyTerm) -> Iterator[str]:
    """The indexed words within `term.maxdist` edits of its text (Whoosh's distance, with
    transpositions), in index order, as `FuzzyTerm` finds them; the words sharing its
    prefix are listed once per reader, by length, so a fuzzy term compares only words
    of a length it can reach (Whoosh compares every word of the prefix, each query).
    A swap of two letters is one edit on any index: Whoosh's one-segment reader uses an
    automaton that counts it as two, its multi-segment reader as one."""
    text, most = term.text, term.maxdist
    lengths = _by_length(reader, term.fieldname, text[: term.prefixlength])
    close = _within_one if most == 1 else lambda a, b: damerau_levenshtein(a, b, most) <= most
    found = (
        word
        for n in range(len(text) - most, len(text) + most + 1)
        for word in lengths.get(n, ())
        if close(word, text)
    )
    return iter(sorted(found))


def _by_length(reader: IndexReader, field: str, prefix: str) -> dict[int, list[str]]:
    kept: dict[tuple[str, str], dict[int, list[str]]]
    kept = reader.__dict__.setdefault("_by_length", {})
    if (field, prefix) not in kept:
        decode = reader.schema[field].from_bytes
        lengths: dict[int, list[str]] = defaultdict(list)
        for btext in reader.expand_prefix(field, prefix):
            word = decode(btext)
            lengths[len(word)].append(word)
        kept[(field, prefix)] = dict(lengths)
    return kept[(field, prefix)]


def _within_one(a: str, b: str) -> bool:
    """True when `a` and `b` are at most one edit apart (a letter added, dropped,
    changed, or two neighbours swapped)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    swapped = a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    return a[i + 1 :] == b[i + 1 :] or swapped
