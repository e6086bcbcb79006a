"""Turning an article's bytes into text: UTF-8 first, a byte-order mark when there is
one, a charset detector for the rest; only true binaries are refused.

Every warning names the file and says what was done, so an analyst knows which text
was decoded how.
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SNIFF = 8192
"""Bytes looked at to tell text from binary."""
BINARY_SHARE = 0.10
"""Share of control bytes (other than white space) above which a file is binary."""
LEGACY_CONTROL_SHARE = 0.01
"""The same share for bytes that are not UTF-8: text in a legacy encoding (Windows-1252,
KOI8-R…) holds next to no control bytes, while random or compressed bytes hold about
one in ten (26 of 256 values), too close to `BINARY_SHARE` to tell them apart by it."""
STRAY_CONTROLS = 2
"""Control bytes a short text may hold whatever its length (a DOS end-of-file mark)."""
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
LATIN_SHARE = 0.3
"""Below this share of bytes above 0x7f, text that Windows-1252 decodes is read so:
Latin-script text has few accented letters; Cyrillic or Greek text is mostly high bytes."""
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
"""Among plausible single-byte encodings, the Western ones are preferred: news in
Latin script is far more often Windows-1252 than a look-alike Central European page."""


def decode(data: bytes, name: str) -> tuple[str | None, list[str]]:
    """The text of an article's bytes (None for a binary file) and what was noticed."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            note = [] if encoding == "utf-8" else [f"{name}: decoded as {encoding.upper()}"]
            return _without_nul(text, name, note)
    if _utf16_without_bom(data):
        encoding = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        text = data.decode(encoding, errors="replace")
        return _without_nul(text, name, [f"{name}: decoded as {encoding.upper()}"])
    if _binary(data[:SNIFF]):
        return None, [f"{name}: skipped, looks like a binary file"]
    try:
        return _without_nul(data.decode("utf-8"), name, [])
    except UnicodeDecodeError as error:
        if _binary(data[:SNIFF], LEGACY_CONTROL_SHARE):
            return None, [f"{name}: skipped, looks like a binary file"]
        return _without_nul(*_detected(data, name, error.start))


def _utf16_without_bom(data: bytes) -> bool:
    """UTF-16 text without a mark: one byte of every pair is NUL in most pairs."""
    head = data[:SNIFF]
    if len(head) < 8:
        return False
    evens, odds = head[0::2], head[1::2]
    pairs = len(head) // 2
    return (
        max(evens.count(0), odds.count(0)) > 0.6 * pairs
        and min(evens.count(0), odds.count(0)) < 0.05 * pairs
    )


def _binary(head: bytes, share: float = BINARY_SHARE) -> bool:
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return bool(head) and controls > max(STRAY_CONTROLS, share * len(head))


def _detected(data: bytes, name: str, at: int) -> tuple[str, str, list[str]]:
    """Text that is not UTF-8: the detector's best guess, else Windows-1252."""
    high = sum(1 for b in data if b >= 0x80)
    if high < LATIN_SHARE * len(data):
        try:
            text = data.decode("cp1252")
            return text, name, [f"{name}: not UTF-8 (byte {at}); decoded as cp1252"]
        except UnicodeDecodeError:
            pass
    guess = None
    try:
        from charset_normalizer import from_bytes

        matches = from_bytes(data)
        names = [m.encoding for m in matches]
        western = next((n for n in names if n in _WESTERN), None)
        best = matches.best()
        guess = western or (best.encoding if best is not None else None)
    except ImportError:  # pragma: no cover - it is a dependency
        guess = None
    encoding = guess or "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding, text = "utf-8", data.decode("utf-8", errors="replace")
        return text, name, [f"{name}: invalid UTF-8 at byte {at}, undecodable bytes shown as �"]
    return text, name, [f"{name}: not UTF-8 (byte {at}); decoded as {encoding}"]


def _without_nul(text: str, name: str, notes: list[str]) -> tuple[str, list[str]]:
    """NUL characters shown as �, one for one, so every offset stays."""
    if "\x00" in text:
        notes = [*notes, f"{name}: NUL characters shown as �"]
        text = text.replace("\x00", "\ufffd")
    return text, notes
