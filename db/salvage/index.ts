/**
 * `themata salvage`: a researcher can still use what a colleague sent when
 * Themata refuses the file. The rows Themata understands are copied, checked
 * one by one, into a fresh notebook built by Themata's own migrations; the
 * source's own SQL never runs and the source is never written.
 */
import path from 'node:path';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { CONTROL_CHARACTER, DIGITS_ONLY, DIRECTION_CONTROL, type DetailField, type SalvageReport } from '../domain';
import { ATTRIBUTE_VALUE_MAX_LENGTH, checkAttributeKey, checkDate, checkDetail } from '../details';
import { MEMO_MAX_LENGTH } from '../memos';
import { createContext } from '../context';
import { createExclusively } from '../exclusive-create';
import { History } from '../history';
import { normaliseGuid } from '../guid';
import { latestVersion } from '../migrations';
import { NOTES_CODER_BEFORE_FORMAT_4 } from '../migrations/004-coders';
import { NotebookError } from '../notebook-error';
import { NOTE_MAX_LENGTH } from '../notes';
import { closeDatabase, openDatabase } from '../open';
import type { DocumentAttributeRow, DocumentDetailsRow, DocumentRow, HistoryRow, MemoRow, NoteRow, SentenceRow, TagRow, ThemeRow } from '../rows';
import { expectedSchema } from '../schema-check';
import { translateStorageError } from '../storage-errors';
import { openUntrusted, readSourceRows, type SourceRows } from './source-rows';

export type { SalvageReport };

export interface SalvageOptions {
  coder: string;
  now?: () => string;
  nativeBinding?: string;
}

export function salvageNotebook(sourcePath: string, targetPath: string, options: SalvageOptions): SalvageReport {
  const source = path.resolve(sourcePath);
  const target = path.resolve(targetPath);
  if (source === target) throw new NotebookError('invalid-input', 'Salvage into a new file, not over the notebook being salvaged.');
  const rows = readSource(source, options.nativeBinding);
  let report: SalvageReport | null = null;
  const created = createExclusively(target, (temporary) => {
    const { db } = openDatabase(temporary, { create: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    try {
      report = { source, target, ...copyInto(db, rows, source, options) };
    } finally {
      closeDatabase(db, false);
    }
  });
  if (!created) throw new NotebookError('file-exists', `${target} already exists; choose a new file for the salvaged notebook.`);
  return report!;
}

function readSource(source: string, nativeBinding: string | undefined): SourceRows {
  let db: SqliteDatabase;
  try {
    db = openUntrusted(source, nativeBinding);
  } catch (error) {
    throw cannotRead(source, error);
  }
  try {
    const known = new Set(expectedSchema(latestVersion).map((o) => o.name));
    const rows = readSourceRows(db, known);
    if (rows.documents.length === 0 && rows.themes.length === 0 && rows.unreadable.length > 0) {
      throw new NotebookError('not-a-notebook', `${source} has nothing Themata can salvage (${rows.unreadable[0]} could not be read).`);
    }
    return rows;
  } finally {
    db.close();
  }
}

function cannotRead(source: string, error: unknown): NotebookError {
  const translated = translateStorageError(error, source);
  if (translated instanceof NotebookError && translated.code !== 'notebook-damaged') return translated;
  return new NotebookError('not-a-notebook', `${source} is not a SQLite file Themata can read, so there is nothing to salvage.`);
}

type Copied = SalvageReport['copied'];
type KeepGuid = (raw: unknown) => string | null;

function copyInto(db: SqliteDatabase, rows: SourceRows, source: string, options: SalvageOptions): Pick<SalvageReport, 'copied' | 'leftOut'> {
  const leftOut = [...rows.foreignObjects.map((o) => `${o}, which Themata does not create (not run, not copied)`), ...rows.unreadable.map((u) => `${u}: unreadable`)];
  const skipped = new Map<string, number>();
  const skip = (what: string) => skipped.set(what, (skipped.get(what) ?? 0) + 1);
  const copied: Copied = { documents: 0, sentences: 0, themes: 0, tags: 0, notes: 0, details: 0, memos: 0, historyEntries: 0 };
  const now = options.now ?? (() => new Date().toISOString());
  // Rows keep their GUIDs (a notebook of format 3 or later has them); a malformed or repeated one gives way to a new one.
  const guids = new Set<string>();
  const keepGuid: KeepGuid = (raw) => {
    const guid = typeof raw === 'string' ? normaliseGuid(raw) : null;
    if (guid === null || guids.has(guid)) return null;
    guids.add(guid);
    return guid;
  };

  db.transaction(() => {
    const documents = new Map<number, DocumentRow>();
    const insertDocument = db.prepare('INSERT INTO documents (id, title, source_name, imported_at, original_text, removed_at, guid) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const row of rows.documents) {
      if (!validDocument(row)) { skip('documents with missing or malformed fields'); continue; }
      insertDocument.run(row.id, row.title.trim(), row.source_name, row.imported_at, row.original_text, row.removed_at, keepGuid(row.guid));
      documents.set(row.id, row);
      copied.documents += 1;
    }

    const sentences = new Set<number>();
    const ordinals = new Set<string>();
    const insertSentence = db.prepare('INSERT INTO sentences (id, document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const row of rows.sentences) {
      const document = documents.get(row.document_id);
      const key = `${row.document_id}:${row.ordinal}`;
      // A sentence must be exactly the slice of its document it claims to be.
      if (!document || !validSentence(row, document) || sentences.has(row.id) || ordinals.has(key)) { skip('sentences that do not match their document'); continue; }
      insertSentence.run(row.id, row.document_id, row.ordinal, row.paragraph, row.start_offset, row.end_offset, row.text);
      sentences.add(row.id);
      ordinals.add(key);
      copied.sentences += 1;
    }
    db.exec("INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')");

    const themes = copyThemes(db, rows.themes, skip, keepGuid);
    copied.themes = themes.size;

    const insertTag = db.prepare('INSERT OR IGNORE INTO tags (sentence_id, theme_id, coder, tagged_at, guid) VALUES (?, ?, ?, ?, ?)');
    for (const row of rows.tags) {
      if (!validTag(row) || !sentences.has(row.sentence_id) || !themes.has(row.theme_id)) { skip('tags on a sentence or theme that could not be copied'); continue; }
      copied.tags += insertTag.run(row.sentence_id, row.theme_id, row.coder, row.tagged_at, keepGuid(row.guid)).changes;
    }

    // Notes from before format 4 name no coder: they become the salvaging coder's, and so do older history entries' notes.
    db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(NOTES_CODER_BEFORE_FORMAT_4, options.coder);
    const insertNote = db.prepare('INSERT OR IGNORE INTO notes (sentence_id, coder, body, created_at, updated_at, guid) VALUES (?, ?, ?, ?, ?, ?)');
    for (const row of rows.notes) {
      if (!validNote(row) || !sentences.has(row.sentence_id)) { skip('notes on a sentence that could not be copied'); continue; }
      const coder = isText(row.coder) && row.coder.trim() !== '' ? row.coder : options.coder;
      copied.notes += insertNote.run(row.sentence_id, coder, row.body, row.created_at, row.updated_at, keepGuid(row.guid)).changes;
    }
    const insertCoded = db.prepare('INSERT OR IGNORE INTO coded_documents (document_id, coder, coded_at) VALUES (?, ?, ?)');
    for (const row of rows.codedDocuments) {
      if (!documents.has(row.document_id) || !isText(row.coder) || !isText(row.coded_at)) { skip('documents marked as coded that could not be copied'); continue; }
      insertCoded.run(row.document_id, row.coder, row.coded_at);
    }

    copyDetailsAndMemos(db, rows, documents, themes, skip, copied, keepGuid);

    const insertEntry = db.prepare('INSERT INTO history (id, at, coder, kind, label, target_id, ops) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const entries = new Set<number>();
    for (const row of rows.history) {
      if (!validHistory(row, entries)) { skip('history entries with missing or malformed fields'); continue; }
      insertEntry.run(row.id, row.at, row.coder, row.kind, row.label, row.target_id, row.ops);
      entries.add(row.id);
      copied.historyEntries += 1;
    }

    const ctx = createContext(db, options.coder, now);
    ctx.sql("INSERT INTO settings (key, value) VALUES ('created_at', ?)").run(now());
    // The copied history stays as the audit trail; undo starts from the salvaged state.
    new History(ctx).baseline(`Salvage ${path.basename(source)}`);
  }).immediate();

  for (const [what, count] of skipped) leftOut.push(`${count} ${what}`);
  return { copied, leftOut };
}

/** Details, attributes and memos, each checked as the store checks them, and only for what was copied. */
function copyDetailsAndMemos(
  db: SqliteDatabase,
  rows: SourceRows,
  documents: Map<number, DocumentRow>,
  themes: Set<number>,
  skip: (what: string) => void,
  copied: Copied,
  keepGuid: KeepGuid,
): void {
  const insertDetails = db.prepare('INSERT OR IGNORE INTO document_details (document_id, outlet, author, published_on, url, language) VALUES (?, ?, ?, ?, ?, ?)');
  for (const row of rows.details) {
    if (!documents.has(row.document_id) || !validDetails(row)) { skip('document details that are malformed or on a document that could not be copied'); continue; }
    copied.details += insertDetails.run(row.document_id, row.outlet, row.author, row.published_on, row.url, row.language).changes;
  }
  const insertAttribute = db.prepare('INSERT OR IGNORE INTO document_attributes (document_id, key, value) VALUES (?, ?, ?)');
  for (const row of rows.attributes) {
    if (!documents.has(row.document_id) || !validAttribute(row)) { skip('document attributes that are malformed or on a document that could not be copied'); continue; }
    copied.details += insertAttribute.run(row.document_id, row.key.trim(), row.value.trim()).changes;
  }
  const insertMemo = db.prepare('INSERT OR IGNORE INTO memos (id, document_id, theme_id, body, created_at, updated_at, guid) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const row of rows.memos) {
    const subjectKept = (row.document_id === null || documents.has(row.document_id)) && (row.theme_id === null || themes.has(row.theme_id));
    if (!validMemo(row) || !subjectKept) { skip('memos that are malformed or about something that could not be copied'); continue; }
    copied.memos += insertMemo.run(row.id, row.document_id, row.theme_id, row.body, row.created_at, row.updated_at, keepGuid(row.guid)).changes;
  }
}

function validDetails(row: DocumentDetailsRow): boolean {
  const fields: DetailField[] = ['outlet', 'author', 'url', 'language'];
  const columns = { outlet: row.outlet, author: row.author, url: row.url, language: row.language, publishedOn: row.published_on };
  try {
    for (const field of fields) if (columns[field] !== null && checkDetail(field, columns[field]) !== columns[field]) return false;
    return row.published_on === null || (isText(row.published_on) && checkDate(row.published_on) === row.published_on);
  } catch {
    return false;
  }
}

function validAttribute(row: DocumentAttributeRow): boolean {
  try {
    return isText(row.key) && isText(row.value) && checkAttributeKey(row.key) !== '' && row.value.trim() !== ''
      && row.value.length <= ATTRIBUTE_VALUE_MAX_LENGTH && !CONTROL_CHARACTER.test(row.value);
  } catch {
    return false;
  }
}

function validMemo(row: MemoRow): boolean {
  return isId(row.id) && (row.document_id === null || isId(row.document_id)) && (row.theme_id === null || isId(row.theme_id))
    && (row.document_id === null || row.theme_id === null) && isText(row.body) && row.body.trim() !== ''
    && row.body.length <= MEMO_MAX_LENGTH && isText(row.created_at) && isText(row.updated_at);
}

/** Themes keep their ids, keys and nesting; a parent that could not be copied leaves its child at the top level. */
function copyThemes(db: SqliteDatabase, rows: ThemeRow[], skip: (what: string) => void, keepGuid: KeepGuid): Set<number> {
  const copied = new Set<number>();
  const names = new Set<string>();
  const keys = new Set<number>();
  const insert = db.prepare('INSERT INTO themes (id, name, colour, description, key_slot, position, parent_id, created_at, guid) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)');
  for (const row of rows) {
    const name = typeof row.name === 'string' ? row.name.trim() : '';
    if (!validTheme(row, name) || copied.has(row.id) || names.has(name.toLowerCase())) { skip('themes with a missing, duplicate or unusable name'); continue; }
    const key = row.key_slot !== null && !keys.has(row.key_slot) ? row.key_slot : null;
    insert.run(row.id, name, row.colour.toUpperCase(), row.description, key, row.position, row.created_at, keepGuid(row.guid));
    copied.add(row.id);
    names.add(name.toLowerCase());
    if (key !== null) keys.add(key);
  }
  const nest = db.prepare('UPDATE themes SET parent_id = ? WHERE id = ?');
  for (const row of rows) {
    if (copied.has(row.id) && row.parent_id !== null && copied.has(row.parent_id) && row.parent_id !== row.id) nest.run(row.parent_id, row.id);
  }
  return copied;
}

const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
const isText = (value: unknown): value is string => typeof value === 'string';
const isOptionalText = (value: unknown): value is string | null => value === null || typeof value === 'string';

function validDocument(row: DocumentRow): boolean {
  return isId(row.id) && isText(row.title) && row.title.trim() !== '' && isOptionalText(row.source_name) && isText(row.imported_at)
    && isText(row.original_text) && isOptionalText(row.removed_at);
}

function validSentence(row: SentenceRow, document: DocumentRow): boolean {
  return isId(row.id) && isId(row.ordinal) && Number.isInteger(row.paragraph) && row.paragraph >= 0
    && Number.isInteger(row.start_offset) && Number.isInteger(row.end_offset) && row.start_offset >= 0
    && row.start_offset <= row.end_offset && row.end_offset <= document.original_text.length
    && isText(row.text) && document.original_text.slice(row.start_offset, row.end_offset) === row.text;
}

function validTheme(row: ThemeRow, name: string): boolean {
  return isId(row.id) && name !== '' && name.length <= 120 && !CONTROL_CHARACTER.test(name) && !DIRECTION_CONTROL.test(name)
    && !DIGITS_ONLY.test(name) && isText(row.colour) && /^#[0-9a-f]{6}$/i.test(row.colour) && isText(row.description)
    && (row.key_slot === null || (Number.isInteger(row.key_slot) && row.key_slot >= 1 && row.key_slot <= 9))
    && Number.isInteger(row.position) && (row.parent_id === null || isId(row.parent_id)) && isText(row.created_at);
}

function validTag(row: TagRow): boolean {
  return isId(row.sentence_id) && isId(row.theme_id) && isText(row.coder) && isText(row.tagged_at);
}

function validNote(row: NoteRow): boolean {
  return isId(row.sentence_id) && isText(row.body) && row.body.trim() !== '' && row.body.length <= NOTE_MAX_LENGTH
    && isText(row.created_at) && isText(row.updated_at);
}

const HISTORY_KINDS = new Set(['change', 'undo', 'redo', 'baseline']);

function validHistory(row: HistoryRow, earlier: Set<number>): boolean {
  if (!isId(row.id) || earlier.has(row.id) || !isText(row.at) || !isText(row.coder) || !HISTORY_KINDS.has(row.kind) || !isText(row.label)) return false;
  if (row.target_id !== null && !earlier.has(row.target_id)) return false;
  try {
    return Array.isArray(JSON.parse(row.ops));
  } catch {
    return false;
  }
}
