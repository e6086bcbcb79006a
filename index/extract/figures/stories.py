"""Stories: the articles that report one event, the only ones whose figures compare.

Two reports of "the death toll" compare only when they report the same earthquake. An
article's story evidence is what names it: the actors it mentions and the capitalised words
(places, ships, operations) of its title and of the sentences its figures come from. Two
articles are linked when the names they share are rare enough across the corpus (the sum
of ln(1 + N/df) over the shared names reaches `LINK_WEIGHT`: one name in at most
half the articles, or two anywhere) and, when both are dated, they
were published within `STORY_DAYS` of each other. Links are taken strongest first, and a
link that would stretch a story's dated articles over more than `STORY_DAYS` is dropped, so
a long series of reports on one topic does not chain into a single story. Cost: names held
by more than `COMMON_DF` articles are not used to link (they name a topic, not an event),
so the pairs looked at stay near-linear in the corpus size.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from index.extract.figures.measure_words import STOP
from index.model import Actor, Figure, Metadata

STORY_DAYS = 30
"""The longest time over which the dated articles of one story are published."""

LINK_WEIGHT = 1.0
"""The rarity the names two articles share must add up to (ln(1 + N/df) summed)."""

COMMON_DF = 48
"""Names held by more articles than this are not used to link articles."""

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_OPENERS = ".!?:;…“\"'‘(–—-"
_CALENDAR = frozenset(
    """january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday""".split()
)


@dataclass(frozen=True)
class Evidence:
    """What places one article in a story: its publication day and the names it uses."""

    day: int | None
    names: frozenset[str]


def figure_stories(
    figures: Sequence[Figure], named: Mapping[str, Iterable[str]], metas: Mapping[str, Metadata]
) -> dict[str, str]:
    """The story of every article that reports a figure (article id → story id, the id of
    the story's first article in `figures` order); `named` gives the ids of the actors
    each article names (see `actors_by_doc`)."""
    docs = list(dict.fromkeys(f.doc for f in figures))
    return partition(story_evidence(docs, figures, named, metas))


def actors_by_doc(actors: Iterable[Actor]) -> dict[str, set[str]]:
    """The ids of the actors each article names, from actors with their mentions."""
    named: dict[str, set[str]] = {}
    for actor in actors:
        for mention in actor.mentions:
            named.setdefault(mention.doc, set()).add(actor.id)
    return named


def story_evidence(
    docs: Sequence[str],
    figures: Sequence[Figure],
    named: Mapping[str, Iterable[str]],
    metas: Mapping[str, Metadata],
) -> dict[str, Evidence]:
    """The evidence of each article of `docs`: actors named, capitalised words of its title
    and of its figures' sentences, and its date."""
    names: dict[str, set[str]] = {
        doc: {f"actor:{actor_id}" for actor_id in named.get(doc, ())} for doc in docs
    }
    for figure in figures:
        if figure.doc in names:
            names[figure.doc].update(capitalised(figure.context))
    for doc in docs:
        meta = metas.get(doc)
        if meta is not None:
            names[doc].update(capitalised(meta.title, title=True))
    return {doc: Evidence(_day(metas.get(doc)), frozenset(names[doc])) for doc in docs}


def capitalised(text: str, *, title: bool = False) -> Iterator[str]:
    """Capitalised words that are not capitalised only for opening a sentence (a title's
    first word counts only when `title`), function words and calendar words left out."""
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper() or len(word) <= 2:
            continue
        at = match.start() - 1
        while at >= 0 and text[at].isspace():
            at -= 1
        opens = at < 0 or text[at] in _OPENERS
        lower = word.lower().replace("’", "'")
        if (title or not opens) and lower not in STOP and lower not in _CALENDAR:
            yield f"word:{lower}"


def partition(evidence: Mapping[str, Evidence]) -> dict[str, str]:
    """Articles grouped into stories: linked by rare shared names, within `STORY_DAYS`."""
    order = {doc: i for i, doc in enumerate(evidence)}
    parent = {doc: doc for doc in evidence}
    span = {doc: (e.day, e.day) for doc, e in evidence.items()}
    for _, a, b in sorted(_links(evidence)):
        root_a, root_b = _root(parent, a), _root(parent, b)
        if root_a == root_b:
            continue
        joined = _joined(span[root_a], span[root_b])
        if joined[0] is not None and joined[1] - joined[0] > STORY_DAYS:
            continue
        first, second = sorted((root_a, root_b), key=order.__getitem__)
        parent[second] = first
        span[first] = joined
    return {doc: _root(parent, doc) for doc in evidence}


def _links(evidence: Mapping[str, Evidence]) -> list[tuple[float, str, str]]:
    """(-weight, a, b) for every pair of articles close enough in date whose shared names
    weigh at least `LINK_WEIGHT`, or, in a corpus too small for that, as much as one name
    of two articles weighs."""
    holders: dict[str, list[str]] = defaultdict(list)
    for doc, e in evidence.items():
        for name in e.names:
            holders[name].append(doc)
    total = len(evidence)
    weights: Counter[tuple[str, str]] = Counter()
    for docs in holders.values():
        if 1 < len(docs) <= COMMON_DF:
            rarity = math.log(1 + total / len(docs))
            for a, b in combinations(sorted(docs), 2):
                weights[a, b] += rarity
    needed = min(LINK_WEIGHT, math.log(1 + total / 2))
    return [
        (-weight, a, b)
        for (a, b), weight in weights.items()
        if weight >= needed and _close(evidence[a].day, evidence[b].day)
    ]


def _close(a: int | None, b: int | None) -> bool:
    return a is None or b is None or abs(a - b) <= STORY_DAYS


def _joined(
    a: tuple[int | None, int | None], b: tuple[int | None, int | None]
) -> tuple[int | None, int | None]:
    lows = [d for d in (a[0], b[0]) if d is not None]
    highs = [d for d in (a[1], b[1]) if d is not None]
    return (min(lows), max(highs)) if lows else (None, None)


def _root(parent: dict[str, str], doc: str) -> str:
    while parent[doc] != doc:
        parent[doc] = parent[parent[doc]]
        doc = parent[doc]
    return doc


def _day(meta: Metadata | None) -> int | None:
    match = _DATE.search(meta.date) if meta is not None else None
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups())).toordinal()
    except ValueError:
        return None
