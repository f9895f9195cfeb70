import fs from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from '../migrations';
import { NOTES_CODER_BEFORE_FORMAT_4 } from '../migrations/004-coders';
import type { Operation } from '../operations';
import type { HistoryRow, NoteRow } from '../rows';

/** Tables whose columns format 4 left as format 3 had them. */
const UNCHANGED = ['documents', 'sentences', 'themes', 'document_details', 'document_attributes', 'memos'];

function withoutCoder(row: NoteRow | null): Omit<NoteRow, 'coder'> | null {
  if (row === null) return null;
  const { coder: _coder, ...rest } = row;
  return rest;
}

/**
 * Rewrites a notebook (written by this Themata, one coder per tag) as format 3
 * left it: the schema exactly as the released migrations built it, every row
 * copied across. Tests upgrade it again to prove what the upgrade keeps.
 */
export function takeBackToFormatThree(file: string): void {
  const older = `${file}.format-3`;
  fs.rmSync(older, { force: true });
  const db = new Database(older);
  try {
    migrate(db, 3);
    db.prepare('ATTACH DATABASE ? AS current').run(file);
    db.transaction(() => {
      for (const table of UNCHANGED) db.exec(`INSERT INTO main.${table} SELECT * FROM current.${table}`);
      db.prepare('INSERT INTO main.settings SELECT * FROM current.settings WHERE key <> ?').run(NOTES_CODER_BEFORE_FORMAT_4);
      // Format 3 recorded a note without its coder.
      const insert = db.prepare('INSERT INTO main.history (id, at, coder, kind, label, target_id, ops) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const entry of db.prepare('SELECT * FROM current.history ORDER BY id').all() as HistoryRow[]) {
        const ops = (JSON.parse(entry.ops) as Operation[]).map((op) =>
          op.type === 'note' ? { ...op, before: withoutCoder(op.before), after: withoutCoder(op.after) } : op,
        );
        insert.run(entry.id, entry.at, entry.coder, entry.kind, entry.label, entry.target_id, JSON.stringify(ops));
      }
      db.exec(`
        INSERT INTO main.tags (sentence_id, theme_id, coder, tagged_at, guid) SELECT sentence_id, theme_id, coder, tagged_at, guid FROM current.tags;
        INSERT INTO main.notes (sentence_id, body, created_at, updated_at, guid) SELECT sentence_id, body, created_at, updated_at, guid FROM current.notes;
        INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
        INSERT INTO memos_fts(memos_fts) VALUES ('rebuild');
      `);
    })();
    db.exec('DETACH DATABASE current');
    const source = new Database(file, { readonly: true });
    const applicationId = source.pragma('application_id', { simple: true }) as number;
    source.close();
    db.pragma(`application_id = ${applicationId}`);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  fs.renameSync(older, file);
}
