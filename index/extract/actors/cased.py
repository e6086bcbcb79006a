"""Organisation names written in lower case ("the popular mobilization forces").

Capitals find names; a writer who lower-cases a known organisation's name still names
it. A multi-word organisation name the alias table knows, or that the article itself
writes capitalised, is linked wherever the article writes it in lower case.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from index.extract.names.aliases import AliasTable
from index.model import Document

if TYPE_CHECKING:
    from index.extract.actors.candidates import Candidate

_ORGANIZATION = "organization"
_INNER = frozenset("’'-")


def lowercase_candidates(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    found: Sequence[Candidate],
    aliases: AliasTable,
) -> Iterator[Candidate]:
    """Organisations named in lower case in the (repaired) `ranges` of `doc`."""
    from index.extract.actors.candidates import Candidate

    view = doc.repaired
    lower = view.text.lower()
    own = {c.name.lower() for c in found if c.kind == _ORGANIZATION and " " in c.name}
    present = (n for n in own | aliases.lowercase_names if n in lower)
    names = sorted(present, key=len, reverse=True)
    if not names:
        return
    for start, end in ranges:
        for s, e in find_words(view.text, lower, names, start, end):
            if view.text[s].islower():
                s, e = view.to_original(s), view.to_original(e - 1) + 1
                yield Candidate(doc.id, s, e, doc.text[s:e], _ORGANIZATION)


def find_words(
    text: str, lower: str, names: Iterable[str], start: int, end: int
) -> Iterator[tuple[int, int]]:
    """Where the lower-cased `names` stand as whole words in `text[start:end]`, longest
    first, without overlaps; `lower` is `text.lower()`."""
    taken: list[tuple[int, int]] = []
    for name in names:
        at = lower.find(name, start, end)
        while at != -1:
            stop = at + len(name)
            if _whole(text, at, stop) and not any(s < stop and at < e for s, e in taken):
                taken.append((at, stop))
            at = lower.find(name, stop, end)
    return iter(sorted(taken))


def _whole(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in _INNER or after.isalnum() or after in _INNER)
