"""The segment writer's pool of postings (`index.store.pool`) against Whoosh's own."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from index.repair import Vocabulary
from index.store import pool
from index.store.article import analyse, read_summary
from index.store.build import alias_table
from index.store.pool import TermPool, Writer
from index.store.schema import make_schema
from tests.conftest import CORPUS


def _postings(seed: int) -> list[tuple[str, bytes, int, float, bytes]]:
    """Postings as a writer adds them: document by document, a document's terms in any
    order, some terms in many documents."""
    rng = random.Random(seed)
    found = []
    for doc in range(2000):
        for term in rng.sample(range(300), rng.randint(1, 25)):
            field = ("text", "title", "actor")[term % 3]
            found.append(
                (field, f"w{term}".encode(), doc, float(rng.randint(1, 4)), bytes([term % 7]))
            )
    return found


@pytest.mark.parametrize(("limitmb", "open_runs"), [(64, 64), (0.02, 64), (0.02, 3), (0.0005, 4)])
def test_the_pool_gives_every_posting_sorted_however_often_it_spills(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limitmb: float, open_runs: int
) -> None:
    monkeypatch.setattr(pool, "OPEN_RUNS", open_runs)
    postings = _postings(seed=5)
    terms = TermPool(FileStorage(str(tmp_path)), limitmb)
    for posting in postings:
        terms.add(posting)
    spilled = len(terms._runs)
    assert list(terms.iter_postings()) == sorted(postings)
    assert spilled == 0 if limitmb >= 1 else spilled > open_runs  # runs merged in rounds
    assert not list(tmp_path.glob("*.run"))  # every run file read is removed


def _records() -> list[dict[str, Any]]:
    items = [
        (p.name, (p.stat().st_size, p.stat().st_mtime_ns)) for p in sorted(CORPUS.glob("*.txt"))
    ]
    summaries = [read_summary(CORPUS, *item) for item in items]
    vocabulary = Vocabulary.from_summaries(s.words for s in summaries if s.words)
    aliases = alias_table(lambda message: None)
    records = []
    for summary in summaries:
        done = analyse(CORPUS, summary, vocabulary, aliases)
        assert done is not None
        records.extend(done[1])
    return records


def _contents(folder: Path) -> tuple[list[Any], ...]:
    with whoosh_index.open_dir(str(folder)).reader() as reader:
        docs = range(reader.doc_count_all())
        terms = [
            (field, term, list(reader.postings(field, term).items_as("characters")))
            if field in ("text", "quote")
            else (field, term, list(reader.postings(field, term).all_ids()))
            for field, term in reader.all_terms()
        ]
        blocks = [_first_block(reader, f, t) for f, t in reader.all_terms() if f != "day"]
        stored = [reader.stored_fields(d) for d in docs]
        lengths = [
            [reader.doc_field_length(d, f) for d in docs] for f in ("text", "quote", "title")
        ]
    return terms, blocks, stored, lengths


def _first_block(reader: Any, field: str, term: bytes) -> tuple[Any, ...]:
    """What a term's first block of postings says of itself (its lengths bound scores)."""
    found = reader.postings(field, term)
    return found.block_min_length(), found.block_max_length(), found.block_max_weight()


@pytest.mark.parametrize("limitmb", [64, 0.01])
def test_the_writer_writes_the_segment_whooshs_own_writer_writes(
    tmp_path: Path, limitmb: float
) -> None:
    records = _records()
    folders = {}
    for name, kind in (("whoosh", SegmentWriter), ("ours", Writer)):
        folder = folders[name] = tmp_path / name
        folder.mkdir()
        writer = kind(whoosh_index.create_in(str(folder), make_schema()), limitmb=limitmb)
        for record in records:
            writer.add_document(**record)
        writer.commit()
    ours, theirs = _contents(folders["ours"]), _contents(folders["whoosh"])
    assert len(ours[0]) > 2000 and len(ours[2]) == len(records)
    assert ours == theirs
