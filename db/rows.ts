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

export interface NoteRow {
  sentence_id: number;
  body: string;
  created_at: string;
  updated_at: string;
  /** Stable across exports (format 3); see db/guid.ts. */
  guid: string;
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
