import type { Database } from 'better-sqlite3';

/** The settings key naming who wrote the notes of a notebook from before format 4 (see below). */
export const NOTES_CODER_BEFORE_FORMAT_4 = 'notes_coder_before_format_4';

const NEW_GUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/**
 * Several coders in one notebook: the same theme on the same sentence may be
 * held by each of them, each coder has a note of their own on a sentence, and
 * a coder marks a document as coded so agreement compares finished work only.
 *
 * Notes had no coder before: each is given to whoever last changed this
 * notebook, as its history records, or else to whoever made most of its tags.
 * The name is kept in the settings, so an older history entry's note, undone
 * or redone later, comes back as that coder's.
 */
export function migrateToCoders(db: Database): void {
  db.exec(`
    CREATE TABLE tags_by_coder (
      sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
      theme_id    INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
      coder       TEXT NOT NULL,
      tagged_at   TEXT NOT NULL,
      guid        TEXT,
      PRIMARY KEY (sentence_id, theme_id, coder)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO tags_by_coder SELECT sentence_id, theme_id, coder, tagged_at, guid FROM tags;
    DROP TABLE tags;
    ALTER TABLE tags_by_coder RENAME TO tags;
    CREATE INDEX tags_by_theme ON tags(theme_id, sentence_id);
    CREATE UNIQUE INDEX tags_by_guid ON tags(guid);
    CREATE TRIGGER tags_guid AFTER INSERT ON tags WHEN new.guid IS NULL BEGIN
      UPDATE tags SET guid = ${NEW_GUID} WHERE sentence_id = new.sentence_id AND theme_id = new.theme_id AND coder = new.coder;
    END;
  `);

  const legacyCoder =
    (db.prepare("SELECT coder FROM history WHERE kind <> 'baseline' ORDER BY id DESC LIMIT 1").pluck().get() as string | undefined) ??
    (db.prepare('SELECT coder FROM tags GROUP BY coder ORDER BY count(*) DESC, coder LIMIT 1').pluck().get() as string | undefined) ??
    (db.prepare('SELECT coder FROM history ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ??
    'researcher';
  db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(NOTES_CODER_BEFORE_FORMAT_4, legacyCoder);

  // The search index of notes is keyed by the row id, which is no longer the sentence's.
  db.exec(`
    DROP TRIGGER notes_fts_insert;
    DROP TRIGGER notes_fts_delete;
    DROP TRIGGER notes_fts_update;
    DROP TRIGGER notes_guid;
    DROP TABLE notes_fts;
    CREATE TABLE notes_by_coder (
      id          INTEGER PRIMARY KEY,
      sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
      coder       TEXT NOT NULL,
      body        TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL,
      guid        TEXT,
      UNIQUE (sentence_id, coder)
    ) STRICT;
  `);
  db.prepare(
    `INSERT INTO notes_by_coder (sentence_id, coder, body, created_at, updated_at, guid)
     SELECT sentence_id, ?, body, created_at, updated_at, guid FROM notes ORDER BY sentence_id`,
  ).run(legacyCoder);
  db.exec(`
    DROP TABLE notes;
    ALTER TABLE notes_by_coder RENAME TO notes;
    CREATE UNIQUE INDEX notes_by_guid ON notes(guid);
    CREATE TRIGGER notes_guid AFTER INSERT ON notes WHEN new.guid IS NULL BEGIN
      UPDATE notes SET guid = ${NEW_GUID} WHERE id = new.id;
    END;
    CREATE VIRTUAL TABLE notes_fts USING fts5(
      body, content = 'notes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO notes_fts(notes_fts) VALUES ('rebuild');
    CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
      INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
    END;
    CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
      INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END;
    CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
      INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
      INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
    END;

    -- A coder's word that a document is coded: agreement compares finished work only.
    CREATE TABLE coded_documents (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      coder       TEXT NOT NULL,
      coded_at    TEXT NOT NULL,
      PRIMARY KEY (document_id, coder)
    ) STRICT, WITHOUT ROWID;
  `);
}
