import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { latestVersion, migrate, migrations, schemaVersion } from './index';

function schemaOf(db: Database.Database): string[] {
  return (db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as {
    type: string; name: string; sql: string | null;
  }[]).map((r) => `${r.type} ${r.name}: ${(r.sql ?? '').replace(/\s+/g, ' ')}`);
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

  it('a failing migration leaves the notebook at its previous version', () => {
    const db = new Database(':memory:');
    const broken = { version: 2, name: 'broken', up: (d: Database.Database) => { d.exec('CREATE TABLE half (x)'); throw new Error('boom'); } };
    (migrations as unknown as typeof broken[]).push(broken);
    try {
      expect(() => migrate(db, 2)).toThrow('boom');
      expect(schemaVersion(db)).toBe(0);
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema").get()).toEqual({ n: 0 });
    } finally {
      (migrations as unknown as typeof broken[]).pop();
    }
  });

  it('the final schema matches its snapshot', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(schemaOf(db)).toMatchSnapshot();
  });
});
