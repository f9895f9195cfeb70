/**
 * Everything an export needs, read from the notebook in one transaction, so
 * the renderers of export formats are pure functions of this value.
 */
export interface SnapshotTheme {
  id: number;
  name: string;
  colour: string;
  description: string;
  key: number | null;
  /** Codebook position, 0-based. */
  order: number;
  parentId: number | null;
}

export interface SnapshotDocument {
  id: number;
  title: string;
  sourceName: string | null;
}

export interface SnapshotSentence {
  sentenceId: number;
  documentId: number;
  /** Position in its document, counted from 1. */
  number: number;
  text: string;
  /** Theme ids in codebook order; none for a note on an untagged sentence. */
  themeIds: number[];
  note: string | null;
}

export interface ExportSnapshot {
  notebookName: string;
  /** ISO-8601 UTC: the moment of the notebook state this snapshot captures. */
  exportedAt: string;
  /** In codebook order. */
  themes: SnapshotTheme[];
  /** In import order. */
  documents: SnapshotDocument[];
  /** Only sentences with a tag or a note (themeIds empty for a note on an untagged sentence), in document then sentence order. */
  taggedSentences: SnapshotSentence[];
}
