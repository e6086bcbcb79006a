"""Article metadata: what the text itself states, overridden by an optional TOML sidecar."""

from __future__ import annotations

import datetime
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
_ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def header_metadata(line: str) -> Metadata | None:
    """Metadata from a header line like ` date 2025-03-11 … From: Shafaq News`, or a
    block of front-matter lines ("Date: 2025-02-04", "Source: AFP", "Title: …")."""
    match = _HEADER.match(line)
    if match is not None:
        return Metadata(source=(match["source"] or "").strip(), date=match["date"])
    found, rest = front_matter(line)
    return found if not rest and found != Metadata() else None


_FIELD = re.compile(
    r"^\s*(?P<key>title|headline|date|published|publication date|source|publisher|outlet"
    r"|url|link)\s*:\s*(?P<value>\S.*?)\s*$",
    re.IGNORECASE,
)
_DATED = re.compile(
    r"^\s*(?:date\s+)?(?P<date>\d{4}-\d{2}-\d{2})(?:[ T][\d:.]+Z?)?\s*(?:[-–|,]\s*)?"
    r"(?:(?:from|source)\s*:\s*(?P<source>\S.*?))?\s*$",
    re.IGNORECASE,
)
_KEYS = {
    "title": "title", "headline": "title", "date": "date", "published": "date",
    "publication date": "date", "source": "source", "publisher": "source", "outlet": "source",
    "url": "url", "link": "url",
}  # fmt: skip


def front_matter(block: str) -> tuple[Metadata, str]:
    """What the metadata lines of a block state ("Date: 2025-02-04", "Source: AFP",
    "2025-02-03 From: Reuters"), and its other lines: "Border reopens⏎2025-02-03 From:
    Reuters" is titled "Border reopens", dated and sourced. A date that is not a real day
    is no metadata."""
    fields: dict[str, str] = {}
    rest = []
    for line in block.splitlines():
        field, dated = _FIELD.match(line), _DATED.match(line)
        if field is not None:
            key, value = _KEYS[field["key"].lower()], field["value"]
            if key == "date":
                value = value[:10]
                if not _real_date(value):
                    rest.append(line)
                    continue
            fields.setdefault(key, value)
        elif dated is not None and _real_date(dated["date"]):
            fields.setdefault("date", dated["date"])
            if dated["source"]:
                fields.setdefault("source", dated["source"])
        elif line.strip():
            rest.append(line)
    return Metadata(**fields), "\n".join(rest)


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
    """Override `meta` with the non-empty fields of the article's sidecar, if any; a
    field of the wrong type, or a date that is not a real day (or month, or year), is left
    out with a warning."""
    path = sidecar_path(article)
    if not path.is_file():
        return meta, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
        return meta, [f"{path.name}: metadata ignored ({_first_line(error)})"]
    fields: dict[str, str] = {}
    warnings: list[str] = []
    for key in SIDECAR_FIELDS:
        if key not in data:
            continue
        value, problem = _sidecar_value(key, data[key])
        if problem:
            warnings.append(f"{path.name}: metadata field {key} ignored ({problem})")
        elif value:
            fields[key] = value
    unknown = sorted(set(data) - set(SIDECAR_FIELDS))
    if unknown:
        warnings.append(f"{path.name}: unknown metadata field(s) {', '.join(unknown)}")
    return replace(meta, **fields), warnings


def _sidecar_value(key: str, value: object) -> tuple[str, str]:
    """A sidecar field's value as text, or why it is not one: every field is a string,
    and `date` a real day written YYYY-MM-DD, or a month or a year (a TOML date is taken
    as a day)."""
    if key == "date" and isinstance(value, datetime.date):
        day = value.date() if isinstance(value, datetime.datetime) else value
        return day.isoformat(), ""
    if not isinstance(value, str):
        return "", "not a string"
    text = value.strip()
    if key == "date" and text and not _real_date(text):
        return "", "not a real date as YYYY-MM-DD, YYYY-MM or YYYY"
    return text, ""


def _real_date(text: str) -> bool:
    found = _ISO_DATE.fullmatch(text)
    if found is None:
        return False
    year, month, day = found.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__
