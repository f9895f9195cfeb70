import type { Database } from 'better-sqlite3';

/**
 * Document details, a researcher's own variables per document, and memos.
 *
 * Details live beside the document, not in its row: SQLite rewrites a whole
 * row to change one column, and a document's row holds its text, so typing an
 * outlet into it would rewrite megabytes at every pause.
 */
export function migrateToDetailsAndMemos(db: Database): void {
  db.exec(`
    CREATE TABLE document_details (
      document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      outlet       TEXT,
      author       TEXT,
      -- a calendar date, YYYY-MM-DD: date() gives back exactly what was stored only for a real day
      published_on TEXT CHECK (published_on IS NULL OR (
        published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(published_on) IS published_on)),
      url          TEXT,
      language     TEXT
    ) STRICT;

    -- A researcher's own variables (country, stance, wave): one value per key and document.
    CREATE TABLE document_attributes (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      key         TEXT NOT NULL COLLATE NOCASE CHECK (length(key) BETWEEN 1 AND 60),
      value       TEXT NOT NULL CHECK (length(value) >= 1),
      PRIMARY KEY (document_id, key)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX document_attributes_by_value ON document_attributes(key, value COLLATE NOCASE);

    -- One memo for the notebook (no document, no theme), one per document, one per theme.
    CREATE TABLE memos (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
      theme_id    INTEGER REFERENCES themes(id) ON DELETE CASCADE,
      body        TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      CHECK (document_id IS NULL OR theme_id IS NULL)
    ) STRICT;
    CREATE UNIQUE INDEX memos_by_subject ON memos(coalesce(document_id, 0), coalesce(theme_id, 0));

    CREATE VIRTUAL TABLE memos_fts USING fts5(
      body, content = 'memos', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER memos_fts_insert AFTER INSERT ON memos BEGIN
      INSERT INTO memos_fts(rowid, body) VALUES (new.id, new.body);
    END;
    CREATE TRIGGER memos_fts_delete AFTER DELETE ON memos BEGIN
      INSERT INTO memos_fts(memos_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END;
    CREATE TRIGGER memos_fts_update AFTER UPDATE ON memos BEGIN
      INSERT INTO memos_fts(memos_fts, rowid, body) VALUES ('delete', old.id, old.body);
      INSERT INTO memos_fts(rowid, body) VALUES (new.id, new.body);
    END;
  `);
}
