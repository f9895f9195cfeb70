/**
 * Reads the rows Themata understands out of a notebook it refused to open
 * (foreign SQL objects, or damage). The file is opened read-only, in
 * defensive mode, with its schema untrusted: only real tables with Themata's
 * names are read, by explicit column lists, and a damaged table gives up
 * what could be read before the damage.
 */
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { CodedDocumentRow, DocumentAttributeRow, DocumentDetailsRow, DocumentRow, HistoryRow, MemoRow, NoteRow, SentenceRow, TagRow, ThemeRow } from '../rows';

export interface SourceRows {
  documents: DocumentRow[];
  sentences: SentenceRow[];
  themes: ThemeRow[];
  tags: TagRow[];
  notes: NoteRow[];
  history: HistoryRow[];
  details: DocumentDetailsRow[];
  attributes: DocumentAttributeRow[];
  memos: MemoRow[];
  codedDocuments: CodedDocumentRow[];
  /** What could not be read, in a researcher's words. */
  unreadable: string[];
  /** Tables, triggers, views and indexes Themata does not create. */
  foreignObjects: string[];
}

/** Explicit columns and order per table (tags has no rowid). */
const QUERIES = {
  documents: 'id, title, source_name, imported_at, original_text, removed_at FROM documents ORDER BY id',
  sentences: 'id, document_id, ordinal, paragraph, start_offset, end_offset, text FROM sentences ORDER BY id',
  themes: 'id, name, colour, description, key_slot, position, parent_id, created_at FROM themes ORDER BY id',
  tags: 'sentence_id, theme_id, coder, tagged_at FROM tags ORDER BY sentence_id, theme_id',
  notes: 'sentence_id, body, created_at, updated_at FROM notes ORDER BY sentence_id',
  history: 'id, at, coder, kind, label, target_id, ops FROM history ORDER BY id',
  document_details: 'document_id, outlet, author, published_on, url, language FROM document_details ORDER BY document_id',
  document_attributes: 'document_id, key, value FROM document_attributes ORDER BY document_id, key',
  memos: 'id, document_id, theme_id, body, created_at, updated_at FROM memos ORDER BY id',
  coded_documents: 'document_id, coder, coded_at FROM coded_documents ORDER BY document_id, coder',
} as const;

/** Tables whose rows name their coder from format 4 on: read with it when the table has the column. */
const CODER_TABLES = new Set<TableName>(['notes']);

/** Tables whose rows carry a GUID from format 3 on: read with it when the table has the column. */
const GUID_TABLES = new Set<TableName>(['documents', 'themes', 'tags', 'notes', 'memos']);

/** Tables a notebook of format 1 does not have yet: their absence is no loss. */
const LATER_TABLES = new Set<TableName>(['document_details', 'document_attributes', 'memos', 'coded_documents']);

type TableName = keyof typeof QUERIES;

export function openUntrusted(filePath: string, nativeBinding?: string): SqliteDatabase {
  const db = new Database(filePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
  db.pragma('query_only = ON');
  return db;
}

export function readSourceRows(db: SqliteDatabase, knownObjects: ReadonlySet<string>): SourceRows {
  const unreadable: string[] = [];
  const tables = new Set<string>();
  const foreignObjects: string[] = [];
  try {
    for (const object of db.prepare('SELECT type, name FROM sqlite_schema ORDER BY rowid').all() as { type: string; name: string }[]) {
      if (object.type === 'table') tables.add(object.name);
      if (!knownObjects.has(object.name) && !object.name.startsWith('sqlite_')) foreignObjects.push(`${object.type} "${object.name}"`);
    }
  } catch (error) {
    unreadable.push(`the list of tables (${describe(error)})`);
  }
  const read = <T>(table: TableName): T[] => {
    // A view named like one of our tables runs its own SQL; only real tables are read.
    if (!tables.has(table)) {
      if (LATER_TABLES.has(table)) return [];
      if (unreadable.length === 0 || !unreadable[0]!.startsWith('the list')) unreadable.push(`the ${table} table (it is missing)`);
      return [];
    }
    const rows: T[] = [];
    try {
      const withGuid = GUID_TABLES.has(table) && db.prepare('SELECT 1 FROM pragma_table_info(?) WHERE name = ?').get(table, 'guid') !== undefined;
      const withCoder = CODER_TABLES.has(table) && db.prepare('SELECT 1 FROM pragma_table_info(?) WHERE name = ?').get(table, 'coder') !== undefined;
      let query: string = QUERIES[table];
      if (withGuid) query = query.replace(' FROM ', ', guid FROM ');
      if (withCoder) query = query.replace(' FROM ', ', coder FROM ');
      for (const row of db.prepare(`SELECT ${query}`).iterate()) rows.push(row as T);
    } catch (error) {
      unreadable.push(`${rows.length ? 'part of ' : ''}the ${table} table (${describe(error)})`);
    }
    return rows;
  };
  return {
    documents: read<DocumentRow>('documents'),
    sentences: read<SentenceRow>('sentences'),
    themes: read<ThemeRow>('themes'),
    tags: read<TagRow>('tags'),
    notes: read<NoteRow>('notes'),
    history: read<HistoryRow>('history'),
    details: read<DocumentDetailsRow>('document_details'),
    attributes: read<DocumentAttributeRow>('document_attributes'),
    memos: read<MemoRow>('memos'),
    codedDocuments: read<CodedDocumentRow>('coded_documents'),
    unreadable,
    foreignObjects,
  };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').replace(/\.$/, '');
}
