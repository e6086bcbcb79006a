"""What is kept on disk: the Whoosh schema and analyzer, the records of each article,
the catalog beside the index, and the incremental build that writes them."""

from index.store import whoosh_fixes as _whoosh_fixes  # noqa: F401
