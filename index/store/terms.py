"""The index terms that actors' mentions are filed under.

Extraction gives each mention a key local to its article (`P:<doc>:<n>` for a person,
`T:`/`O:`/`S:` keys that mean the same in every article). A person key becomes the
term of the person's full name as spelt (`full_name_id`): the cross-article merge joins
every person of one full name and never two names that one term holds, so every term
belongs to one actor, and a filter by actor is a handful of terms, whatever the size
of the corpus. Terms are hashed so that any name is a safe keyword.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Protocol

from index.extract.names.keys import full_name_id


class Named(Protocol):
    """What a candidate mention offers here: the name as written."""

    name: str


def local_terms(keyed: Iterable[tuple[Named, str]]) -> dict[str, str]:
    """The index term of each local key of one article."""
    keyed = list(keyed)
    full: dict[str, str] = {}
    for candidate, key in keyed:
        if key.startswith("P:") and key not in full and full_name_id(candidate.name):
            full[key] = f"N:{full_name_id(candidate.name)}"
    return {key: term_of(full.get(key, key)) for _, key in keyed}


def term_of(key: str) -> str:
    """A short, keyword-safe digest of a key."""
    return hashlib.blake2s(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def actor_terms(
    keyed: Iterable[tuple[Named, str]], key_to_actor: Mapping[str, str]
) -> dict[str, str]:
    """Each term of one article mapped to the actor its key merged into."""
    terms = local_terms(list(keyed))
    return {term: key_to_actor[key] for key, term in terms.items() if key in key_to_actor}
