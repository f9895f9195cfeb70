/** Row types mirror the columns exactly; repositories map them to domain types. */
export interface DocumentRow {
  id: number;
  title: string;
  source_name: string | null;
  imported_at: string;
  original_text: string;
  removed_at: string | null;
  /** Stable across exports (format 3); see db/guid.ts. */
  guid: string;
}

export interface SentenceRow {
  id: number;
  document_id: number;
  ordinal: number;
  paragraph: number;
  start_offset: number;
  end_offset: number;
  text: string;
}

export interface ThemeRow {
  id: number;
  name: string;
  colour: string;
  description: string;
  key_slot: number | null;
  position: number;
  parent_id: number | null;
  created_at: string;
  /** Stable across exports (format 3); see db/guid.ts. */
  guid: string;
}

export interface TagRow {
  sentence_id: number;
  theme_id: number;
  coder: string;
  tagged_at: string;
  /** Stable across exports (format 3); see db/guid.ts. */
  guid: string;
}

/** A coder's note on a sentence, as the history records it (the table's own row id is left out). */
export interface NoteRow {
  sentence_id: number;
  /** Absent in history entries recorded before format 4: see noteCoder in db/operations.ts. */
  coder: string;
  body: string;
  created_at: string;
  updated_at: string;
  /** Stable across exports (format 3); see db/guid.ts. */
  guid: string;
}

/** A note's columns as NoteRow holds them: the table's row id only keys the search index. */
export const NOTE_COLUMNS = 'sentence_id, coder, body, created_at, updated_at, guid';

/** A coder's word that a document is coded (format 4). */
export interface CodedDocumentRow {
  document_id: number;
  coder: string;
  coded_at: string;
}

export interface HistoryRow {
  id: number;
  at: string;
  coder: string;
  kind: 'change' | 'undo' | 'redo' | 'baseline';
  label: string;
  target_id: number | null;
  ops: string;
}

export interface DocumentDetailsRow {
  document_id: number;
  outlet: string | null;
  author: string | null;
  published_on: string | null;
  url: string | null;
  language: string | null;
}

export interface DocumentAttributeRow {
  document_id: number;
  key: string;
  value: string;
}

export interface MemoRow {
  id: number;
  document_id: number | null;
  theme_id: number | null;
  body: string;
  created_at: string;
  updated_at: string;
  /** Stable across exports (format 3); see db/guid.ts. */
  guid: string;
}
