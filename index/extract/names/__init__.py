"""Names shared by actors and quotes: where names are (`spans`), their normal forms and
keys (`keys`), the word lists of names and titles (`wordlists`), the alias table
(`aliases`)."""
