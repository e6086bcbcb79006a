"""borderlens' terminal app and command line, thin shells over the `index` library."""
