"""The loader: decoding, metadata, sections and passages."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from index import Engine
from index.corpus import decode, load_corpus, paragraphs
from index.model import BODY, COMMENTS, FOOTER, FRONT, TITLE
from tests.conftest import CORPUS, DAMAGED

Writer = Callable[[dict[str, str | bytes]], Path]


def _by_id() -> dict[str, object]:
    return {doc.id: doc for doc in load_corpus(CORPUS)}


def test_bundled_corpus_matches_the_seeds_byte_for_byte() -> None:
    seeds = Path(__file__).parents[2] / "shared" / "seeds"
    if not seeds.is_dir():
        seeds = Path(__file__).parents[1].parent / "shared" / "seeds"
    for seed in sorted(seeds.glob("*.txt")):
        assert (CORPUS / seed.name).read_bytes() == seed.read_bytes()
    assert len(list(CORPUS.glob("*.txt"))) == 5


def test_document_ids_are_file_stems() -> None:
    docs = load_corpus(CORPUS)
    assert [d.id for d in docs] == sorted(p.stem for p in CORPUS.glob("*.txt"))


def test_header_line_gives_date_and_source() -> None:
    doc = next(d for d in load_corpus(CORPUS) if d.id == DAMAGED)
    assert (doc.meta.date, doc.meta.source) == ("2025-03-11", "Shafaq News")
    assert doc.passages[0].section == FRONT


def test_dateline_gives_source() -> None:
    doc = next(d for d in load_corpus(CORPUS) if d.id.startswith("001"))
    assert doc.meta.source == "Shafaq News"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border reopens\n2025-02-03 From: Reuters\n\nThe border reopened on Monday.",
         ("Border reopens", "2025-02-03", "Reuters", "")),
        ("Title: Wall finished\nDate: 2025-02-04T09:30:00Z\nSource: AFP\n"
         "URL: https://example.org/a\n\nThe wall was finished on Tuesday.",
         ("Wall finished", "2025-02-04", "AFP", "https://example.org/a")),
        ("Published: 2025-13-45\nSource: AFP\n\nThe wall was finished on Tuesday.",
         ("Published: 2025-13-45", "", "AFP", "")),
    ],
)  # fmt: skip
def test_front_matter_lines_give_metadata_and_a_one_line_title(
    write_corpus: Writer, text: str, expected: tuple[str, str, str, str]
) -> None:
    (doc,) = load_corpus(write_corpus({"a.txt": text}))
    assert (doc.meta.title, doc.meta.date, doc.meta.source, doc.meta.url) == expected
    assert doc.passage_text(doc.passages[-1]).startswith("The ")


def test_duplicated_title_footer_and_comments() -> None:
    doc = next(d for d in load_corpus(CORPUS) if d.id.startswith("004"))
    sections = [p.section for p in doc.passages]
    assert doc.meta.title.startswith("Fearing An Invasion By Terrorists")
    assert sections[:2] == [TITLE, FRONT]
    assert FOOTER in sections and sections[-1] == COMMENTS
    comments = [doc.passage_text(p) for p in doc.passages if p.section == COMMENTS]
    assert any("caliphate in anbar" in text for text in comments)
    assert all(p.section in (FOOTER, COMMENTS) for p in doc.passages[sections.index(FOOTER) :])


def test_sidecar_overrides_and_reports_bad_files(write_corpus: Writer) -> None:
    folder = write_corpus(
        {
            "a.txt": "Shafaq News/ Text.\n",
            "a.toml": 'source = "Reuters"\ndate = "2024-12-01"\n',
            "b.txt": "Body.\n",
            "b.toml": "source = = broken",
        }
    )
    warnings: list[str] = []
    docs = {d.id: d for d in load_corpus(folder, warnings.append)}
    assert (docs["a"].meta.source, docs["a"].meta.date) == ("Reuters", "2024-12-01")
    assert docs["b"].meta.source == ""
    assert len(warnings) == 1 and warnings[0].startswith("b.toml")


def test_sidecar_values_of_the_wrong_kind_are_ignored_with_a_warning(
    write_corpus: Writer, tmp_path: Path
) -> None:
    header = " date 2025-03-11 From: Shafaq News\n\nWall Title\n\nWalls along the border.\n"
    folder = write_corpus(
        {
            "a.txt": header,
            "a.toml": 'source = 42\ndate = "not-a-date"\ntitle = ["list"]\nurl = "https://x.org"\n',
            "b.txt": header,
            "b.toml": 'source = "Reuters"\ndate = "2025-02-30"\n',
            "c.txt": header,
            "c.toml": "date = 2025-10-02\n",
            "d.txt": header,
            "d.toml": 'date = "2024-13"\n',
            "e.txt": header,
            "e.toml": 'date = "2024-06"\n',
        }
    )
    messages: list[str] = []
    engine = Engine.open(folder, cache_root=tmp_path / "cache", warn=messages.append)
    a, b, c = engine.meta("a"), engine.meta("b"), engine.meta("c")
    assert (a.source, a.date, a.title, a.url) == (
        "Shafaq News",
        "2025-03-11",
        "Wall Title",
        "https://x.org",
    )
    assert (b.source, b.date) == ("Reuters", "2025-03-11")
    assert (c.date, engine.meta("d").date, engine.meta("e").date) == (
        "2025-10-02",
        "2025-03-11",
        "2024-06",
    )
    bad_date = "metadata field date ignored (not a real date as YYYY-MM-DD, YYYY-MM or YYYY)"
    assert sorted(messages) == [
        f"a.toml: {bad_date}",
        "a.toml: metadata field source ignored (not a string)",
        "a.toml: metadata field title ignored (not a string)",
        f"b.toml: {bad_date}",
        f"d.toml: {bad_date}",
    ]
    assert [h.doc for h in engine.search("date:2025-10-02").hits] == ["c"]


def test_an_unreadable_sub_folder_is_skipped_with_a_warning(
    write_corpus: Writer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = write_corpus({"a.txt": "Wall.\n", "sub/b.txt": "Wall.\n", "sub/in/c.txt": "Wall.\n"})
    (folder / "notes").mkdir()  # no article in it
    listing = os.scandir
    locked = {str(folder / "sub")}

    def scandir(path: str) -> object:  # as chmod 000 would, were the tests not run as root
        if os.fspath(path) in locked:
            raise PermissionError(13, "Permission denied", path)
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    said = "sub/: skipped, cannot be read (Permission denied)"
    warnings: list[str] = []
    assert [d.id for d in load_corpus(folder, warnings.append)] == ["a"]
    assert warnings == [said]
    for _ in range(2):  # the index says so too, each time it is opened
        engine = Engine.open(folder, cache_root=tmp_path / "cache", warn=warnings.append)
        assert engine.doc_ids == ("a",) and engine.warnings == (said,)
    locked.add(str(folder / "notes"))  # unreadable, and no article lost: said all the same
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    assert engine.warnings == ("notes/: skipped, cannot be read (Permission denied)", said)
    locked.clear()  # readable again: indexed, not said
    engine = Engine.open(folder, cache_root=tmp_path / "cache")
    assert engine.doc_ids == ("a", "sub/b", "sub/in/c") and engine.warnings == ()
    assert Engine.open(folder, cache_root=tmp_path / "cache").report is None


def test_invalid_utf8_is_decoded_with_a_warning_and_binary_is_skipped(write_corpus: Writer) -> None:
    folder = write_corpus(
        {"bad.txt": b"caf\xe9 wall\n", "bin.txt": b"\x00\x01\x02wall", "ok.txt": "wall"}
    )
    warnings: list[str] = []
    docs = {d.id: d for d in load_corpus(folder, warnings.append)}
    assert set(docs) == {"bad", "ok"}
    assert docs["bad"].text == "café wall\n"
    assert any(w.startswith("bad.txt") and "cp1252" in w for w in warnings)
    assert any(w.startswith("bin.txt") and "binary" in w for w in warnings)


def test_bom_and_crlf_keep_offsets_in_the_decoded_text(write_corpus: Writer) -> None:
    folder = write_corpus(
        {"crlf.txt": "\ufeffTitle Line\r\n\r\nFirst para.\r\n\r\nSecond para.\r\n".encode()}
    )
    doc = load_corpus(folder)[0]
    texts = [doc.passage_text(p) for p in doc.passages]
    assert texts == ["Title Line", "First para.", "Second para."]
    assert not doc.text.startswith("\ufeff")
    assert doc.text[doc.passages[1].start :].startswith("First para.\r\n")


def test_hard_wrapped_text_keeps_paragraphs_whole() -> None:
    text = "one two three\nfour five six\n\nseven eight\nnine ten\n"
    spans = paragraphs(text)
    assert [text[p.start : p.end] for p in spans] == [
        "one two three\nfour five six",
        "seven eight\nnine ten",
    ]


def test_passages_cover_the_text_in_order_with_original_offsets() -> None:
    for doc in load_corpus(CORPUS):
        starts = [p.start for p in doc.passages]
        assert starts == sorted(starts)
        for passage in doc.passages:
            assert doc.passage_text(passage).strip() == doc.passage_text(passage)
            assert doc.passage_text(passage)


def test_decode_names_the_file() -> None:
    text, warnings = decode(b"\xff\xfeabc", "x.txt")
    assert text is not None and warnings and warnings[0].startswith("x.txt")


def test_missing_sections_default_to_body(write_corpus: Writer) -> None:
    folder = write_corpus({"plain.txt": "A sentence that ends.\nAnother one follows here.\n"})
    assert {p.section for p in load_corpus(folder)[0].passages} == {BODY}


@pytest.mark.parametrize(
    ("data", "text", "noted"),
    [
        ("\ufeffCafé wall".encode("utf-16-le"), "Café wall", "UTF-16-LE"),
        ("\ufeffCafé wall".encode("utf-16-be"), "Café wall", "UTF-16-BE"),
        ("Café wall and the border".encode("utf-16-le"), "Café wall and the border", "UTF-16"),
        ("Café".encode("utf-32"), "Café", "UTF-32"),
        (
            "“Café” – a wall on the border".encode("cp1252"),
            "“Café” – a wall on the border",
            "cp1252",
        ),
        ("Привет мир, это текст".encode("cp1251"), "Привет мир, это текст", "cp1251"),
        (b"A\x00 wall of text and more", "A\ufffd wall of text and more", "NUL"),
    ],
)
def test_other_encodings_are_read_and_said(data: bytes, text: str, noted: str) -> None:
    decoded, notes = decode(data, "x.txt")
    assert decoded == text
    assert any(noted in note for note in notes)


def test_only_true_binaries_are_skipped() -> None:
    assert decode(b"\x89PNG\r\n\x1a\n" + bytes(300), "x.png.txt")[0] is None
    assert decode(bytes(range(256)) * 8, "x.txt")[0] is None


def test_a_short_legacy_text_with_a_stray_control_byte_is_read() -> None:
    text, notes = decode("café au lait".encode("cp1252") + b"\x1a", "x.txt")
    assert text == "café au lait\x1a" and any("cp1252" in note for note in notes)


def test_random_bytes_are_skipped_as_binary_whatever_their_share_of_control_bytes() -> None:
    # random bytes hold about 10 % control bytes, at the line drawn for UTF-8 text;
    # bytes that are not UTF-8 are held to a far lower share
    rng = random.Random(3)
    for size in (300, 2000, 9000):
        for _ in range(40):
            assert decode(rng.randbytes(size), "x.txt")[0] is None
