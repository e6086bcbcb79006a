"""What extraction learns from ONE document, as a small, picklable value.

`extract_document` depends on nothing but the document (its text and repaired view), the
alias table and the shipped word lists, so its result can be computed in a worker
process and cached per article by content hash: the same article gives the same
`DocExtraction` whatever corpus it sits in. Only `merge_actors` (and the comparison of
figures) look across documents, and they read these values, never the articles.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.extract.actors.find import ActorMerge, Keyed, Links, document_keys
from index.extract.actors.local_keys import LONE_SURNAME
from index.extract.figures import document_figures
from index.extract.names.aliases import AliasTable
from index.extract.quotes.find import LocalQuote, document_quotes, finish_quotes
from index.model import Document, Figure, Quote


@dataclass(frozen=True)
class DocExtraction:
    """The actors' candidates, alias links, quotations and figures of one document.

    Offsets are into the document's ORIGINAL text. Keys are local (`actors.local_keys`):
    `T:`/`O:`/`S:` keys are shared by every document that names the same thing, `P:`
    keys carry the document id.
    """

    doc: str
    keyed: Keyed = ()
    """The candidates with their local keys, in text order."""
    links: Links = ()
    """Key pairs the text states are one actor ("X, formerly Y")."""
    quotes: tuple[LocalQuote, ...] = ()
    """The quotations, speakers given by local key; lone surnames (`S:` keys) never speak."""
    quotes_if_surnames: tuple[LocalQuote, ...] | None = None
    """The quotations when lone surnames may speak too, where that changes them (else
    None); `final_quotes` takes from it each quotation whose lone surname became an actor."""
    figures: tuple[Figure, ...] = ()
    """The reported quantities, in text order."""


def extract_document(doc: Document, aliases: AliasTable) -> DocExtraction:
    """Everything extraction needs from one document.

    Args:
        doc: a loaded (and repaired) document.
        aliases: the alias table.

    Returns:
        The document's extraction; equal for equal documents and tables.
    """
    keyed, links = document_keys(doc, aliases)
    quotes, quotes_if_surnames = document_quotes(doc, keyed, aliases)
    return DocExtraction(
        doc=doc.id,
        keyed=keyed,
        links=links,
        quotes=quotes,
        quotes_if_surnames=quotes_if_surnames,
        figures=tuple(document_figures(doc)),
    )


def final_quotes(extraction: DocExtraction, merge: ActorMerge) -> tuple[Quote, ...]:
    """A document's quotations with speakers named after the corpus's actors.

    A lone surname should take part in attribution exactly when the merge made it an
    actor, as it would had the whole corpus been read at once. So where lone surnames
    change the quotations, their variant is kept for each quotation whose lone-surname
    speaker became an actor, and the plain one everywhere else.
    """
    alternative = extraction.quotes_if_surnames
    if alternative is None:
        return finish_quotes(extraction.quotes, merge)
    resolved = [q for q in alternative if _lone(q) and merge.actor(q.speaker_key) is not None]
    if not resolved:
        return finish_quotes(extraction.quotes, merge)
    plain = {(q.start, q.end): q for q in extraction.quotes}
    chosen = (
        plain.get((q.start, q.end)) if _lone(q) and merge.actor(q.speaker_key) is None else q
        for q in alternative
    )
    return finish_quotes((q for q in chosen if q is not None), merge)


def _lone(quote: LocalQuote) -> bool:
    return quote.speaker_key.startswith(LONE_SURNAME)
