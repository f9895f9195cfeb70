import type { Database } from 'better-sqlite3';

/** A random version-4 UUID, in SQL: for rows written before GUIDs existed, or by a path that gives none. */
const NEW_GUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'
  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/** Each table that is exchanged with other tools, and the key that finds one of its rows. */
const TABLES: { table: string; key: string }[] = [
  { table: 'documents', key: 'id = new.id' },
  { table: 'themes', key: 'id = new.id' },
  { table: 'tags', key: 'sentence_id = new.sentence_id AND theme_id = new.theme_id' },
  { table: 'notes', key: 'sentence_id = new.sentence_id' },
  { table: 'memos', key: 'id = new.id' },
];

/**
 * A stable GUID on every document, theme, tag, note and memo, so a project
 * exported twice names its objects the same way and another tool (NVivo,
 * ATLAS.ti, MAXQDA, QualCoder) can match them across exports.
 *
 * Themata writes the GUID with the row and keeps it in the history, so undo
 * brings a row back with its own; the trigger gives one to a row inserted
 * without (an older history entry, a salvaged notebook), so none is ever
 * missing. The column cannot be NOT NULL: SQLite adds a column only with a
 * constant default.
 */
export function migrateToGuids(db: Database): void {
  // Notes and memos are indexed for search on every update; giving a row its
  // GUID updates it, so the index now follows changes of the body only (a
  // GUID written before the index had the row would unbalance it).
  db.exec(`
    DROP TRIGGER notes_fts_update;
    CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
      INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.sentence_id, old.body);
      INSERT INTO notes_fts(rowid, body) VALUES (new.sentence_id, new.body);
    END;
    DROP TRIGGER memos_fts_update;
    CREATE TRIGGER memos_fts_update AFTER UPDATE OF body ON memos BEGIN
      INSERT INTO memos_fts(memos_fts, rowid, body) VALUES ('delete', old.id, old.body);
      INSERT INTO memos_fts(rowid, body) VALUES (new.id, new.body);
    END;
  `);
  for (const { table, key } of TABLES) {
    db.exec(`
      ALTER TABLE ${table} ADD COLUMN guid TEXT;
      UPDATE ${table} SET guid = ${NEW_GUID};
      CREATE UNIQUE INDEX ${table}_by_guid ON ${table}(guid);
      CREATE TRIGGER ${table}_guid AFTER INSERT ON ${table} WHEN new.guid IS NULL BEGIN
        UPDATE ${table} SET guid = ${NEW_GUID} WHERE ${key};
      END;
    `);
  }
}
