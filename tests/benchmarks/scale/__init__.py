"""Scale benchmark: synthetic corpora of 1k–50k articles, borderlens against stock engines."""
