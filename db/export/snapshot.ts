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
  /** Where the document comes from and the researcher's own variables; none when absent. */
  details?: SnapshotDetails;
}

export interface SnapshotDetails {
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  publishedOn: string | null;
  url: string | null;
  language: string | null;
  /** By key. */
  attributes: { key: string; value: string }[];
}

/** A memo and what it is about: the notebook (no document, no theme), a document, or a theme. */
export interface SnapshotMemo {
  documentId: number | null;
  themeId: number | null;
  body: string;
}

export interface SnapshotSentence {
  sentenceId: number;
  documentId: number;
  /** Position in its document, counted from 1. */
  number: number;
  text: string;
  /** Theme ids in codebook order. */
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
  /** Only sentences with at least one tag, in document then sentence order. */
  taggedSentences: SnapshotSentence[];
  /** The notebook's memo, visible documents' and themes'; none when absent. */
  memos?: SnapshotMemo[];
}
