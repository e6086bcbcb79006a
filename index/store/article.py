"""The work done once per article, in a worker process, and kept for the next update.

`read_summary` is the first pass (what repair learns from the article alone); `analyse`
the second (layout, repair against the corpus vocabulary, extraction, index records).
Neither reads any other article, so an update redoes only the articles that changed
and those whose repair looked up a vocabulary value that changed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from index.corpus import Stamp, decode, display_path, doc_id_of, lay_out
from index.extract import DocExtraction, extract_document
from index.extract.actors.summary import ActorSummary, summarize_actors
from index.extract.names.aliases import AliasTable
from index.model import BODY, Document, Metadata, Passage, Quote
from index.repair import (
    Dependencies,
    Repaired,
    Vocabulary,
    WordSummary,
    repair_with_dependencies,
    summarize,
)
from index.repair.recheck import Moved, unchanged
from index.repair.restore import CAUTIOUS_PENALTY
from index.store.analyzer import cached_stem, indexed_words
from index.store.digest import digest_of
from index.store.records import DocKnowledge, Record, document_records
from index.store.terms import local_terms

MAX_ARTICLE_BYTES = 2_000_000
"""Larger files are skipped with a warning: a news article is a few kilobytes, and the
work on one file must stay bounded (README: The corpus)."""


@dataclass(frozen=True)
class Summary:
    """First pass: an article's stamp, digest and word summary; `problem` if skipped."""

    path: str
    stamp: Stamp
    digest: str
    words: WordSummary | None
    problem: str = ""

    @property
    def doc_id(self) -> str:
        """The article's document id."""
        return doc_id_of(self.path)


@dataclass(frozen=True)
class Analysis:
    """Second pass: what the catalog keeps of one article."""

    path: str
    stamp: Stamp
    digest: str
    meta: Metadata
    passages: tuple[Passage, ...]
    inserted: tuple[int, ...]
    warnings: tuple[str, ...]
    words: WordSummary
    """What the article tells of words (what it adds to the corpus vocabulary)."""
    depends: Dependencies
    """What the article's repair read of the corpus vocabulary."""
    extraction: DocExtraction
    terms: dict[str, str]
    actors: ActorSummary
    """What the corpus-wide actor merge reads of the article."""
    stems: tuple[tuple[str, str], ...]
    """(stem, word) of every word the article's records index."""

    @property
    def doc_id(self) -> str:
        """The article's document id."""
        return doc_id_of(self.path)


def _read(corpus_dir: Path, path: str) -> tuple[bytes, str | None, list[str]]:
    data = (corpus_dir / path).read_bytes()
    text, warnings = decode(data, display_path(path))
    return data, text, warnings


def _text(corpus_dir: Path, path: str) -> tuple[str, list[str]] | None:
    """An article's text and decoding warnings; None when it can no longer be read (it
    changed under the build)."""
    try:
        _, text, warnings = _read(corpus_dir, path)
    except OSError:
        return None
    return None if text is None else (text, warnings)


def _size(corpus_dir: Path, path: str) -> int:
    """The article file's own size (its stamp adds its sidecar's), 0 when it is gone."""
    try:
        return (corpus_dir / path).stat().st_size
    except OSError:
        return 0


def read_summary(corpus_dir: Path, path: str, stamp: Stamp) -> Summary:
    """First pass over one article (never raises: an unreadable file is a `problem`)."""
    size = _size(corpus_dir, path)
    if size > MAX_ARTICLE_BYTES:
        limit = MAX_ARTICLE_BYTES // 1_000_000
        problem = f"{display_path(path)}: skipped, larger than {limit} MB ({size:,} bytes)"
        return Summary(path, stamp, "", None, problem)
    try:
        data, text, warnings = _read(corpus_dir, path)
    except OSError as error:
        problem = f"{display_path(path)}: skipped, cannot be read ({error.strerror})"
        return Summary(path, stamp, "", None, problem)
    if text is None:
        return Summary(path, stamp, "", None, warnings[0])
    try:
        words = summarize(text)
    except Exception as error:
        _strict()
        problem = f"{display_path(path)}: skipped, {_failed('reading its words', error)}"
        return Summary(path, stamp, "", None, problem)
    return Summary(path, stamp, digest_of(data, corpus_dir, path), words)


STRICT = "BORDERLENS_STRICT"
"""Set to 1, a failure on one article stops the build instead (the tests run so)."""

T = TypeVar("T")


def _strict() -> None:
    """Raise the failure being handled when `STRICT` asks for it."""
    if os.environ.get(STRICT) == "1":
        raise


def _failed(step: str, error: Exception) -> str:
    return f"{step} failed ({type(error).__name__}: a bug in borderlens, please report it)"


def _isolated(
    path: str, step: str, loss: str, work: Callable[[], T], fallback: Callable[[], T],
    warnings: list[str],
) -> T:  # fmt: skip
    """`work()`; if it raises, `fallback()` and a warning that the article lost `loss`.

    Unseen text can always meet a bug; it then costs that article one step, never the
    whole build (at 50,000 articles, one in the archive would stop every build). Only
    the error's type is told: its message may quote the article.
    """
    try:
        return work()
    except Exception as error:
        _strict()
        warnings.append(f"{display_path(path)}: {_failed(step, error)}; {loss}")
        return fallback()


def analyse(
    corpus_dir: Path, summary: Summary, vocabulary: Vocabulary, aliases: AliasTable
) -> tuple[Analysis, list[Record]] | None:
    """Second pass over one article: its catalog entry and its index records.

    None when the file can no longer be read (it changed under the build).
    """
    read = _text(corpus_dir, summary.path)
    if read is None:
        return None
    text, warnings = read
    words = summary.words if summary.words is not None else summarize(text)
    repair = _repair(summary.path, text, vocabulary, words, warnings)
    return _analysed(corpus_dir, summary, text, warnings, words, repair, aliases)


def _repair(
    path: str, text: str, vocabulary: Vocabulary, words: WordSummary, warnings: list[str]
) -> tuple[Repaired, Dependencies]:
    """`repair_with_dependencies`, or the text as written if it fails."""
    return _isolated(
        path, "repair", "its text is indexed as written",
        lambda: repair_with_dependencies(text, vocabulary, words),
        lambda: (Repaired(text, text), Dependencies(frozenset(), frozenset(), CAUTIOUS_PENALTY)),
        warnings,
    )  # fmt: skip


def _analysed(
    corpus_dir: Path,
    summary: Summary,
    text: str,
    warnings: list[str],
    words: WordSummary,
    repair: tuple[Repaired, Dependencies],
    aliases: AliasTable,
) -> tuple[Analysis, list[Record]]:
    """The rest of `analyse`, once the article is read and repaired (`repair`)."""
    repaired, depends = repair
    article = corpus_dir / summary.path
    meta, passages, sidecar_warnings = _isolated(
        summary.path, "laying out its paragraphs", "it is one passage, without its metadata",
        lambda: lay_out(text, article),
        lambda: (Metadata(), (Passage(0, 0, len(text), BODY),), []),
        warnings,
    )  # fmt: skip
    warnings = warnings + sidecar_warnings
    doc = Document(summary.doc_id, article, text, meta, passages, repaired, tuple(warnings))

    def extracted(extraction: DocExtraction) -> tuple[Analysis, list[Record]]:
        return _analysis(summary, doc, words, depends, extraction, warnings)

    return _isolated(
        summary.path, "extraction", "its actors, quotes and figures are not listed",
        lambda: extracted(extract_document(doc, aliases)),
        lambda: extracted(DocExtraction(doc.id)),
        warnings,
    )  # fmt: skip


def _analysis(
    summary: Summary,
    doc: Document,
    words: WordSummary,
    depends: Dependencies,
    extraction: DocExtraction,
    warnings: list[str],
) -> tuple[Analysis, list[Record]]:
    """The catalog entry and index records of a laid out, repaired, extracted article."""
    repaired, meta, passages = doc.repaired, doc.meta, doc.passages
    terms = local_terms(extraction.keyed)
    analysis = Analysis(
        summary.path,
        summary.stamp,
        summary.digest,
        meta,
        passages,
        repaired.inserted,
        tuple(warnings),
        words,
        depends,
        extraction,
        terms,
        summarize_actors(extraction.keyed, extraction.links, terms),
        tuple((cached_stem(w), w) for w in indexed_words(doc.text, repaired.inserted)),
    )
    return analysis, document_records(doc, _known(extraction, terms))


@dataclass(frozen=True)
class Recheck:
    """An unchanged article's repair checked again against a moved vocabulary."""

    doc_id: str
    inserted: tuple[int, ...] | None
    """The spaces restored now; None when the runs a move could touch split as they
    did, so the spaces are those kept (`index.repair.recheck`)."""
    depends: Dependencies
    """What the repair reads now: of the touched runs alone when `inserted` is None."""
    analysed: tuple[Analysis, list[Record]] | None = None
    """The article analysed with the spaces restored now, when it was repaired again
    whole and they differ from those kept: it is to be indexed again."""


def recheck(
    corpus_dir: Path,
    summary: Summary,
    vocabulary: Vocabulary,
    former: Vocabulary,
    concerning: Iterable[str],
    penalty: float,
    words: WordSummary,
    kept: tuple[int, ...],
    aliases: AliasTable,
) -> Recheck | None:
    """The repair alone of an unchanged article whose repair read a key that an update
    moved (None when it can no longer be read), against `vocabulary` and as it was
    before (`former`); `concerning` are the moved keys that concern it (`affected`).
    When its offsets are those kept, nothing else of the article can have changed
    (layout, extraction and index records read only its text and those offsets). The
    runs holding the word of a key of `concerning` are checked first; the article is
    repaired again whole only when one of them splits otherwise.
    `penalty`, `words` and `kept` are what the catalog kept of the article's repair, text
    and restored spaces. An article repaired again whole into other spaces is analysed
    here too (with `aliases`): the workers checking do it, not the updating process
    afterwards, and its repair is not done twice."""
    read = _text(corpus_dir, summary.path)
    if read is None:
        return None
    text, warnings = read
    try:
        found = unchanged(text, words, vocabulary, former, Moved(concerning), penalty)
    except Exception:  # the article is repaired again whole, which says if it fails
        _strict()
        found = None
    if found is not None:
        return Recheck(summary.doc_id, None, found)
    repair = _repair(summary.path, text, vocabulary, words, warnings)
    if repair[0].inserted == kept:
        return Recheck(summary.doc_id, kept, repair[1])
    analysed = _analysed(corpus_dir, summary, text, warnings, words, repair, aliases)
    return Recheck(summary.doc_id, repair[0].inserted, repair[1], analysed)


def _known(extraction: DocExtraction, terms: dict[str, str]) -> DocKnowledge:
    """The document's mentions and quotes with the index terms of their actors."""
    known = DocKnowledge()
    for candidate, key in extraction.keyed:
        known.mentions.append((candidate.start, candidate.end, terms[key]))
    others = {(x.start, x.end): x.speaker_key for x in extraction.quotes_if_surnames or ()}
    for x in extraction.quotes:
        keys = dict.fromkeys([x.speaker_key, others.get((x.start, x.end), "")])
        term = ",".join(terms[k] for k in keys if k in terms)
        known.quotes.append(Quote(x.doc, x.start, x.end, x.text, x.speaker, x.verb, term))
    return known
