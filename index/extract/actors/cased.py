"""Organisation names written in lower case ("the popular mobilization forces").

Capitals find names; a writer who lower-cases a known organisation's name still names
it. A multi-word organisation name the alias table knows, or that the article itself
writes capitalised, is linked wherever the article writes it in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from index.extract.names.aliases import AliasTable
from index.model import Document

if TYPE_CHECKING:
    from index.extract.actors.candidates import Candidate

_ORGANIZATION = "organization"


def lowercase_candidates(
    doc: Document,
    ranges: Sequence[tuple[int, int]],
    found: Sequence[Candidate],
    aliases: AliasTable,
) -> Iterator[Candidate]:
    """Organisations named in lower case in the (repaired) `ranges` of `doc`."""
    from index.extract.actors.candidates import Candidate

    patterns = [aliases.lowercase_pattern]
    own = sorted({c.name for c in found if c.kind == _ORGANIZATION and " " in c.name}, key=len)
    if own:
        patterns.append(_pattern(own))
    view = doc.repaired
    for start, end in ranges:
        for pattern in patterns:
            if pattern is None:
                continue
            for match in pattern.finditer(view.text, start, end):
                s, e = view.to_original(match.start()), view.to_original(match.end() - 1) + 1
                yield Candidate(doc.id, s, e, doc.text[s:e], _ORGANIZATION)


def _pattern(names: Sequence[str]) -> re.Pattern[str]:
    """Names written with a lower-case first letter, in any case after it."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?=[a-z])(?i:{alternatives})(?![\w’'-])")
