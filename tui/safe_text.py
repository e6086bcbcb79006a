"""Untrusted text made safe to put on a terminal, one character for one character.

Control characters (ESC, BEL, backspace, C1 controls, DEL…) would move the cursor or
restyle the screen; each becomes a visible placeholder of the same length, so every
offset into the original text still points at the same character.
"""

from __future__ import annotations

_C0_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
_TABLE = _C0_PICTURES | {0x7F: "␡"} | {code: "␦" for code in range(0x80, 0xA0)}
_TABLE |= {0x2028: "↵", 0x2029: "¶", 0x200B: "·", 0xFEFF: "·", 0x202E: "⇆", 0x202D: "⇆"}


def visible(text: str) -> str:
    """`text` with every control character replaced by a visible placeholder."""
    return text.translate(_TABLE)
