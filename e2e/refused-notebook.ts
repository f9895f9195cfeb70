/** Notebooks Themata refuses to open, made as another program (or a bad disk) would make them. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ensureDefaultNotebook } from '../db';

/** A colleague's notebook, Received.themata: sentence 2 tagged as Missile claims, with a note. */
export function receivedNotebook(folder: string): string {
  const file = path.join(folder, 'Received.themata');
  const notebook = ensureDefaultNotebook(file, { coder: 'ben' });
  notebook.tag([notebook.sentenceId(1, 2)], notebook.listThemes()[0]!.id);
  notebook.setNote(notebook.sentenceId(1, 2), 'Both claims in one sentence.');
  notebook.close();
  return file;
}

/** Runs SQL behind Themata's back, and leaves the file in rollback-journal mode as such a program would. */
export function plant(file: string, sql: string): void {
  const raw = new Database(file);
  try {
    raw.exec(sql);
    raw.pragma('journal_mode = DELETE');
  } finally {
    raw.close();
  }
}

/** The received notebook with a trigger Themata did not write: refused as untrusted. */
export function untrustedNotebook(folder: string): string {
  const file = receivedNotebook(folder);
  plant(file, 'CREATE TRIGGER t AFTER INSERT ON tags BEGIN DELETE FROM notes; END;');
  return file;
}

/** The received notebook with a page of its notes table overwritten: refused as damaged. Returns its bytes too. */
export function damagedNotebook(folder: string): { file: string; bytes: Buffer } {
  const file = receivedNotebook(folder);
  // Enough notes that the notes table has pages of its own.
  plant(
    file,
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 13)
     INSERT OR REPLACE INTO notes (sentence_id, coder, body, created_at, updated_at) SELECT i, 'ben', printf('%.3000c', 'x'), 't', 't' FROM n;`,
  );
  const raw = new Database(file, { readonly: true });
  const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'notes'").get() as { rootpage: number };
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0xff, (rootpage - 1) * pageSize, (rootpage - 1) * pageSize + 16);
  fs.writeFileSync(file, bytes);
  return { file, bytes };
}

/** The workspace's own way to another notebook: the notebook menu in the toolbar. */
export async function openNotebookFromToolbar(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Notebook: / }).click();
  await page.getByRole('button', { name: 'Open notebook…' }).click();
}
