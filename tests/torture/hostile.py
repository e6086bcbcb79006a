"""The hostile folder: every kind of bad file issue 10 lists, beside the bundled articles.

`build` writes it and returns what each entry is and what should become of it: indexed
(and then found by its own word), skipped with a reason, or no article at all (a
folder, a FIFO, a symlink that leads nowhere).
"""

from __future__ import annotations

import codecs
import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from index.corpus import display_path
from tests.torture.harness import BUNDLED

ESC = "\x1b"
OSC52 = f"{ESC}]52;c;SElKQUNLRUQ={ESC}\\"
"""Printed raw, puts "HIJACKED" on the terminal's clipboard."""
HOSTILE_TEXT = (
    f" date 2025-03-11 10:00 From: [link=file:///etc/passwd]Reuters[/link]{OSC52}\x07\n\n"
    "Border [/y] wall\u202e news\x9b2J\u2066title\u2069\n\n"
    "General Karim Hadi, the [/y] commander of the Border Guards\u2066, said on Monday "
    f"that the wall {ESC}[31mholds\u200b[0m and the\u200c fence\u200d stands\u2060.\n\n"
    '"The wall [link=file:///etc/passwd]x[/link] holds '
    f'{OSC52} firm\u2067," Hadi said.\n\n'
    "Colonel Sami Rashid, the [bold]deputy[/bold] commander\x85 of the brigade, said "
    '"the wall\u202c is 600 kilometers long\x1b[2J" on Tuesday.\n\n'
    "The border with Syria is 600 kilometers long, Hadi\u200f added.\n"
)
"""Escape sequences, C1, bidi and zero-width characters and Rich markup in the header
(`From:` source), the title, roles, quotations and a figure's sentence."""
HOSTILE_SIDECAR = (
    'source = "Agency \\u001b[2J[bold]x[/bold]\\u009b"\n'
    'title = "Wall \\u001b]52;c;SElKQUNLRUQ=\\u0007 [/x] \\u202e end"\n'
)
WALL = "The wall on the border with Syria stands, officials said.\n"


@dataclass(frozen=True)
class Entry:
    """One thing put in the folder."""

    name: str
    """As the warnings name it (`display_path`: undecodable bytes as \\xNN, a backslash
    doubled)."""
    kind: str
    expect: str
    """"indexed", "skipped", "not an article" or "untestable: why"."""
    word: str = ""
    """A word only this article holds, to find it by once indexed."""


def _article(word: str, extra: str = "") -> str:
    return f"A plain title {word}\n\n{WALL}The {word} report{extra} is here.\n"


def build(folder: Path) -> list[Entry]:
    """Write the hostile folder; what each entry is and should become."""
    folder.mkdir(parents=True)
    entries: list[Entry] = []

    def put(name: str, data: bytes | str, kind: str, expect: str, word: str = "") -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        entries.append(Entry(display_path(name), kind, expect, word))

    for source in sorted(BUNDLED.glob("*.txt")):
        shutil.copy(source, folder / source.name)
        entries.append(Entry(source.name, "bundled article", "indexed"))
    put(
        os.fsdecode(b"bad\xff\xfename.txt"),
        _article("zqbdnmx"),
        "undecodable name",
        "indexed",
        "zqbdnmx",
    )
    put(f"osc{OSC52}.txt", _article("zqscnmx"), "OSC 52 in the name", "indexed", "zqscnmx")
    put(
        "csi\x1b[2J\x9b31m\u202egnp.txt",
        _article("zqcsnmx"),
        "CSI, C1, bidi in the name",
        "indexed",
        "zqcsnmx",
    )
    put(
        "new\nline\x07.txt",
        _article("zqnwlnx"),
        "newline and BEL in the name",
        "indexed",
        "zqnwlnx",
    )
    put("hostile.txt", HOSTILE_TEXT, "escapes, bidi, markup in text/title/source/roles", "indexed")
    put("sidecar.txt", _article("zqsdcrx"), "hostile sidecar", "indexed", "zqsdcrx")
    put("sidecar.toml", HOSTILE_SIDECAR, "sidecar with escapes and markup", "sidecar")
    text16 = _article("zqtfslx", " Café")
    put(
        "utf16le-bom.txt",
        codecs.BOM_UTF16_LE + text16.encode("utf-16-le"),
        "UTF-16 LE + BOM",
        "indexed",
        "zqtfslx",
    )
    text16be = _article("zqtfsbx", " Café")
    put(
        "utf16be-bom.txt",
        codecs.BOM_UTF16_BE + text16be.encode("utf-16-be"),
        "UTF-16 BE + BOM",
        "indexed",
        "zqtfsbx",
    )
    put(
        "utf16le-nobom.txt",
        _article("zqnbmx").encode("utf-16-le"),
        "UTF-16 LE without BOM",
        "indexed",
        "zqnbmx",
    )
    put("utf32.txt", _article("zqtfttx").encode("utf-32"), "UTF-32 (BOM)", "indexed", "zqtfttx")
    put(
        "utf8-bom.txt",
        codecs.BOM_UTF8 + _article("zqtfbmx").encode(),
        "UTF-8 + BOM",
        "indexed",
        "zqtfbmx",
    )
    put(
        "latin1.txt",
        _article("zqltnx", " Café à Zürich").encode("latin-1"),
        "Latin-1",
        "indexed",
        "zqltnx",
    )
    put(
        "cp1252.txt",
        _article("zqcpwx", " “Café” – naïve").encode("cp1252"),
        "Windows-1252",
        "indexed",
        "zqcpwx",
    )
    put(
        "nul-near-start.txt",
        "ab\x00" + _article("zqnlx"),
        "NUL byte near the start",
        "indexed",
        "zqnlx",
    )
    put(
        "crlf.txt",
        _article("zqcrlfx").replace("\n", "\r\n"),
        "CRLF line ends",
        "indexed",
        "zqcrlfx",
    )
    put("cr-only.txt", _article("zqcrnx").replace("\n", "\r"), "CR line ends", "indexed", "zqcrnx")
    put("UPPER.TXT", _article("zqpprx"), "upper-case .TXT", "indexed", "zqpprx")
    put("binary.txt", random.Random(7).randbytes(20_000), "true binary (random bytes)", "skipped")
    put("elf.txt", Path("/bin/true").read_bytes()[:50_000], "true binary (ELF)", "skipped")
    put("empty.txt", b"", "empty file", "indexed or skipped")
    put("zero-sidecar.txt", _article("zqzrsx"), "article of a 0-byte sidecar", "indexed", "zqzrsx")
    put("zero-sidecar.toml", b"", "0-byte sidecar", "sidecar")
    put(
        "bad-sidecar.txt", _article("zqbdsx"), "article of a malformed sidecar", "indexed", "zqbdsx"
    )
    put(
        "bad-sidecar.toml",
        'source = "unclosed\ntitle = [1,\n',
        "malformed .toml sidecar",
        "sidecar",
    )
    put(
        "x.txt/inner.txt",
        _article("zqnnrx"),
        "article inside a folder named x.txt",
        "indexed",
        "zqnnrx",
    )
    entries.append(Entry("x.txt/", "folder named like an article", "not an article"))
    long_line = " ".join(["fortified borderline surveillance"] * 1500)
    put(
        "long-lines.txt",
        f"Long lines\n\nThe zqlnglx report.\n\n{long_line}\n\n{long_line}.\n",
        "two 50 KB lines",
        "indexed",
        "zqlnglx",
    )
    _specials(folder, entries)
    entries += [large(folder, "single-line", 10_000_000), large(folder, "article", 5_000_000)]
    return entries


def _specials(folder: Path, entries: list[Entry]) -> None:
    """Symlinks, a FIFO and an unreadable file."""
    (folder / "loop.txt").symlink_to("loop.txt")
    entries.append(Entry("loop.txt", "symlink to itself", "not an article"))
    (folder / "loop-a.txt").symlink_to("loop-b.txt")
    (folder / "loop-b.txt").symlink_to("loop-a.txt")
    entries.append(Entry("loop-a.txt", "symlink loop of two", "not an article"))
    entries.append(Entry("loop-b.txt", "symlink loop of two", "not an article"))
    (folder / "loopdir").symlink_to(".")
    entries.append(Entry("loopdir/", "symlink to its own folder", "not an article"))
    (folder / "dangling.txt").symlink_to("/nonexistent/article.txt")
    entries.append(Entry("dangling.txt", "dangling symlink", "not an article"))
    (folder / "zero.txt").symlink_to("/dev/zero")
    entries.append(Entry("zero.txt", "symlink to /dev/zero", "not an article"))
    os.mkfifo(folder / "fifo.txt")
    entries.append(Entry("fifo.txt", "FIFO named .txt", "not an article"))
    locked = folder / "unreadable.txt"
    locked.write_text(_article("zqnrdx"), encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:
        why = "untestable: running as root, chmod 000 does not stop reading"
        entries.append(Entry("unreadable.txt", "chmod 000", why, "zqnrdx"))
    else:
        entries.append(Entry("unreadable.txt", "chmod 000", "skipped"))


def large(folder: Path, kind: str, size: int) -> Entry:
    """A file of `size` bytes alone in `folder`: one line of words ("single-line"), or the
    bundled articles over and over ("article")."""
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "single-line":
        words = (BUNDLED / "000_20b81c80feff52ed.txt").read_text(encoding="utf-8").split()
        pick = random.Random(3)
        chunks, length = [], 0
        while length < size:
            chunk = " ".join(pick.choice(words) for _ in range(2000))
            chunks.append(chunk)
            length += len(chunk.encode()) + 1
        text = " ".join(chunks)
    else:
        article = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(BUNDLED.glob("*.txt")))
        text = "\n\n".join([article] * (size // len(article.encode()) + 1))
    data = text.encode("utf-8")[:size].decode("utf-8", "ignore").encode("utf-8")
    name = f"{kind}-{size // 100_000 / 10:g}MB.txt"
    (folder / name).write_bytes(data)
    what = "on one line" if kind == "single-line" else "article"
    return Entry(name, f"{len(data) / 1e6:.1f} MB {what}", "indexed or skipped")


def malformed_aliases(config: Path) -> None:
    """A malformed `aliases.toml` in the config folder."""
    (config / "aliases.toml").write_text('[[actor]\nname = "\x1b]52;c;x\x07\n', encoding="utf-8")
