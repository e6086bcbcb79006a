"""Panes that read only while shown: a hidden pane notes that it is stale and reads when
it shows again (at 10,000 articles a pane's read costs a second of a shared GIL)."""

from __future__ import annotations

from textual.widget import Widget


def displayed(widget: Widget) -> bool:
    """Whether `widget` and every container above it are displayed (its tab is active)."""
    return all(node.display for node in widget.ancestors_with_self if isinstance(node, Widget))
