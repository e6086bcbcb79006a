"""Names in a heading: Title Case capitalises every word, so capitals show no name there.

A heading ("Minister Praises Army Rescue of Captain") is read for the national
institutions it names and for the names the article's body establishes, each taken as
the body reads it; a word the body never shows to be a name is none in its heading.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from index.extract.actors.cased import find_words
from index.extract.actors.national import institutions
from index.model import Document

if TYPE_CHECKING:
    from index.extract.actors.candidates import Candidate

_READ = {"person", "organization", "country", "mentioned"}
_LONE = "surname"


def heading_candidates(
    doc: Document, headings: Sequence[tuple[int, int]], body: Sequence[Candidate]
) -> Iterator[Candidate]:
    """Candidates in the headings (repaired ranges) of `doc`, after those of its body."""
    from index.extract.actors.candidates import Candidate, national_candidate

    known = _known(body)
    if not known:
        return
    view = doc.repaired
    lower = view.text.lower()
    names = sorted(known, key=len, reverse=True)
    for start, end in headings:
        taken = [national_candidate(doc, i) for i in institutions(view.text, start, end)]
        yield from taken
        for at, stop in find_words(view.text, lower, names, start, end):
            s, e = view.to_original(at), view.to_original(stop - 1) + 1
            if any(c.start < e and s < c.end for c in taken):
                continue
            model = known[lower[at:stop]]
            yield Candidate(doc.id, s, e, doc.text[s:e], model.kind, canonical=model.canonical)


def _known(body: Sequence[Candidate]) -> dict[str, Candidate]:
    """The body's names by loose key: people, organisations, countries, and lone names that
    are words of its people's names."""
    words = {w for c in body if c.kind == "person" for w in c.name.split()}
    kept = [c for c in body if c.kind in _READ or (c.kind == _LONE and c.name in words)]
    surnames = [replace(c, name=c.name.split()[-1], kind=_LONE) for c in kept if _named(c)]
    return {_key(c.name): c for c in [*surnames, *kept] if len(c.name) > 2 and not c.canonical}


def _named(c: Candidate) -> bool:
    return c.kind == "person" and " " in c.name


def _key(name: str) -> str:
    return name.lower()
