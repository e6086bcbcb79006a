"""The one output sanitiser: corpus text made safe for a terminal, a file or JSON.

Control characters (ESC, BEL, C1…) would move the cursor, restyle the screen or talk to
the terminal (OSC 52); bidi controls reorder what is shown; zero-width characters hide
text. For people, each becomes a visible placeholder of the same length, so every offset
into the original text still points at the same character. In JSON they stay exact but
are written as `\\uXXXX` escapes, so no raw byte of them ever reaches a stream.
"""

from __future__ import annotations

import json
import re
from typing import Any

_C0 = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
_C1 = {code: "␦" for code in range(0x80, 0xA0)}
_BIDI = {code: "⇆" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_BIDI |= {0x200E: "⇆", 0x200F: "⇆", 0x061C: "⇆"}
_INVISIBLE = {code: "·" for code in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)}
_SEPARATORS = {0x2028: "↵", 0x2029: "¶", 0x7F: "␡"}
_TABLE = _C0 | _C1 | _BIDI | _INVISIBLE | _SEPARATORS
_ONE_LINE = _TABLE | {ord("\n"): " ", ord("\t"): " ", ord("\r"): " "}

UNSAFE = frozenset(map(chr, _TABLE))
"""Every character that never reaches an output raw."""
_UNSAFE_RE = re.compile("[" + re.escape("".join(sorted(UNSAFE))) + "]")


def visible(text: str) -> str:
    """`text` with every unsafe character replaced by a visible placeholder (same length);
    the carriage return of a CRLF line end becomes a space."""
    return text.replace("\r\n", " \n").translate(_TABLE)


def one_line(text: str) -> str:
    """`visible(text)` on one line: newlines and tabs become spaces (a TSV cell, a status)."""
    return text.replace("\r\n", " \n").translate(_ONE_LINE)


def is_safe(text: str) -> bool:
    """Whether `text` holds no unsafe character."""
    return _UNSAFE_RE.search(text) is None


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def to_json(data: Any, indent: int | None = 2) -> str:
    """`data` as JSON, exact, readable (non-ASCII kept) and with every unsafe character
    escaped as `\\uXXXX`, C1 controls and bidi marks included."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _UNSAFE_RE.sub(_escape, text)
