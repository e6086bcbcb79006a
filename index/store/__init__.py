"""What is kept on disk: the Whoosh schema and analyzer, the records of each article,
the catalog beside the index, and the incremental build that writes them."""
