"""The query language: checked for mistakes first, then parsed by Whoosh and retargeted.

Words are matched on the stemmed field ("fortify" finds "Fortifying"); phrases,
prefixes and fuzzy terms on the unstemmed one (stems make prefix counts jump as a
word is typed, and a phrase should match the words as written).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from whoosh import query as q
from whoosh.qparser import AndGroup, FuzzyTermPlugin, QueryParser
from whoosh.qparser.common import QueryParserError

from index.store.analyzer import STOP_WORDS, cached_stem, normalise_query, word_text
from index.store.schema import TEXT_FIELDS, make_schema

FIELDS = ("actor", "date", "doc", "quote", "section", "source", "speaker", "title")
"""Field names a query may use as `field:value`."""
OPERATORS = ("AND", "OR", "NOT", "ANDNOT")
MAX_LENGTH = 1000
"""Characters a query may have."""
MAX_DEPTH = 16
"""Parentheses a query may nest."""
MIN_PREFIX = 2
"""Letters needed before `*`: shorter prefixes expand to most of the vocabulary."""

_LEXEME = re.compile(r'"[^"]*"?|\[[^\]]*\]?|[()]|[^\s()"\[]+(?:\[[^\]]*\]?)?')
_FIELD = re.compile(r"^([A-Za-z_]+):(.*)$")
_FUZZY = re.compile(r"~(\d+)(?:/\d+)?$")
_WILDCARD = re.compile(r"[*?]")

_NAMES = (q.Term, q.Phrase)
Resolver = Callable[[str, str], list[q.Query]]
"""Maps a field (`actor`/`speaker`) and a typed name to a query per actor it stands for."""


class QueryError(ValueError):
    """A query that cannot be run, with a one-line message for the analyst."""


def check(text: str) -> None:
    """Raise QueryError with a short message if `text` is not a well-formed query."""
    if len(text) > MAX_LENGTH:
        raise QueryError(f"query too long ({len(text):,} characters; at most {MAX_LENGTH:,})")
    lexemes = _LEXEME.findall(text)
    if not lexemes:
        raise QueryError("empty query")
    _check_balance(lexemes)
    for i, lexeme in enumerate(lexemes):
        if lexeme in OPERATORS:
            _check_operator(lexemes, i)
        elif not lexeme.startswith(('"', "(", ")")):
            _check_word(lexeme, lexemes[i + 1] if i + 1 < len(lexemes) else "")


def _check_balance(lexemes: list[str]) -> None:
    depth = 0
    for lexeme in lexemes:
        if lexeme.startswith('"') and (len(lexeme) == 1 or not lexeme.endswith('"')):
            raise QueryError('unclosed quotation mark (")')
        if "[" in lexeme and not lexeme.endswith("]"):
            raise QueryError("unclosed range: [a TO b] needs its ]")
        depth += (lexeme == "(") - (lexeme == ")")
        if depth > MAX_DEPTH:
            raise QueryError(f"too many nested parentheses (at most {MAX_DEPTH})")
        if depth < 0:
            raise QueryError("unbalanced parenthesis: ) without (")
    if depth:
        raise QueryError("unbalanced parenthesis: ( without )")


def _is_term(lexeme: str, opening: bool) -> bool:
    bracket = "(" if opening else ")"
    return lexeme == bracket or (lexeme not in OPERATORS and lexeme not in "()")


def _check_operator(lexemes: list[str], i: int) -> None:
    before = lexemes[i - 1] if i else ""
    after = lexemes[i + 1] if i + 1 < len(lexemes) else ""
    if not after or not (_is_term(after, opening=True) or after == "NOT"):
        raise QueryError(f"{lexemes[i]} needs a term after it")
    if lexemes[i] != "NOT" and not (before and _is_term(before, opening=False)):
        raise QueryError(f"{lexemes[i]} needs a term before it")


def _check_word(lexeme: str, following: str) -> None:
    field = _FIELD.match(lexeme)
    if field:
        name, lexeme = field.groups()
        if name.lower() not in FIELDS:
            raise QueryError(f"unknown field {name}: (fields: {', '.join(FIELDS)})")
        if not lexeme and not following.startswith(('"', "(")):
            raise QueryError(f"{name}: needs a value")
    fuzzy = _FUZZY.search(lexeme)
    if fuzzy and not 1 <= int(fuzzy.group(1)) <= 2:
        raise QueryError("fuzzy distance must be 1 or 2 (word~ or word~2)")
    wildcard = _WILDCARD.search(lexeme)
    if wildcard and wildcard.start() < MIN_PREFIX and not lexeme.startswith("["):
        raise QueryError(f"type at least {MIN_PREFIX} letters before * or ?")


_MINUS = re.compile(r'"[^"]*"|(?<![^\s(])-(?=[^\s\-)\d])')
"""A quoted phrase (left as it is), or a `-` opening a word: `wall -concrete`."""


def minus_as_not(text: str) -> str:
    """`-word` as `NOT word`, as search engines read it (`wall -concrete`); a hyphen
    inside a word ("al-Sudani"), a minus before a number or inside quotes stays."""
    return _MINUS.sub(lambda m: m.group() if m.group().startswith('"') else "NOT ", text)


def parse(text: str, resolve: Resolver | None = None) -> q.Query:
    """The Whoosh query for `text`; raises QueryError if it is malformed."""
    text = minus_as_not(normalise_query(text))
    check(text)
    parser = QueryParser("text", make_schema(), group=AndGroup)
    parser.add_plugin(FuzzyTermPlugin())
    try:
        parsed = parser.parse(text)
        rewritten = _rewrite(parsed, resolve).normalize()
    except QueryError:
        raise
    except QueryParserError as error:
        raise QueryError(str(error).splitlines()[0] or "malformed query") from error
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as error:
        raise QueryError("this query cannot be read; check its operators and quotes") from error
    _check_dates(rewritten)
    return _days(rewritten).normalize()


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _days(query: q.Query) -> q.Query:
    """Date ranges and dates as ranges of the numeric `day` field: one range query walks
    a few index terms, where a range of date strings would walk every date in it."""

    def visit(node: q.Query) -> q.Query:
        if node.field() != "date":
            return node
        if isinstance(node, q.TermRange):
            low = _day_bound(node.start, first=True)
            high = _day_bound(node.end, first=False)
            return q.NumericRange("day", low, high, constantscore=True, boost=node.boost)
        if type(node) is q.Term:
            low, high = _day_bound(node.text, True), _day_bound(node.text, False)
            return q.NumericRange("day", low, high, constantscore=True, boost=node.boost)
        return node

    return query.accept(visit)


def _day_bound(value: object, first: bool) -> int | None:
    """The first (or last) day a date value stands for, as yyyymmdd; None when open."""
    found = _DATE.match(str(value or "").rstrip("*"))
    if not found:
        return None
    year, month, day = found.group(1), found.group(2), found.group(3)
    month = month or ("01" if first else "12")
    day = day or ("01" if first else "31")
    return int(f"{year}{month}{day}")


def _check_dates(query: q.Query) -> None:
    """A date value must be a real date (YYYY, YYYY-MM or YYYY-MM-DD)."""
    for leaf in [query, *query.leaves()]:
        if leaf.field() != "date":
            continue
        values = [getattr(leaf, "start", None), getattr(leaf, "end", None)]
        values = values if isinstance(leaf, q.TermRange) else [getattr(leaf, "text", None)]
        for value in values:
            if value and not _valid_date(str(value).rstrip("*")):
                raise QueryError(f"invalid date {value!r}: write YYYY, YYYY-MM or YYYY-MM-DD")
        if isinstance(leaf, q.TermRange):
            low, high = _day_bound(values[0], first=True), _day_bound(values[1], first=False)
            if low and high and low > high:
                ends = f"{values[0]} TO {values[1]}"
                raise QueryError(f"the date range ends before it starts: {ends}")


def _valid_date(value: str) -> bool:
    found = _DATE.match(value)
    if not found:
        return False
    month, day = int(found.group(2) or 1), int(found.group(3) or 1)
    return 1 <= month <= 12 and 1 <= day <= 31


def _rewrite(query: q.Query, resolve: Resolver | None) -> q.Query:
    def visit(node: q.Query) -> q.Query:
        if type(node) is q.Term and node.fieldname in TEXT_FIELDS:
            return _stemmed(node)
        if node.field() in ("actor", "speaker") and resolve and isinstance(node, _NAMES):
            words = node.words if isinstance(node, q.Phrase) else [node.text]
            found = resolve(node.fieldname, " ".join(words))
            if not found:
                return q.NullQuery
            return found[0] if len(found) == 1 else q.Or(found)
        return node

    return query.accept(visit)


ABSENT = "\x00"
"""A word no text holds: an unknown word must make an And match nothing, where Whoosh
drops a NullQuery from an And and would widen the query."""


class Stemmed(q.Term):  # type: ignore[misc]
    """A plain word, as its stem: it matches every indexed word of that stem, which the
    engine looks up in the catalog ("fortify" finds "Fortifying")."""


def _stemmed(term: q.Term) -> q.Query:
    word = word_text(term.text)
    if word in STOP_WORDS or len(word) < 2:
        return q.NullQuery
    return Stemmed(term.fieldname, cached_stem(word), boost=term.boost)


def expand_stems(query: q.Query, words_of: Callable[[str], Sequence[str]]) -> q.Query:
    """`query` with each stemmed word replaced by the indexed words of its stem."""

    def visit(node: q.Query) -> q.Query:
        if not isinstance(node, Stemmed):
            return node
        words = words_of(node.text)
        terms = [q.Term(node.fieldname, w, boost=node.boost) for w in words]
        if not terms:
            return q.Term(node.fieldname, ABSENT)  # matches nothing, and And() keeps it
        return terms[0] if len(terms) == 1 else q.Or(terms)

    return query.accept(visit).normalize()
