import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { codedStudy, STUDY_TEXTS } from '../exchange/refi-test-study';
import { createContext } from '../context';
import { insertDocument } from '../documents';
import { latestVersion, migrate, schemaVersion, shipMigrationForTest } from '../migrations';
import { THEMATA_APPLICATION_ID } from '../open';
import { caught } from '../test-support/caught';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { contentHash } from './content-hash';
import { readNotebookWork } from './read-notebook-work';

describe('another coder’s notebook read as incoming work', () => {
  const folder = useTemporaryFolder();

  it('holds its documents with their hashes, its codebook, every coder’s tags and notes, and leaves the file byte for byte as it was', () => {
    const file = codedStudy(folder());
    const before = fs.readFileSync(file);
    const work = readNotebookWork(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Study.themata']);

    expect(work.fileName).toBe('Study.themata');
    expect(work.documents.map((d) => [d.title, d.hash])).toEqual([
      ['Syria report', contentHash(STUDY_TEXTS.report)],
      ['Astral <signs> & "marks"', contentHash(STUDY_TEXTS.astral)],
    ]);
    expect(work.documents[0]!.details).toMatchObject({ outlet: 'Reuters', attributes: [['country', 'Syria'], ['stance', 'neutral']] });
    const themeName = new Map(work.themes.map((t) => [t.key, t.name]));
    expect(work.themes.map((t) => [t.name, t.parentKey ? themeName.get(t.parentKey) : null])).toEqual([
      ['Claims', null], ['Missile claims', 'Claims'], ['Counts', 'Missile claims'], ['Trade & threats', null],
    ]);
    expect(work.themes.every((t) => t.guid !== null)).toBe(true);
    const text = (key: string) => work.documents.find((d) => d.key === key)!.text;
    expect(work.tags.map((t) => [text(t.documentKey).slice(t.start, t.end), themeName.get(t.themeKey), t.coder])).toEqual([
      ['Moscow said 23 missiles 🚀 reached the base.', 'Missile claims', 'ana'],
      ['Moscow said 23 missiles 🚀 reached the base.', 'Counts', 'ana'],
      ['The Pentagon disagreed.', 'Claims', 'ben'],
      ['Ankara threatened trade 🇹🇷 measures.', 'Trade & threats', 'ana'],
      ['😀 Nobody knew why.', 'Claims', 'ana'],
    ]);
    expect(work.notes.map((n) => [text(n.documentKey).slice(n.start, n.end), n.coder, n.body])).toEqual([
      ['Moscow said 23 missiles 🚀 reached the base.', 'ana', 'Compare with the *Pentagon* figure 🚀.'],
      ['The 𠀋 sign was painted.', 'ana', 'An untagged thought.'],
    ]);
  });

  it('reads a notebook of an older format without upgrading it', () => {
    const file = codedStudy(folder());
    const before = fs.readFileSync(file);
    const unship = shipMigrationForTest({ version: latestVersion + 1, name: 'later', up: (db) => db.exec('CREATE TABLE later (x TEXT) STRICT') });
    try {
      expect(readNotebookWork(file).tags).toHaveLength(5);
    } finally {
      unship();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reads a notebook of format 3 as it is: its tags by their coders, its notes by whom the upgrade would give them', () => {
    const file = path.join(folder(), 'Old.themata');
    const raw = new Database(file);
    raw.pragma(`application_id = ${THEMATA_APPLICATION_ID}`);
    migrate(raw, 3);
    const ctx = createContext(raw, 'ana', () => '2025-05-01T09:00:00.000Z');
    const documentId = insertDocument(ctx, { title: 'Syria report', text: STUDY_TEXTS.report, sourceName: null });
    raw.prepare("INSERT INTO themes (id, name, colour, position, created_at) VALUES (1, 'Claims', '#0072B2', 0, '2025-05-01T09:00:00.000Z')").run();
    const [first, second] = raw.prepare('SELECT id FROM sentences WHERE document_id = ? ORDER BY ordinal').pluck().all(documentId) as number[];
    raw.prepare("INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (?, 1, 'ana', '2025-05-01T09:00:00.000Z'), (?, 1, 'ben', '2025-05-02T09:00:00.000Z')").run(first, second);
    raw.prepare("INSERT INTO notes (sentence_id, body, created_at, updated_at) VALUES (?, 'An older note.', '2025-05-02T09:00:00.000Z', '2025-05-02T09:00:00.000Z')").run(second);
    raw.prepare("INSERT INTO history (at, coder, kind, label, ops) VALUES ('2025-05-02T09:00:00.000Z', 'ben', 'change', 'Edit the note', '[]')").run();
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fs.readFileSync(file);

    const work = readNotebookWork(file);
    expect(work.tags.map((t) => t.coder)).toEqual(['ana', 'ben']);
    expect(work.notes.map((n) => [n.coder, n.body])).toEqual([['ben', 'An older note.']]);
    expect(work.doneMarks).toEqual([]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(3);
    after.close();
  });

  it('refuses a missing file, a file that is not a notebook, and a notebook of a newer Themata, each in one sentence', () => {
    const home = folder();
    expect(caught(() => readNotebookWork(path.join(home, 'Nowhere.themata'))).code).toBe('file-missing');
    const text = path.join(home, 'Notes.themata');
    fs.writeFileSync(text, 'just some text, not a database at all, long enough to have a header');
    expect(caught(() => readNotebookWork(text)).code).toBe('not-a-notebook');
    const newer = codedStudy(folder());
    const raw = new Database(newer);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    const error = caught(() => readNotebookWork(newer));
    expect(error.code).toBe('newer-notebook');
    expect(error.message).toMatch(/newer version of Themata/);
  });
});
