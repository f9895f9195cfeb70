/**
 * Memos: a researcher's longer writing about the whole notebook, one
 * document or one theme. Saved as typed, like notes (successive saves of one
 * memo undo as one step), searchable, and exported with what they are about.
 */
import type { NotebookContext } from './context';
import { quotedTitle } from './details';
import { requireVisibleDocument } from './documents';
import type { Memo, MemoHit, MemoSubject } from './domain';
import type { History } from './history';
import { newGuid } from './guid';
import { NotebookError } from './notebook-error';
import type { MemoRow } from './rows';
import { highlightRanges } from './search';
import { readSearch, toFtsQuery } from './search-query';

export const MEMO_MAX_LENGTH = 200_000;

function rowOf(ctx: NotebookContext, subject: MemoSubject): MemoRow | null {
  const documentId = subject.kind === 'document' ? subject.documentId : 0;
  const themeId = subject.kind === 'theme' ? subject.themeId : 0;
  const row = ctx.sql('SELECT * FROM memos WHERE coalesce(document_id, 0) = ? AND coalesce(theme_id, 0) = ?').get(documentId, themeId) as MemoRow | undefined;
  return row ?? null;
}

function subjectOf(row: Pick<MemoRow, 'document_id' | 'theme_id'>): MemoSubject {
  if (row.document_id !== null) return { kind: 'document', documentId: row.document_id };
  if (row.theme_id !== null) return { kind: 'theme', themeId: row.theme_id };
  return { kind: 'notebook' };
}

function toMemo(row: MemoRow): Memo {
  return { subject: subjectOf(row), body: row.body, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** What a memo is about, in words; refuses a subject that is not in the notebook. */
function describeSubject(ctx: NotebookContext, subject: MemoSubject): string {
  switch (subject.kind) {
    case 'notebook':
      return 'the notebook memo';
    case 'document':
      return `the memo on ${quotedTitle(requireVisibleDocument(ctx, subject.documentId).title)}`;
    case 'theme': {
      const theme = ctx.sql('SELECT name FROM themes WHERE id = ?').get(subject.themeId) as { name: string } | undefined;
      if (!theme) throw new NotebookError('not-found', `There is no theme ${subject.themeId} in this codebook.`);
      return `the memo on theme ${theme.name}`;
    }
  }
}

export function getMemo(ctx: NotebookContext, subject: MemoSubject): Memo | null {
  describeSubject(ctx, subject);
  const row = rowOf(ctx, subject);
  return row ? toMemo(row) : null;
}

/** Writes a memo; a blank body removes it. */
export function setMemo(ctx: NotebookContext, history: History, subject: MemoSubject, body: string): Memo | null {
  if (body.length > MEMO_MAX_LENGTH) {
    throw new NotebookError('invalid-input', `A memo is at most ${MEMO_MAX_LENGTH.toLocaleString('en')} characters.`);
  }
  const what = describeSubject(ctx, subject);
  const before = rowOf(ctx, subject);
  const now = ctx.now();
  const id = before?.id ?? (ctx.sql('SELECT coalesce(max(id), 0) + 1 AS id FROM memos').get() as { id: number }).id;
  const after: MemoRow | null =
    body.trim() === ''
      ? null
      : {
          id,
          document_id: subject.kind === 'document' ? subject.documentId : null,
          theme_id: subject.kind === 'theme' ? subject.themeId : null,
          body,
          created_at: before?.created_at ?? now,
          updated_at: now,
          guid: before?.guid ?? newGuid(),
        };
  if (before?.body === after?.body) return before ? toMemo(before) : null;
  const label = `${after === null ? 'Remove' : 'Edit'} ${what}`;
  history.recordTyping(`memo:${memoKey(subject)}`, label, { type: 'memo', memoId: id, before, after });
  return after ? toMemo(after) : null;
}

/** The memo on a theme, as the operation that removes it with the theme (so undoing the removal brings it back). */
export function themeMemoRow(ctx: NotebookContext, themeId: number): MemoRow | null {
  return rowOf(ctx, { kind: 'theme', themeId });
}

export function memoKey(subject: MemoSubject): string {
  return subject.kind === 'notebook' ? 'notebook' : subject.kind === 'document' ? `document:${subject.documentId}` : `theme:${subject.themeId}`;
}

/** Every memo of the notebook, but those on removed documents: the notebook's first, then documents' in import order, then themes' in codebook order. */
export function listMemos(ctx: NotebookContext): Memo[] {
  const rows = ctx.sql(
    `SELECT m.* FROM memos m
     LEFT JOIN documents d ON d.id = m.document_id
     LEFT JOIN themes t ON t.id = m.theme_id
     WHERE m.document_id IS NULL OR d.removed_at IS NULL
     ORDER BY m.theme_id IS NOT NULL, m.document_id IS NOT NULL, m.document_id, t.position, t.id`,
  ).all() as MemoRow[];
  return rows.map(toMemo);
}

/** Memos matching the query, read as search reads it; the notebook's first, then documents', then themes'. */
export function searchMemos(ctx: NotebookContext, query: string, limit: number): MemoHit[] {
  const reading = readSearch(query);
  const fts = toFtsQuery(reading.query);
  if (fts === null || limit <= 0) return [];
  const rows = ctx.sql(
    `SELECT m.*, d.title AS document_title, t.name AS theme_name FROM memos m
     LEFT JOIN documents d ON d.id = m.document_id
     LEFT JOIN themes t ON t.id = m.theme_id
     WHERE m.id IN (SELECT rowid FROM memos_fts WHERE memos_fts MATCH ?)
       AND (m.document_id IS NULL OR d.removed_at IS NULL)
     ORDER BY m.theme_id IS NOT NULL, m.document_id IS NOT NULL, m.document_id, t.position, t.id
     LIMIT ?`,
  ).all(fts, limit) as (MemoRow & { document_title: string | null; theme_name: string | null })[];
  return rows.map((row) => ({
    subject: subjectOf(row),
    label: row.document_title !== null ? `Memo on ${row.document_title}` : row.theme_name !== null ? `Memo on theme ${row.theme_name}` : 'Notebook memo',
    body: row.body,
    highlights: highlightRanges(row.body, reading.marked),
  }));
}
