"""The catalog's tables (SQLite DDL), in one place."""

from __future__ import annotations

TABLES = """
CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO settings VALUES ('rules', '');

-- One row per article: where it is, what it was, its layout and repair, and the
-- per-article work (pickled) that the next update reuses instead of reading it again.
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, raw BLOB NOT NULL, size INTEGER, mtime INTEGER,
    digest TEXT,
    source TEXT, date TEXT, title TEXT, url TEXT,
    passages TEXT NOT NULL, inserted TEXT NOT NULL, warnings TEXT NOT NULL,
    summary BLOB, extraction BLOB, penalty REAL
);
CREATE INDEX IF NOT EXISTS documents_path ON documents (path);

-- Files that could not be read as articles, with why: read again only once they change.
CREATE TABLE IF NOT EXISTS skipped (
    path TEXT PRIMARY KEY, raw BLOB, size INTEGER, mtime INTEGER, problem TEXT
);

-- Repair's corpus vocabulary (document frequencies), and the runs of letters each
-- article's repair weighed word by word (rowid = article rowid << 12 | n): a word whose
-- value changes concerns the articles that write it and those with a run holding it.
CREATE TABLE IF NOT EXISTS vocabulary (
    kind TEXT, key TEXT, count INTEGER, PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS searched USING fts5(run, tokenize='trigram');
CREATE TABLE IF NOT EXISTS consulted (key TEXT, doc TEXT, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS consulted_doc ON consulted (doc);
-- The words the index holds, by porter2 stem: a plain word matches every word of its stem.
CREATE TABLE IF NOT EXISTS stems (stem TEXT, word TEXT, PRIMARY KEY (stem, word)) WITHOUT ROWID;

-- Actors merged across articles; `terms` are the words the index files their mentions
-- under, so a filter by actor is a handful of index terms. They are listed most
-- mentioned first, by name, then by `tie` (0, 1, … among actors of one name and count):
-- an actor's row changes only when the actor does, not whenever one ahead of it moves.
CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY, tie INTEGER, name TEXT, type TEXT, roles TEXT, aliases TEXT,
    mentions INTEGER, documents INTEGER, folded TEXT
);
CREATE INDEX IF NOT EXISTS actors_listed ON actors (mentions DESC, name, tie);
-- What the actor merge reads of every article, added up across articles
-- (`index.store.supers`): a row per kind of share, each article's part of it, the
-- articles' alias links between nodes, and the number of articles of each set of rows
-- an actor has.
CREATE TABLE IF NOT EXISTS supers (
    id INTEGER PRIMARY KEY, node TEXT, name TEXT, kind TEXT, canonical TEXT, roles TEXT,
    given TEXT, surname TEXT, term TEXT, mentions INTEGER, docs INTEGER, mark INTEGER,
    first TEXT, seq INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS supers_share ON supers (node, name, kind, canonical, roles);
CREATE INDEX IF NOT EXISTS supers_first ON supers (first, seq);
CREATE TABLE IF NOT EXISTS placements (doc TEXT, seq INTEGER, super INTEGER, mentions INTEGER);
CREATE INDEX IF NOT EXISTS placements_doc ON placements (doc);
CREATE INDEX IF NOT EXISTS placements_super ON placements (super);
CREATE TABLE IF NOT EXISTS node_links (doc TEXT, a TEXT, b TEXT);
CREATE INDEX IF NOT EXISTS node_links_doc ON node_links (doc);
CREATE TABLE IF NOT EXISTS doc_counts (sig TEXT PRIMARY KEY, documents INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS actor_terms (term TEXT, actor TEXT, PRIMARY KEY (term, actor))
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actor_terms_actor ON actor_terms (actor);
CREATE TABLE IF NOT EXISTS mentions (
    doc TEXT, start INTEGER, end INTEGER, passage INTEGER, term TEXT
);
CREATE INDEX IF NOT EXISTS mentions_term ON mentions (term);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc);

CREATE TABLE IF NOT EXISTS quotes (
    doc TEXT, start INTEGER, end INTEGER, passage INTEGER, text TEXT, speaker TEXT,
    verb TEXT, speaker_id TEXT
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc);
-- The local keys that may name each article's speakers (with their nodes, see
-- `supers`), and the actor (id, name) each key had when the article's quotations were
-- last named: an update names again only the quotations of articles whose speakers'
-- actors changed.
CREATE TABLE IF NOT EXISTS quote_speakers (
    key TEXT, doc TEXT, node TEXT, PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_speakers_doc ON quote_speakers (doc);
CREATE TABLE IF NOT EXISTS speaker_actors (key TEXT PRIMARY KEY, actor TEXT, name TEXT)
    WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS figures (
    doc TEXT, start INTEGER, end INTEGER, passage INTEGER, value REAL, value_max REAL,
    unit TEXT, measure TEXT, context TEXT
);
CREATE INDEX IF NOT EXISTS figures_doc ON figures (doc);
CREATE INDEX IF NOT EXISTS figures_measure ON figures (measure);
"""
