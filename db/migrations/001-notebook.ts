import type { Database } from 'better-sqlite3';

/**
 * The first notebook schema. STRICT tables so a wrong type is an error, not a
 * silent coercion; documents are removed softly so removal can be undone.
 */
export function migrateToNotebook(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE documents (
      id            INTEGER PRIMARY KEY,
      title         TEXT NOT NULL,
      source_name   TEXT,
      imported_at   TEXT NOT NULL,
      -- kept verbatim: sentence offsets point into it, so it is never edited
      original_text TEXT NOT NULL,
      removed_at    TEXT
    ) STRICT;

    CREATE TABLE sentences (
      id           INTEGER PRIMARY KEY,
      document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      ordinal      INTEGER NOT NULL CHECK (ordinal >= 1),
      paragraph    INTEGER NOT NULL CHECK (paragraph >= 0),
      start_offset INTEGER NOT NULL,
      end_offset   INTEGER NOT NULL CHECK (end_offset >= start_offset),
      text         TEXT NOT NULL,
      UNIQUE (document_id, ordinal)
    ) STRICT;

    CREATE TABLE themes (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL,
      colour      TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      key_slot    INTEGER CHECK (key_slot BETWEEN 1 AND 9),
      position    INTEGER NOT NULL,
      parent_id   INTEGER REFERENCES themes(id) ON DELETE SET NULL,
      created_at  TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX themes_by_name ON themes(name COLLATE NOCASE);
    CREATE UNIQUE INDEX themes_by_key ON themes(key_slot) WHERE key_slot IS NOT NULL;

    CREATE TABLE tags (
      sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
      theme_id    INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
      coder       TEXT NOT NULL,
      tagged_at   TEXT NOT NULL,
      PRIMARY KEY (sentence_id, theme_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX tags_by_theme ON tags(theme_id, sentence_id);

    CREATE TABLE notes (
      sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
      body        TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    -- The audit trail, and the source of undo/redo. 'change' rows carry the
    -- operations; 'undo'/'redo' rows point at the change they reversed or
    -- replayed; a 'change' with a target amends that change (typing a note);
    -- a 'baseline' closes what came before to undo (the sample study's setup).
    CREATE TABLE history (
      id        INTEGER PRIMARY KEY,
      at        TEXT NOT NULL,
      coder     TEXT NOT NULL,
      kind      TEXT NOT NULL CHECK (kind IN ('change', 'undo', 'redo', 'baseline')),
      label     TEXT NOT NULL,
      target_id INTEGER REFERENCES history(id),
      ops       TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER history_is_append_only_update BEFORE UPDATE ON history
      BEGIN SELECT RAISE(ABORT, 'the notebook history is append-only'); END;
    CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history
      BEGIN SELECT RAISE(ABORT, 'the notebook history is append-only'); END;

    CREATE VIRTUAL TABLE sentences_fts USING fts5(
      text, content = 'sentences', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
    -- Sentences are indexed in bulk by the import (a per-row trigger makes an
    -- import several times slower); they are never edited, only removed.
    CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
      INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;

    CREATE VIRTUAL TABLE notes_fts USING fts5(
      body, content = 'notes', content_rowid = 'sentence_id', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
      INSERT INTO notes_fts(rowid, body) VALUES (new.sentence_id, new.body);
    END;
    CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
      INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.sentence_id, old.body);
    END;
    CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN
      INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.sentence_id, old.body);
      INSERT INTO notes_fts(rowid, body) VALUES (new.sentence_id, new.body);
    END;
  `);
}
