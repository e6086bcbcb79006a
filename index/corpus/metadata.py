"""Article metadata: what the text itself states, overridden by an optional TOML sidecar."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path

from index.model import Metadata

SIDECAR_SUFFIX = ".toml"
SIDECAR_FIELDS = ("source", "date", "title", "url")

_HEADER = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b.*?(?:from:\s*(?P<source>[^\r\n]+?))?\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^\s*(?P<source>[A-Z][\w.&' ]{1,40}?)\s*/\s")
_WIRE = re.compile(r"^\s*[A-Z][A-Z .,'-]{2,40}\((?P<source>[A-Z][\w .&-]{1,30})\)\s*[-–—]")


def header_metadata(line: str) -> Metadata | None:
    """Metadata from a header line like ` date 2025-03-11 … From: Shafaq News`."""
    match = _HEADER.match(line)
    if match is None:
        return None
    return Metadata(source=(match["source"] or "").strip(), date=match["date"])


def dateline_source(paragraph: str) -> str:
    """The outlet named by a dateline ("Shafaq News/ …", "BAGHDAD (Reuters) - …"), or ""."""
    for pattern in (_DATELINE, _WIRE):
        match = pattern.match(paragraph)
        if match is not None:
            return match["source"].strip()
    return ""


def sidecar_path(article: Path) -> Path:
    """Where an article's optional metadata sidecar lives."""
    return article.with_suffix(SIDECAR_SUFFIX)


def apply_sidecar(meta: Metadata, article: Path) -> tuple[Metadata, list[str]]:
    """Override `meta` with the non-empty fields of the article's sidecar, if any."""
    path = sidecar_path(article)
    if not path.is_file():
        return meta, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
        return meta, [f"{path.name}: metadata ignored ({_first_line(error)})"]
    fields = {k: str(v).strip() for k, v in data.items() if k in SIDECAR_FIELDS and str(v).strip()}
    unknown = sorted(set(data) - set(SIDECAR_FIELDS))
    warnings = [f"{path.name}: unknown metadata field(s) {', '.join(unknown)}"] if unknown else []
    return replace(meta, **fields), warnings


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
