"""An article's content digest: what decides whether its kept work still holds."""

from __future__ import annotations

import hashlib
from pathlib import Path


def digest_of(data: bytes, corpus_dir: Path, path: str) -> str:
    """The content digest of an article and its sidecar, which together decide its work."""
    digest = hashlib.blake2b(data, digest_size=16)
    sidecar = (corpus_dir / path).with_suffix(".toml")
    if sidecar.is_file():
        digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    return digest.hexdigest()
