"""Loading a folder of articles: decoding, metadata, sections, passages and repair."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from index.corpus.decoding import decode
from index.corpus.files import (
    CorpusError,
    article_paths,
    doc_id_for,
)
from index.corpus.metadata import apply_sidecar, dateline_source, front_matter, header_metadata
from index.model import BODY, COMMENTS, FOOTER, FRONT, TITLE, Document, Metadata, Passage
from index.repair.restore import Repaired, Vocabulary, build_vocabulary, repair

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SEPARATOR = re.compile(r"^\s*([_=*~-])\1{9,}\s*$")
_COMMENTS_START = re.compile(
    r"^\s*(?:\d+\s+(?:comments?|responses?|replies)|leave a (?:reply|comment)"
    r"|notify of|inline feedbacks|view all comments|comments?\s*:?)\s*$",
    re.IGNORECASE,
)
_WRAPPED_WIDTH = 100
MAX_PASSAGE = 5000
"""Characters a passage may have; a longer paragraph is cut at sentence ends."""
_TITLE_MAX = 160

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Line:
    """One line of the original text, without its line ending."""

    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """Every line with its offsets; handles \\n, \\r\\n and \\r endings."""
    lines = []
    for match in _LINE.finditer(text):
        if match.start() == len(text):
            break
        body = match.group().rstrip("\r\n")
        lines.append(Line(match.start(), match.start() + len(body), body))
    return lines


def paragraphs(text: str) -> list[Line]:
    """Paragraphs: blank-line blocks of hard-wrapped text, or else one per line; trimmed."""
    lines = split_lines(text)
    filled = [line for line in lines if line.text.strip()]
    if not filled:
        return []
    widths = sorted(len(line.text) for line in filled)
    if widths[int(0.9 * (len(widths) - 1))] > _WRAPPED_WIDTH:
        return [_trimmed(text, line.start, line.end) for line in filled]
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.text.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [_trimmed(text, b[0].start, b[-1].end) for b in blocks if b]


def _trimmed(text: str, start: int, end: int) -> Line:
    """The range `[start, end)` of `text` without white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Line(start, end, text[start:end])


def sections(texts: list[str]) -> list[str]:
    """The section of each paragraph: front matter, title, body, footer or comments."""
    labels = [BODY] * len(texts)
    first = 0
    while first < len(texts) and header_metadata(texts[first]) is not None:
        labels[first] = FRONT
        first += 1
    if first < len(texts) and _looks_like_title(texts, first):
        labels[first] = TITLE
        if first + 1 < len(texts) and texts[first + 1].strip() == texts[first].strip():
            labels[first + 1] = FRONT
    tail = BODY
    for i, text in enumerate(texts):
        if tail != COMMENTS and _SEPARATOR.match(text):
            tail = FOOTER
        if tail != COMMENTS and _COMMENTS_START.match(text) and i > first:
            tail = COMMENTS
        if tail != BODY:
            labels[i] = tail
    return labels


def _looks_like_title(texts: list[str], i: int) -> bool:
    text = texts[i].strip()
    duplicated = i + 1 < len(texts) and texts[i + 1].strip() == text
    short = len(text) <= _TITLE_MAX and not text.endswith((".", ":", ",", ";"))
    return duplicated or (short and i + 1 < len(texts) and dateline_source(text) == "")


def text_metadata(texts: list[str], labels: list[str]) -> Metadata:
    """What the text states of its source, date and title."""
    meta, title = Metadata(), ""
    for text, label in zip(texts, labels, strict=True):
        if label == TITLE:  # "Border reopens⏎2025-02-03 From: Reuters": its first line
            found, rest = front_matter(text)
            title = rest.strip().splitlines()[0] if rest.strip() else ""
        else:
            found = header_metadata(text)
        if found is not None:
            meta = replace(
                meta, source=meta.source or found.source, date=meta.date or found.date,
                title=meta.title or found.title, url=meta.url or found.url,
            )  # fmt: skip
    if not meta.title:
        meta = replace(meta, title=title)
    body = [t for t, label in zip(texts, labels, strict=True) if label == BODY]
    if not meta.source and body:
        meta = replace(meta, source=dateline_source(body[0]))
    return meta


def bounded(lines: list[Line], text: str, most: int = MAX_PASSAGE) -> list[Line]:
    """`lines` with any longer than `most` characters cut into pieces at the last sentence
    end (else the last space) before the limit, so that no passage is unbounded."""
    found: list[Line] = []
    for line in lines:
        start = line.start
        while line.end - start > most:
            window = text[start : start + most]
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 1 if cut > most // 2 else window.rfind(" ")
            cut = cut if cut > 0 else most
            found.append(_trimmed(text, start, start + cut))
            start += cut
        found.append(_trimmed(text, start, line.end))
    return [line for line in found if line.end > line.start]


def lay_out(text: str, path: Path) -> tuple[Metadata, tuple[Passage, ...], list[str]]:
    """An article's metadata (text, then sidecar), its passages and sidecar warnings."""
    paras = bounded(paragraphs(text), text)
    texts = [p.text for p in paras]
    labels = sections(texts)
    meta, sidecar_warnings = apply_sidecar(text_metadata(texts, labels), path)
    passages = tuple(
        Passage(n, p.start, p.end, label)
        for n, (p, label) in enumerate(zip(paras, labels, strict=True))
    )
    return meta, passages, sidecar_warnings


def make_document(
    doc_id: str, path: Path, text: str, vocabulary: Vocabulary, warnings: list[str]
) -> Document:
    """Assemble a Document from its decoded text."""
    meta, passages, sidecar_warnings = lay_out(text, path)
    return Document(
        id=doc_id,
        path=path,
        text=text,
        meta=meta,
        passages=passages,
        repaired=repair(text, vocabulary),
        warnings=tuple(warnings + sidecar_warnings),
    )


def read_texts(folder: Path, warn: Warn) -> Iterator[tuple[str, Path, str, list[str]]]:
    """Decode every article, reporting and skipping files that cannot be read."""
    for path in article_paths(folder, warn):
        try:
            data = path.read_bytes()
        except OSError as error:
            warn(f"{path.name}: skipped, cannot be read ({error.strerror})")
            continue
        text, warnings = decode(data, path.name)
        if text is None:
            for message in warnings:
                warn(message)
        else:
            yield doc_id_for(folder, path), path, text, warnings


def load_corpus(
    folder: Path,
    warn: Warn = lambda message: None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Document]:
    """Load, repair and split every article of `folder`; `progress(done, total)` per article."""
    texts = list(read_texts(folder, warn))
    vocabulary = build_vocabulary(text for _, _, text, _ in texts)
    documents = []
    for done, (doc_id, path, text, warnings) in enumerate(texts, 1):
        documents.append(make_document(doc_id, path, text, vocabulary, warnings))
        if progress is not None:
            progress(done, len(texts))
    for document in documents:
        for message in document.warnings:
            warn(message)
    return documents


def repair_article(
    path: Path, corpus_dir: Path | None = None, vocabulary: Vocabulary | None = None
) -> tuple[Repaired, list[str]]:
    """The repaired view of the article at `path`, weighed against `vocabulary` (the
    corpus's, as its index keeps it) or else against the words of `corpus_dir`'s
    articles, every one read.

    Raises CorpusError when the file is missing, a folder or binary; returns decoding
    warnings.
    """
    if path.is_dir():
        raise CorpusError(f"{path}: a folder; give one article file")
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    text, warnings = decode(path.read_bytes(), path.name)
    if text is None:
        raise CorpusError(warnings[0])
    if vocabulary is not None:
        return repair(text, vocabulary), warnings
    folder = corpus_dir if corpus_dir is not None and corpus_dir.is_dir() else None
    others = [] if folder is None else article_paths(folder)
    neighbours = [decode(p.read_bytes(), p.name)[0] or "" for p in others]
    return repair(text, build_vocabulary([text, *neighbours])), warnings
