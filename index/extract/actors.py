"""Actors: people, organisations and acting countries, with aliases merged. (stub)"""

from __future__ import annotations

from collections.abc import Sequence

from index.extract.aliases import AliasTable
from index.model import Actor, Document


def find_actors(documents: Sequence[Document], aliases: AliasTable) -> tuple[Actor, ...]:
    """Every actor named in the content passages of `documents`."""
    return ()
