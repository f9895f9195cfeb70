/**
 * Every change to a notebook is a list of invertible operations. Applying
 * them is the only way repositories write researcher data, so undo and redo
 * are exact by construction and the history doubles as an audit trail.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { MemoRow, NoteRow, ThemeRow } from './rows';
import type { RunningCounts } from './running-counts';
import { NOTES_CODER_BEFORE_FORMAT_4 } from './migrations/004-coders';

export interface TagRecord {
  sentenceId: number;
  coder: string;
  at: string;
  /** Absent in entries recorded before format 3: the notebook then gives the tag a new one. */
  guid?: string;
}

export type Operation =
  | { type: 'tags-add'; themeId: number; tags: TagRecord[] }
  | { type: 'tags-remove'; themeId: number; tags: TagRecord[] }
  | { type: 'note'; sentenceId: number; before: NoteRow | null; after: NoteRow | null }
  | { type: 'theme'; themeId: number; before: ThemeRow | null; after: ThemeRow | null }
  | { type: 'document-visibility'; documentId: number; visible: boolean; at: string }
  | { type: 'document-details'; documentId: number; before: DetailsRecord; after: DetailsRecord }
  | { type: 'memo'; memoId: number; before: MemoRow | null; after: MemoRow | null }
  | { type: 'document-coded'; documentId: number; coder: string; at: string; coded: boolean }
  /** The coders settled a sentence on these themes, keeping these coders' answers: a record only, the consensus tags are their own operations. */
  | { type: 'consensus'; sentenceId: number; themeIds: number[]; keep: string[] };

/** A document's title, details and attributes as one value: a change to them is undone by writing the other value back. */
export interface DetailsRecord {
  title: string;
  outlet: string | null;
  author: string | null;
  published_on: string | null;
  url: string | null;
  language: string | null;
  /** [key, value], by key. */
  attributes: [string, string][];
}

export function invert(op: Operation): Operation {
  switch (op.type) {
    case 'tags-add':
      return { ...op, type: 'tags-remove' };
    case 'tags-remove':
      return { ...op, type: 'tags-add' };
    case 'note':
      return { ...op, before: op.after, after: op.before };
    case 'theme':
      return { ...op, before: op.after, after: op.before };
    case 'document-visibility':
      return { ...op, visible: !op.visible };
    case 'document-details':
      return { ...op, before: op.after, after: op.before };
    case 'memo':
      return { ...op, before: op.after, after: op.before };
    case 'document-coded':
      return { ...op, coded: !op.coded };
    case 'consensus':
      return op;
  }
}

export function inverse(ops: readonly Operation[]): Operation[] {
  return ops.map(invert).reverse();
}

/** Statements on what formats 2 to 4 added (document details, attributes, memos; GUIDs; coders). */
const LATER_STATEMENTS = {
  addTag: 'INSERT INTO tags (sentence_id, theme_id, coder, tagged_at, guid) VALUES (?, ?, ?, ?, ?)',
  removeTag: 'DELETE FROM tags WHERE sentence_id = ? AND theme_id = ? AND coder = ?',
  upsertNote: `
    INSERT INTO notes (sentence_id, coder, body, created_at, updated_at, guid) VALUES (@sentence_id, @coder, @body, @created_at, @updated_at, @guid)
    ON CONFLICT (sentence_id, coder) DO UPDATE SET body = excluded.body, created_at = excluded.created_at, updated_at = excluded.updated_at,
      guid = coalesce(excluded.guid, guid)`,
  deleteNote: 'DELETE FROM notes WHERE sentence_id = ? AND coder = ?',
  notesCoderBeforeFormat4: `SELECT value FROM settings WHERE key = '${NOTES_CODER_BEFORE_FORMAT_4}'`,
  markCoded: 'INSERT OR REPLACE INTO coded_documents (document_id, coder, coded_at) VALUES (?, ?, ?)',
  unmarkCoded: 'DELETE FROM coded_documents WHERE document_id = ? AND coder = ?',
  upsertTheme: `
    INSERT INTO themes (id, name, colour, description, key_slot, position, parent_id, created_at, guid)
    VALUES (@id, @name, @colour, @description, @key_slot, @position, @parent_id, @created_at, @guid)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, colour = excluded.colour, description = excluded.description,
      key_slot = excluded.key_slot, position = excluded.position, parent_id = excluded.parent_id, created_at = excluded.created_at,
      guid = coalesce(excluded.guid, guid)`,
  setTitle: 'UPDATE documents SET title = ? WHERE id = ?',
  upsertDetails: `
    INSERT INTO document_details (document_id, outlet, author, published_on, url, language)
    VALUES (@document_id, @outlet, @author, @published_on, @url, @language)
    ON CONFLICT (document_id) DO UPDATE SET outlet = excluded.outlet, author = excluded.author,
      published_on = excluded.published_on, url = excluded.url, language = excluded.language`,
  deleteDetails: 'DELETE FROM document_details WHERE document_id = ?',
  deleteAttributes: 'DELETE FROM document_attributes WHERE document_id = ?',
  insertAttribute: 'INSERT INTO document_attributes (document_id, key, value) VALUES (?, ?, ?)',
  upsertMemo: `
    INSERT INTO memos (id, document_id, theme_id, body, created_at, updated_at, guid)
    VALUES (@id, @document_id, @theme_id, @body, @created_at, @updated_at, @guid)
    ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, theme_id = excluded.theme_id,
      body = excluded.body, created_at = excluded.created_at, updated_at = excluded.updated_at, guid = coalesce(excluded.guid, guid)`,
  deleteMemo: 'DELETE FROM memos WHERE id = ?',
} as const;

/**
 * A row as an entry recorded it: entries from before format 3 hold rows
 * without a GUID, and restoring one then keeps the GUID the row has, or lets
 * the notebook give it a new one.
 */
function withGuid<Row extends { guid: string }>(row: Row): Omit<Row, 'guid'> & { guid: string | null } {
  return { ...row, guid: (row.guid as string | undefined) ?? null };
}

/** Prepared once per notebook: the statements that apply operations. */
export class OperationWriter {
  private readonly deleteTheme: Statement;
  private readonly setDocumentRemoved: Statement;
  /** Prepared at first use: a notebook opened in an older format (to back it up) has no tables or columns for them yet. */
  private later: Record<keyof typeof LATER_STATEMENTS, Statement> | null = null;

  constructor(
    private readonly db: Database,
    private readonly counts: RunningCounts,
  ) {
    this.deleteTheme = db.prepare('DELETE FROM themes WHERE id = ?');
    this.setDocumentRemoved = db.prepare('UPDATE documents SET removed_at = ? WHERE id = ?');
  }

  apply(op: Operation): void {
    switch (op.type) {
      case 'tags-add':
        for (const tag of op.tags) this.statements().addTag.run(tag.sentenceId, op.themeId, tag.coder, tag.at, tag.guid ?? null);
        this.counts.tagsChanged(op.themeId, op.tags.map((t) => t.sentenceId), true);
        return;
      case 'tags-remove':
        for (const tag of op.tags) this.statements().removeTag.run(tag.sentenceId, op.themeId, tag.coder);
        this.counts.tagsChanged(op.themeId, op.tags.map((t) => t.sentenceId), false);
        return;
      case 'note': {
        const coder = this.noteCoder(op);
        if (op.after) this.statements().upsertNote.run({ ...withGuid(op.after), coder });
        else this.statements().deleteNote.run(op.sentenceId, coder);
        this.counts.noteChanged(op.sentenceId, op.before && !op.after ? -1 : !op.before && op.after ? 1 : 0);
        return;
      }
      case 'theme':
        if (op.after) this.statements().upsertTheme.run(withGuid(op.after));
        else this.deleteTheme.run(op.themeId);
        // A deleted theme takes its tags with it (ON DELETE CASCADE).
        if (!op.before || !op.after) this.counts.forget();
        else if (op.before.parent_id !== op.after.parent_id) this.counts.forgetRollups();
        return;
      case 'document-visibility':
        this.setDocumentRemoved.run(op.visible ? null : op.at, op.documentId);
        this.counts.forgetThemes();
        return;
      case 'document-details':
        this.applyDetails(op.documentId, op.before, op.after);
        return;
      case 'memo':
        if (op.after) this.statements().upsertMemo.run(withGuid(op.after));
        else this.statements().deleteMemo.run(op.memoId);
        return;
      case 'document-coded':
        if (op.coded) this.statements().markCoded.run(op.documentId, op.coder, op.at);
        else this.statements().unmarkCoded.run(op.documentId, op.coder);
        return;
      case 'consensus':
        return;
    }
  }

  /** Whose note an entry changes: entries from before format 4 name no coder, and meant the one the upgrade gave the notes to. */
  private noteCoder(op: Extract<Operation, { type: 'note' }>): string {
    const coder = (op.after?.coder as string | undefined) ?? (op.before?.coder as string | undefined);
    if (coder !== undefined) return coder;
    return (this.statements().notesCoderBeforeFormat4.pluck().get() as string | undefined) ?? 'researcher';
  }

  private statements(): Record<keyof typeof LATER_STATEMENTS, Statement> {
    if (!this.later) {
      const db = this.db;
      this.later = Object.fromEntries(Object.entries(LATER_STATEMENTS).map(([name, sql]) => [name, db.prepare(sql)])) as Record<keyof typeof LATER_STATEMENTS, Statement>;
    }
    return this.later;
  }

  private applyDetails(documentId: number, before: DetailsRecord, after: DetailsRecord): void {
    const sql = this.statements();
    // The document's row holds its text: it is rewritten only when the title really changes.
    if (before.title !== after.title) sql.setTitle.run(after.title, documentId);
    const { title: _title, attributes, ...details } = after;
    if (Object.values(details).every((value) => value === null)) sql.deleteDetails.run(documentId);
    else sql.upsertDetails.run({ document_id: documentId, ...details });
    if (JSON.stringify(before.attributes) === JSON.stringify(attributes)) return;
    sql.deleteAttributes.run(documentId);
    for (const [key, value] of attributes) sql.insertAttribute.run(documentId, key, value);
  }

  applyAll(ops: readonly Operation[]): void {
    for (const op of ops) this.apply(op);
  }
}
