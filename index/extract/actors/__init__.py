"""Actors: people, organisations and acting countries, with aliases merged.

Name spans (`names.spans`) → typed candidates (`candidates`, `evidence`, `national`) →
keys within each document (`local_keys`) → sets of keys merged across documents into
`Actor` records (`merge`); `find` runs the pipeline over a corpus.
"""

from __future__ import annotations

from index.extract.actors.find import find_actors

__all__ = ["find_actors"]
