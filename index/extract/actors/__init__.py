"""Actors: people, organisations and acting countries, with aliases merged.

Name spans (`names.spans`) → typed candidates (`candidates`, `evidence`, `national`) →
keys within each document (`local_keys`) → sets of keys merged across documents into
`Actor` records (`merge`); `find` runs the per-document part (`document_keys`) and the
corpus-wide part (`merge_actors`).
"""

from __future__ import annotations

from index.extract.actors.find import ActorMerge, document_keys, merge_actors

__all__ = ["ActorMerge", "document_keys", "merge_actors"]
