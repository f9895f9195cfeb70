import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { latestVersion, migrate, migrations, schemaVersion } from './index';

/** The CREATE statements the migrations store, but for FTS5's shadow tables, whose SQL is SQLite's own. */
function storedSql(db: Database.Database): string[] {
  return (db.prepare(
    `SELECT type, name, sql FROM sqlite_schema
     WHERE name NOT LIKE 'sqlite_%' AND name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow')
     ORDER BY type, name`,
  ).all() as { type: string; name: string; sql: string | null }[]).map((r) => `${r.type} ${r.name}: ${(r.sql ?? '').replace(/\s+/g, ' ')}`);
}

/** Each column as PRAGMA table_xinfo describes it: name, type, NOT NULL, default, and its place in the primary key. */
function columnsOf(db: Database.Database, table: string): string[] {
  const columns = db.prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?) WHERE hidden = 0').all(table) as {
    name: string; type: string; notnull: number; dflt_value: string | null; pk: number;
  }[];
  const keyParts = columns.filter((c) => c.pk > 0).length;
  return columns.map((c) => [
    c.name,
    c.type,
    c.notnull ? 'NOT NULL' : '',
    c.dflt_value === null ? '' : `DEFAULT ${c.dflt_value}`,
    c.pk === 0 ? '' : keyParts === 1 ? 'PRIMARY KEY' : `PRIMARY KEY ${c.pk}/${keyParts}`,
  ].filter(Boolean).join(' '));
}

function names(db: Database.Database, sql: string): string[] {
  return (db.prepare(sql).all() as { name: string }[]).map((r) => r.name);
}

describe('notebook migrations', () => {
  const folder = useTemporaryFolder();

  it('are numbered in order from 1 without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('migration 1 creates the notebook tables and records version 1', () => {
    const db = new Database(path.join(folder(), 'a.themata'));
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['documents', 'sentences', 'themes', 'tags', 'notes', 'history', 'settings', 'sentences_fts', 'notes_fts']));
    // rows written at version 1 survive and stay searchable
    db.prepare("INSERT INTO documents (title, source_name, imported_at, original_text) VALUES ('T', NULL, 'now', 'Hello world.')").run();
    db.prepare("INSERT INTO sentences (document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES (1, 1, 0, 0, 12, 'Hello world.')").run();
    db.prepare('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences').run();
    migrate(db);
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(db.prepare("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'hello'").all()).toEqual([{ rowid: 1 }]);
    db.close();
  });

  it('the history refuses edits and deletions', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare("INSERT INTO history (at, coder, kind, label, target_id, ops) VALUES ('t', 'c', 'change', 'x', NULL, '[]')").run();
    expect(() => db.prepare("UPDATE history SET label = 'y'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM history').run()).toThrow(/append-only/);
  });

  it('migration 3 gives every existing document, theme, tag, note and memo its own GUID, and every new row one', () => {
    const db = new Database(':memory:');
    migrate(db, 2);
    db.exec(`
      INSERT INTO documents (id, title, imported_at, original_text) VALUES (1, 'T', 'now', 'One. Two.');
      INSERT INTO sentences (id, document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES (1, 1, 1, 0, 0, 4, 'One.'), (2, 1, 2, 0, 5, 9, 'Two.');
      INSERT INTO themes (id, name, colour, position, created_at) VALUES (1, 'A', '#000000', 0, 'now'), (2, 'B', '#000000', 1, 'now');
      INSERT INTO tags VALUES (1, 1, 'ana', 'now'), (2, 1, 'ben', 'now'), (1, 2, 'ana', 'now');
      INSERT INTO notes VALUES (1, 'A note', 'now', 'now');
      INSERT INTO memos (document_id, theme_id, body, created_at, updated_at) VALUES (NULL, NULL, 'Memo', 'now', 'now'), (1, NULL, 'On T', 'now', 'now');
    `);
    migrate(db, 3);
    const guids = ['documents', 'themes', 'tags', 'notes', 'memos'].flatMap((table) => db.prepare(`SELECT guid FROM ${table}`).pluck().all() as string[]);
    expect(guids).toHaveLength(1 + 2 + 3 + 1 + 2);
    for (const guid of guids) expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(guids).size).toBe(guids.length);
    // A row written without a GUID gets one; a row written with one keeps it, and no two rows share one.
    db.prepare("INSERT INTO themes (id, name, colour, position, created_at) VALUES (3, 'C', '#000000', 2, 'now')").run();
    db.prepare("INSERT INTO themes (id, name, colour, position, created_at, guid) VALUES (4, 'D', '#000000', 3, 'now', '6f1d2a8e-4b7c-4e19-9a53-2c0f8d6b7e41')").run();
    expect(db.prepare('SELECT guid FROM themes WHERE id IN (3, 4) ORDER BY id').pluck().all()).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), '6f1d2a8e-4b7c-4e19-9a53-2c0f8d6b7e41']);
    expect(() => db.prepare("INSERT INTO themes (id, name, colour, position, created_at, guid) VALUES (5, 'E', '#000000', 4, 'now', '6f1d2a8e-4b7c-4e19-9a53-2c0f8d6b7e41')").run())
      .toThrow(/UNIQUE constraint failed: themes.guid/);
    // Notes and memos stay searchable once their GUID is written.
    db.prepare("INSERT INTO notes (sentence_id, body, created_at, updated_at) VALUES (2, 'Second thought', 'now', 'now')").run();
    expect(db.prepare("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'thought'").pluck().all()).toEqual([2]);
    expect(db.prepare("SELECT rowid FROM memos_fts WHERE memos_fts MATCH 'memo'").pluck().all()).toEqual([1]);
    expect(db.prepare("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
    db.close();
  });

  it('migration 4 lets several coders hold one theme on one sentence, gives each note to the last coder, and keeps notes searchable', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    db.exec(`
      INSERT INTO documents (id, title, imported_at, original_text) VALUES (1, 'T', 'now', 'One. Two.');
      INSERT INTO sentences (id, document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES (1, 1, 1, 0, 0, 4, 'One.'), (2, 1, 2, 0, 5, 9, 'Two.');
      INSERT INTO themes (id, name, colour, position, created_at) VALUES (1, 'A', '#000000', 0, 'now');
      INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (1, 1, 'ana', 'now'), (2, 1, 'ana', 'now');
      INSERT INTO notes (sentence_id, body, created_at, updated_at) VALUES (2, 'Second thought', 'now', 'now');
      INSERT INTO history (at, coder, kind, label, target_id, ops) VALUES ('t1', 'ana', 'change', 'x', NULL, '[]'), ('t2', 'cleo', 'change', 'y', NULL, '[]');
    `);
    const tagGuids = db.prepare('SELECT guid FROM tags ORDER BY sentence_id').pluck().all();
    const noteGuid = db.prepare('SELECT guid FROM notes').pluck().get();
    migrate(db);
    expect(db.prepare('SELECT guid FROM tags ORDER BY sentence_id').pluck().all()).toEqual(tagGuids);
    expect(db.prepare('SELECT sentence_id, coder, body, guid FROM notes').all()).toEqual([{ sentence_id: 2, coder: 'cleo', body: 'Second thought', guid: noteGuid }]);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'notes_coder_before_format_4'").pluck().get()).toBe('cleo');
    db.prepare("INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (1, 1, 'ben', 'now')").run();
    expect(() => db.prepare("INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (1, 1, 'ben', 'later')").run()).toThrow(/UNIQUE constraint failed/);
    db.prepare("INSERT INTO notes (sentence_id, coder, body, created_at, updated_at) VALUES (2, 'ben', 'A second opinion', 'now', 'now')").run();
    expect(() => db.prepare("INSERT INTO notes (sentence_id, coder, body, created_at, updated_at) VALUES (2, 'ben', 'again', 'now', 'now')").run()).toThrow(/UNIQUE constraint failed/);
    const matching = (query: string) => db.prepare('SELECT n.sentence_id, n.coder FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid WHERE notes_fts MATCH ?').all(query);
    expect(matching('second')).toEqual([{ sentence_id: 2, coder: 'cleo' }, { sentence_id: 2, coder: 'ben' }]);
    expect(matching('opinion')).toEqual([{ sentence_id: 2, coder: 'ben' }]);
    expect(db.prepare("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
    db.prepare("INSERT INTO coded_documents (document_id, coder, coded_at) VALUES (1, 'ana', 'now'), (1, 'ben', 'now')").run();
    // Removing a document for good takes its coded marks with it (its sentences were indexed, as an import does).
    db.exec("INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')");
    db.prepare('DELETE FROM documents WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM coded_documents').pluck().get()).toBe(0);
    db.close();
  });

  it('a failing migration leaves the notebook at its previous version', () => {
    const db = new Database(':memory:');
    const broken = { version: latestVersion + 1, name: 'broken', up: (d: Database.Database) => { d.exec('CREATE TABLE half (x)'); throw new Error('boom'); } };
    (migrations as unknown as typeof broken[]).push(broken);
    try {
      expect(() => migrate(db, latestVersion + 1)).toThrow('boom');
      expect(schemaVersion(db)).toBe(0);
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema").get()).toEqual({ n: 0 });
    } finally {
      (migrations as unknown as typeof broken[]).pop();
    }
  });

  describe('the schema they build', () => {
    // A fresh notebook schema per test: some tests write rows to prove a constraint or trigger.
    let db: Database.Database;
    beforeEach(() => {
      db = new Database(':memory:');
      migrate(db);
    });
    afterEach(() => db.close());

    const TABLES = ['coded_documents', 'document_attributes', 'document_details', 'documents', 'history', 'memos', 'notes', 'sentences', 'settings', 'tags', 'themes'];

    it('has the notebook\'s tables, all STRICT, and tags stored by its key (WITHOUT ROWID)', () => {
      const tables = db.prepare("SELECT name, strict, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string; strict: number; wr: number }[];
      expect(tables.map((t) => t.name)).toEqual(TABLES);
      expect(tables.filter((t) => !t.strict)).toEqual([]);
      expect(tables.filter((t) => t.wr).map((t) => t.name)).toEqual(['coded_documents', 'document_attributes', 'tags']);
    });

    it('gives each table its columns, with their types, NOT NULLs, defaults and primary keys', () => {
      expect(Object.fromEntries(TABLES.map((table) => [table, columnsOf(db, table)]))).toEqual({
        coded_documents: ['document_id INTEGER NOT NULL PRIMARY KEY 1/2', 'coder TEXT NOT NULL PRIMARY KEY 2/2', 'coded_at TEXT NOT NULL'],
        document_attributes: ['document_id INTEGER NOT NULL PRIMARY KEY 1/2', 'key TEXT NOT NULL PRIMARY KEY 2/2', 'value TEXT NOT NULL'],
        document_details: ['document_id INTEGER PRIMARY KEY', 'outlet TEXT', 'author TEXT', 'published_on TEXT', 'url TEXT', 'language TEXT'],
        memos: ['id INTEGER PRIMARY KEY', 'document_id INTEGER', 'theme_id INTEGER', 'body TEXT NOT NULL', 'created_at TEXT NOT NULL', 'updated_at TEXT NOT NULL', 'guid TEXT'],
        documents: ['id INTEGER PRIMARY KEY', 'title TEXT NOT NULL', 'source_name TEXT', 'imported_at TEXT NOT NULL', 'original_text TEXT NOT NULL', 'removed_at TEXT', 'guid TEXT'],
        history: ['id INTEGER PRIMARY KEY', 'at TEXT NOT NULL', 'coder TEXT NOT NULL', 'kind TEXT NOT NULL', 'label TEXT NOT NULL', 'target_id INTEGER', 'ops TEXT NOT NULL'],
        notes: ['id INTEGER PRIMARY KEY', 'sentence_id INTEGER NOT NULL', 'coder TEXT NOT NULL', 'body TEXT NOT NULL', 'created_at TEXT NOT NULL', 'updated_at TEXT NOT NULL', 'guid TEXT'],
        sentences: [
          'id INTEGER PRIMARY KEY', 'document_id INTEGER NOT NULL', 'ordinal INTEGER NOT NULL', 'paragraph INTEGER NOT NULL',
          'start_offset INTEGER NOT NULL', 'end_offset INTEGER NOT NULL', 'text TEXT NOT NULL',
        ],
        settings: ['key TEXT NOT NULL PRIMARY KEY', 'value TEXT NOT NULL'],
        tags: ['sentence_id INTEGER NOT NULL PRIMARY KEY 1/3', 'theme_id INTEGER NOT NULL PRIMARY KEY 2/3', 'coder TEXT NOT NULL PRIMARY KEY 3/3', 'tagged_at TEXT NOT NULL', 'guid TEXT'],
        themes: [
          'id INTEGER PRIMARY KEY', 'name TEXT NOT NULL', 'colour TEXT NOT NULL', "description TEXT NOT NULL DEFAULT ''",
          'key_slot INTEGER', 'position INTEGER NOT NULL', 'parent_id INTEGER', 'created_at TEXT NOT NULL', 'guid TEXT',
        ],
      });
    });

    it('ties rows together with foreign keys: removing a sentence takes its tags and note, removing a theme its tags', () => {
      const keys = TABLES.flatMap((table) => (db.prepare('SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?)').all(table) as {
        table: string; from: string; to: string; on_delete: string;
      }[]).map((k) => `${table}.${k.from} -> ${k.table}.${k.to} ON DELETE ${k.on_delete}`)).sort();
      expect(keys).toEqual([
        'coded_documents.document_id -> documents.id ON DELETE CASCADE',
        'document_attributes.document_id -> documents.id ON DELETE CASCADE',
        'document_details.document_id -> documents.id ON DELETE CASCADE',
        'history.target_id -> history.id ON DELETE NO ACTION',
        'memos.document_id -> documents.id ON DELETE CASCADE',
        'memos.theme_id -> themes.id ON DELETE CASCADE',
        'notes.sentence_id -> sentences.id ON DELETE CASCADE',
        'sentences.document_id -> documents.id ON DELETE CASCADE',
        'tags.sentence_id -> sentences.id ON DELETE CASCADE',
        'tags.theme_id -> themes.id ON DELETE CASCADE',
        'themes.parent_id -> themes.id ON DELETE SET NULL',
      ]);
    });

    it('indexes sentences by document and number, tags by theme, and themes by name (any case) and by key', () => {
      const indexes = TABLES.flatMap((table) => (db.prepare('SELECT name, "unique", origin, partial FROM pragma_index_list(?)').all(table) as {
        name: string; unique: number; origin: string; partial: number;
      }[]).map((index) => {
        const columns = (db.prepare('SELECT name, coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno').all(index.name) as { name: string; coll: string }[])
          .map((c) => (c.coll === 'BINARY' ? c.name : `${c.name} COLLATE ${c.coll}`));
        const label = { pk: 'primary key', u: 'UNIQUE constraint', c: index.name }[index.origin] ?? index.origin;
        return `${label} on ${table}(${columns.join(', ')})${index.unique ? ' unique' : ''}${index.partial ? ' partial' : ''}`;
      })).sort();
      expect(indexes).toEqual([
        'UNIQUE constraint on notes(sentence_id, coder) unique',
        'UNIQUE constraint on sentences(document_id, ordinal) unique',
        'document_attributes_by_value on document_attributes(key COLLATE NOCASE, value COLLATE NOCASE)',
        'documents_by_guid on documents(guid) unique',
        'memos_by_guid on memos(guid) unique',
        'memos_by_subject on memos(, ) unique',
        'notes_by_guid on notes(guid) unique',
        'primary key on coded_documents(document_id, coder) unique',
        'primary key on document_attributes(document_id, key COLLATE NOCASE) unique',
        'primary key on settings(key) unique',
        'primary key on tags(sentence_id, theme_id, coder) unique',
        'tags_by_guid on tags(guid) unique',
        'tags_by_theme on tags(theme_id, sentence_id)',
        'themes_by_guid on themes(guid) unique',
        'themes_by_key on themes(key_slot) unique partial',
        'themes_by_name on themes(name COLLATE NOCASE) unique',
      ]);
    });

    it('refuses rows its CHECK constraints and STRICT types rule out', () => {
      db.prepare("INSERT INTO documents (id, title, imported_at, original_text) VALUES (1, 'T', 'now', 'Hello world.')").run();
      const sentence = db.prepare('INSERT INTO sentences (document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES (1, ?, ?, ?, ?, ?)');
      expect(() => sentence.run(0, 0, 0, 5, 'Hello')).toThrow(/CHECK constraint failed: ordinal >= 1/);
      expect(() => sentence.run(1, -1, 0, 5, 'Hello')).toThrow(/CHECK constraint failed: paragraph >= 0/);
      expect(() => sentence.run(1, 0, 5, 4, 'Hello')).toThrow(/CHECK constraint failed: end_offset >= start_offset/);
      expect(() => sentence.run('first', 0, 0, 5, 'Hello')).toThrow(/cannot store TEXT value in INTEGER column sentences.ordinal/);
      const theme = db.prepare("INSERT INTO themes (name, colour, key_slot, position, created_at) VALUES (?, '#000000', ?, 0, 'now')");
      expect(() => theme.run('Gas', 10)).toThrow(/CHECK constraint failed: key_slot BETWEEN 1 AND 9/);
      theme.run('Gas', null);
      theme.run('Trade', null);
      expect(() => theme.run('GAS', 1)).toThrow(/UNIQUE constraint failed: themes.name/);
      theme.run('Missiles', 1);
      expect(() => theme.run('Talks', 1)).toThrow(/UNIQUE constraint failed: themes.key_slot/);
      expect(() => db.prepare("INSERT INTO history (at, coder, kind, label, ops) VALUES ('t', 'c', 'edit', 'x', '[]')").run())
        .toThrow(/CHECK constraint failed: kind IN/);
      const published = db.prepare('INSERT OR REPLACE INTO document_details (document_id, published_on) VALUES (1, ?)');
      published.run('2024-02-29');
      for (const bad of ['2026-02-30', '2026-13-01', '2026-2-1', '07/04/2017', '2017-04-07T10:00']) {
        expect(() => published.run(bad), bad).toThrow(/CHECK constraint failed: published_on/);
      }
      const attribute = db.prepare('INSERT INTO document_attributes (document_id, key, value) VALUES (1, ?, ?)');
      attribute.run('Country', 'Russia');
      expect(() => attribute.run('country', 'Syria')).toThrow(/UNIQUE constraint failed/);
      expect(() => attribute.run('', 'x')).toThrow(/CHECK constraint failed: length\(key\)/);
      const memo = db.prepare("INSERT INTO memos (document_id, theme_id, body, created_at, updated_at) VALUES (?, ?, 'm', 'now', 'now')");
      memo.run(null, null);
      expect(() => memo.run(null, null)).toThrow(/UNIQUE constraint failed: index 'memos_by_subject'/);
      memo.run(1, null);
      expect(() => memo.run(1, null)).toThrow(/UNIQUE constraint failed/);
      expect(() => memo.run(1, 1)).toThrow(/CHECK constraint failed: document_id IS NULL OR theme_id IS NULL/);
    });

    it('keeps the history append-only, and the search indexes in step with notes and removed sentences, by its triggers', () => {
      expect(names(db, "SELECT tbl_name || ': ' || name AS name FROM sqlite_schema WHERE type = 'trigger' ORDER BY tbl_name, name")).toEqual([
        'documents: documents_guid',
        'history: history_is_append_only_delete',
        'history: history_is_append_only_update',
        'memos: memos_fts_delete',
        'memos: memos_fts_insert',
        'memos: memos_fts_update',
        'memos: memos_guid',
        'notes: notes_fts_delete',
        'notes: notes_fts_insert',
        'notes: notes_fts_update',
        'notes: notes_guid',
        'sentences: sentences_fts_delete',
        'tags: tags_guid',
        'themes: themes_guid',
      ]);
      db.prepare("INSERT INTO documents (id, title, imported_at, original_text) VALUES (1, 'T', 'now', 'Moscow denied it.')").run();
      const { lastInsertRowid: id } = db.prepare("INSERT INTO sentences (document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES (1, 1, 0, 0, 17, 'Moscow denied it.')").run();
      db.prepare('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)').run(id, 'Moscow denied it.');
      const notesMatching = (query: string) =>
        db.prepare('SELECT n.sentence_id FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid WHERE notes_fts MATCH ?').pluck().all(query);
      db.prepare("INSERT INTO notes (sentence_id, coder, body, created_at, updated_at) VALUES (?, 'ana', 'A denial', 'now', 'now')").run(id);
      expect(notesMatching('denial')).toEqual([Number(id)]);
      db.prepare("UPDATE notes SET body = 'A claim' WHERE sentence_id = ?").run(id);
      expect([notesMatching('denial'), notesMatching('claim')]).toEqual([[], [Number(id)]]);
      db.prepare('DELETE FROM sentences WHERE id = ?').run(id);
      expect(db.prepare("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'claim'").all()).toEqual([]);
      expect(db.prepare("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'moscow'").all()).toEqual([]);
    });

    it('searches sentences and notes with FTS5 over their own tables, ignoring diacritics', () => {
      expect(names(db, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual' ORDER BY name")).toEqual(['memos_fts', 'notes_fts', 'sentences_fts']);
      expect(names(db, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow' ORDER BY name")).toEqual([
        'memos_fts_config', 'memos_fts_data', 'memos_fts_docsize', 'memos_fts_idx',
        'notes_fts_config', 'notes_fts_data', 'notes_fts_docsize', 'notes_fts_idx',
        'sentences_fts_config', 'sentences_fts_data', 'sentences_fts_docsize', 'sentences_fts_idx',
      ]);
      expect([columnsOf(db, 'sentences_fts'), columnsOf(db, 'notes_fts'), columnsOf(db, 'memos_fts')]).toEqual([['text'], ['body'], ['body']]);
      db.prepare("INSERT INTO documents (id, title, imported_at, original_text) VALUES (1, 'T', 'now', 'Café crème.')").run();
      const { lastInsertRowid: id } = db.prepare("INSERT INTO sentences (document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES (1, 1, 0, 0, 11, 'Café crème.')").run();
      // 'rebuild' reads the content table: this finds the sentence only if sentences_fts indexes sentences by id.
      db.prepare("INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')").run();
      expect(db.prepare("SELECT rowid, text FROM sentences_fts WHERE sentences_fts MATCH 'cafe creme'").all()).toEqual([{ rowid: Number(id), text: 'Café crème.' }]);
    });

    // Released notebooks hold this SQL, and schema-check refuses a notebook whose SQL differs from what
    // the migrations create: editing a released migration, even a comment in it, would refuse them all.
    it('stores the SQL released notebooks hold, unchanged', () => {
      expect(storedSql(db)).toMatchSnapshot();
    });
  });
});
