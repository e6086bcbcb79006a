"""The result list: passages grouped under their article, repaired, hits highlighted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import partial

from textual.binding import Binding
from textual.content import Content
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index import Hit, Metadata
from tui import export
from tui.excerpt import Excerpt
from tui.messages import OpenInReader
from tui.render import article_prompt, hit_prompt, plain
from tui.repaired import Repairs
from tui.widgets.lazy_list import LazyOption, LazyOptionList


def divided(options: Iterable[Option]) -> Iterator[Option | None]:
    """`options` with a divider line after each."""
    for option in options:
        yield option
        yield None


def by_article(hits: tuple[Hit, ...]) -> list[list[int]]:
    """The indexes of `hits` grouped by article, articles in order of their first hit."""
    groups: dict[str, list[int]] = {}
    for index, hit in enumerate(hits):
        groups.setdefault(hit.doc, []).append(index)
    return list(groups.values())


def empty_message(query: str, names: tuple[str, ...]) -> str:
    """What an empty result list says: nothing for the query and the actor filters."""
    with_names = f" with {' + '.join(names)}" if names else ""
    if query.strip():
        return f"no passages for '{query.strip()}'{with_names}"
    if names:
        return f"no passages name {' + '.join(names)}"
    return 'type a query above: wall, "concrete wall", Bindawi~, source:shafaq (? for help)'


def hit_excerpt(hit: Hit, inserted: tuple[int, ...]) -> Excerpt:
    """A result's passage, its hits marked, as an excerpt."""
    meta = Metadata(hit.source, hit.date, hit.title)
    breaks = tuple(i for i in inserted if hit.start < i < hit.end)
    return Excerpt(hit.doc, meta, hit.text, hit.start, hit.end, hit.highlights, "", breaks)


class ResultList(LazyOptionList):
    """Passages matching the query under their articles; Enter opens one in the reader."""

    hits: var[tuple[Hit, ...]] = var(())
    """The hits shown, best first."""
    repairs: var[Repairs] = var(lambda: Repairs(None))
    """Where each article's spaces were restored."""
    original: var[bool] = var(False)
    """Whether to show the original text instead of the repaired one."""

    BINDINGS = [Binding("enter", "select", "Open", show=True)]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]
        self.empty = empty_message("", ())
        """What the list says when there is no hit."""

    def show(
        self, hits: tuple[Hit, ...], query: str, names: tuple[str, ...], keep: bool = False
    ) -> None:
        """Show `hits` of `query` under the actor filters `names`; with `keep`, the hit
        highlighted stays so if it is still there (the same query after an update)."""
        shown = self.current if keep else None
        self.empty = empty_message(query, names)
        self.hits = hits
        self.refill()
        if shown is not None:
            self.highlight_hit(shown)

    def highlight_hit(self, hit: Hit) -> None:
        """Highlight the passage of `hit`'s article at `hit`'s offset, if listed."""
        same = [i for i, h in enumerate(self.hits) if (h.doc, h.start) == (hit.doc, hit.start)]
        if same:
            self.highlighted = self.get_option_index(str(same[0]))

    def watch_original(self) -> None:
        self.refill(keep=True)

    def refill(self, keep: bool = False) -> None:
        """List the articles and their passages (keeping the highlight if `keep`), or say
        why there are none."""
        highlighted = self.highlighted
        self.set_options(self._grouped())
        if not self.hits:
            self.add_option(Option(plain(self.empty, "dim"), disabled=True))
        elif keep and highlighted is not None:
            self.highlighted = highlighted
        else:
            self.highlighted = self.get_option_index("0")

    def _grouped(self) -> Iterator[Option | None]:
        counts = Counter(h.doc for h in self.hits)
        for group in by_article(self.hits):
            head = self.hits[group[0]]
            yield LazyOption(partial(article_prompt, head, counts[head.doc]), disabled=True)
            yield None
            for index in group:
                yield LazyOption(partial(self._hit_prompt, self.hits[index]), id=str(index))
                yield None

    def _hit_prompt(self, hit: Hit) -> Content:
        return hit_prompt(hit, self.repairs.inserted(hit.doc), self.original)

    @property
    def current(self) -> Hit | None:
        """The highlighted hit, if any."""
        if self.highlighted is None:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        return self.hits[int(option_id)] if option_id is not None else None

    def excerpt(self) -> Excerpt | None:
        """The highlighted passage, to copy or compare."""
        hit = self.current
        return None if hit is None else hit_excerpt(hit, self.repairs.inserted(hit.doc))

    def export_rows(self) -> list[export.Row]:
        """Every result, as rows to export."""
        return export.hit_rows(self.hits, self.repairs, self.original)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        hit = self.current
        if hit is not None:
            at = hit.highlights[0].start if hit.highlights else hit.start
            self.post_message(OpenInReader(hit.doc, at))
