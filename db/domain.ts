/**
 * The researcher's world as data: what the notebook store returns and the CLI
 * prints. db/ owns these shapes; the contract's zod schemas validate them at
 * the process boundary and are checked against them at compile time.
 *
 * This module imports nothing, so the contract (and through it the renderer)
 * can take its constants without taking the store.
 */

/** A row id, counted from 1. */
export type Id = number;

/** ISO-8601 UTC timestamp, e.g. 2026-11-25T10:00:00.000Z. */
export type Timestamp = string;

// ——— Theme names: the same rules wherever a name is written ———

/** C0 controls (line break, tab, escape...), DEL and C1 controls: a terminal acts on them instead of showing them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
/** Bidirectional overrides and isolates: they reorder the text around them, so what is shown is not what is stored. */
export const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** A name of digits only: the command line reads THEME "2" as the theme on key 2 or with id 2. */
export const DIGITS_ONLY = /^[0-9]+$/;

/**
 * The theme colours offered by default, in the order new themes take them.
 * Each keeps at least 3:1 contrast against both reading backgrounds (light
 * paper and dark graphite), so a mark or swatch shows on either; the first
 * three are Okabe–Ito's, and neighbours differ in hue for colour-blind readers.
 */
export const THEME_COLOURS = [
  { hex: '#D55E00', name: 'Vermillion' },
  { hex: '#0072B2', name: 'Blue' },
  { hex: '#009E73', name: 'Bluish green' },
  { hex: '#C2569A', name: 'Reddish purple' },
  { hex: '#A87400', name: 'Ochre' },
  { hex: '#2B8AC4', name: 'Sky blue' },
  { hex: '#7F7F00', name: 'Olive' },
  { hex: '#6F7580', name: 'Slate' },
  { hex: '#D0304F', name: 'Crimson' },
  { hex: '#8950D6', name: 'Violet' },
  { hex: '#00808A', name: 'Teal' },
  { hex: '#5A8A00', name: 'Leaf green' },
  { hex: '#A0603A', name: 'Brown' },
  { hex: '#4E63E0', name: 'Indigo' },
  { hex: '#B040B6', name: 'Magenta' },
  { hex: '#E5534B', name: 'Coral' },
  { hex: '#8078EE', name: 'Lavender' },
  { hex: '#BE7E6C', name: 'Clay' },
  { hex: '#3B7F52', name: 'Pine' },
  { hex: '#E2589D', name: 'Pink' },
] as const;

/** Keys 1 to 9 go to the first nine themes in codebook order. */
export const THEME_KEYS = 9;

export interface Theme {
  id: Id;
  name: string;
  /** #rrggbb */
  colour: string;
  description: string;
  /** The key 1-9 that toggles this theme: its place in codebook order, for the first nine; null after. */
  key: number | null;
  /** Position in the codebook as shown (sub-themes right after their parent), 0-based. */
  order: number;
  parentId: Id | null;
  /** How deep in the hierarchy: 0 for a top-level theme, 1 for its sub-themes, and so on. */
  depth: number;
  /** Number of sentences tagged with this theme itself. */
  tagCount: number;
  /** Sentences tagged with this theme or any of its sub-themes, each counted once (equal to tagCount without sub-themes). */
  rollupCount: number;
}

export interface DocumentSummary extends DocumentDetails {
  id: Id;
  sourceName: string | null;
  importedAt: Timestamp;
  sentenceCount: number;
  paragraphCount: number;
  taggedCount: number;
  noteCount: number;
  /** The coders who have marked it as coded, by name. */
  codedBy: string[];
}

// ——— Document details: where an article comes from, and a researcher's own variables ———

/** The details a researcher keeps on a document besides its text. */
export const DETAIL_FIELDS = ['outlet', 'author', 'publishedOn', 'url', 'language'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** One of a researcher's own variables on a document (country = Russia, stance = hawkish). */
export interface DocumentAttribute {
  key: string;
  value: string;
}

export interface DocumentDetails {
  title: string;
  outlet: string | null;
  author: string | null;
  /** The day it was published, YYYY-MM-DD. */
  publishedOn: string | null;
  url: string | null;
  /** As the researcher writes it: "en", "Russian". */
  language: string | null;
  /** By key, ignoring case. */
  attributes: DocumentAttribute[];
}

/**
 * A change to a document's details: only the fields given change; null or a
 * blank text clears a detail. Attributes are merged by key (ignoring case): a
 * null or blank value removes the attribute.
 */
export interface DetailsPatch {
  title?: string;
  outlet?: string | null;
  author?: string | null;
  publishedOn?: string | null;
  url?: string | null;
  language?: string | null;
  attributes?: Record<string, string | null>;
}

/**
 * Which documents to take, by their details: every condition given must hold
 * (outlet, author, language and attribute values compared ignoring case; the
 * date range inclusive, a document without a date never in it).
 */
export interface DocumentFilter {
  outlet?: string;
  author?: string;
  language?: string;
  /** YYYY-MM-DD, inclusive. */
  publishedFrom?: string;
  /** YYYY-MM-DD, inclusive. */
  publishedTo?: string;
  attributes?: DocumentAttribute[];
}

// ——— Memos: a researcher's longer writing about the notebook, a document or a theme ———

export type MemoSubject = { kind: 'notebook' } | { kind: 'document'; documentId: Id } | { kind: 'theme'; themeId: Id };

export interface Memo {
  subject: MemoSubject;
  body: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MemoHit {
  subject: MemoSubject;
  /** What the memo is about, in words: "Notebook memo", "Memo on Syria report", "Memo on theme Missile claims". */
  label: string;
  body: string;
  /** Matched ranges in `body` (UTF-16 offsets). */
  highlights: [number, number][];
}

/** Tagged sentences per theme within a group of documents (an outlet, or documents sharing an attribute's value). */
export interface DetailGroupStats {
  documentCount: number;
  sentenceCount: number;
  taggedCount: number;
  themes: ThemeCount[];
}

export interface DetailStats {
  /** Per outlet, most tagged first; outlet null gathers the documents without one. */
  outlets: (DetailGroupStats & { outlet: string | null })[];
  /** Per attribute key and value, by key then value. */
  attributes: (DetailGroupStats & { key: string; value: string })[];
}

export interface Note {
  sentenceId: Id;
  /** Whose note it is: each coder has a note of their own on a sentence. */
  coder: string;
  body: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Sentence {
  id: Id;
  documentId: Id;
  /** Position in the document, counted from 1 as the workspace shows it. */
  number: number;
  /** Paragraph index in the document, counted from 0. */
  paragraph: number;
  text: string;
  /** UTF-16 offsets into the document's original text. */
  start: number;
  end: number;
  /** The themes the view shows on it (any coder's in view), in codebook order. */
  themeIds: Id[];
  /** Who holds each of those themes, by theme in codebook order then by coder. */
  tags: CoderTag[];
  /** The coder's own note, the one they edit. */
  note: Note | null;
  /** Other coders' notes the view shows, by coder. */
  otherNotes: Note[];
}

/** One coder's tag of a theme on a sentence. */
export interface CoderTag {
  themeId: Id;
  coder: string;
}

/**
 * Whose tags the reader shows: the coder's own, one other coder's, or
 * everyone's. Key presses change the coder's own tags in every view.
 */
export type TagView = { kind: 'mine' } | { kind: 'coder'; coder: string } | { kind: 'everyone' };

export interface SentencePage {
  documentId: Id;
  total: number;
  offset: number;
  sentences: Sentence[];
}

export const MATCH_PLACES = ['sentence', 'note', 'both'] as const;
export type MatchPlace = (typeof MATCH_PLACES)[number];

export interface SearchHit {
  sentenceId: Id;
  documentId: Id;
  documentTitle: string;
  sentenceNumber: number;
  text: string;
  note: string | null;
  /** Where the query matched. */
  matchedIn: MatchPlace;
  /** Matched ranges in `text` (UTF-16 offsets), for highlighting. */
  highlights: [number, number][];
}

export interface ThemeCount {
  themeId: Id;
  count: number;
}

/** Sentences with any or all of some themes, less those with any of others: what the Retrieve view and a filter across documents ask for. */
export interface ThemeQuery {
  themeIds: Id[];
  mode: 'any' | 'all';
  /** Themes a sentence must not carry. */
  without: Id[];
}

/** How many sentences of a document a theme query retrieves. */
export interface DocumentMatchCount {
  documentId: Id;
  title: string;
  count: number;
}

/** Where a theme query's sentences are: in all, and per document in reading order (documents without any left out). */
export interface RetrieveSummary {
  total: number;
  documents: DocumentMatchCount[];
}

/** A retrieved sentence with its neighbours in the same document, for context. */
export interface RetrievedSentence {
  sentenceId: Id;
  documentId: Id;
  /** Position in the document, counted from 1. */
  number: number;
  text: string;
  /** The sentence before and after it in its document; null at the document's edges. */
  before: string | null;
  after: string | null;
  /** In codebook order. */
  themeIds: Id[];
  note: string | null;
}

export interface RetrievePage {
  total: number;
  offset: number;
  sentences: RetrievedSentence[];
}

export interface DocumentStats {
  documentId: Id;
  title: string;
  sentenceCount: number;
  taggedCount: number;
  themes: ThemeCount[];
}

export interface NotebookStats {
  sentenceCount: number;
  taggedSentenceCount: number;
  tagCount: number;
  noteCount: number;
  themes: ThemeCount[];
  /** Per theme with sub-themes: sentences carrying it or any sub-theme, each counted once. */
  themeRollups: ThemeCount[];
  documents: DocumentStats[];
  /** Sentences carrying both themes; each unordered pair once, a < b. */
  cooccurrence: { a: Id; b: Id; count: number }[];
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What undo would reverse, in words, e.g. "Tag 2 sentences as Missile claims". */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** A document's counts as the documents list shows them. */
export interface DocumentCount {
  documentId: Id;
  taggedCount: number;
  noteCount: number;
}

/**
 * What a change did, so the screen can repaint without asking again: the
 * sentences it touched as they now are (null when too many to send: read the
 * page again), the tag counts of the themes and the counts of the documents
 * it touched, and what undo and redo would now do.
 */
export interface ChangeEffects {
  history: HistoryState;
  sentences: Sentence[] | null;
  themeCounts: ThemeCount[];
  /** Roll-up counts of the themes above the changed ones (sentences of a theme and its sub-themes, each once). */
  rollupCounts: ThemeCount[];
  documentCounts: DocumentCount[];
}

export interface NotebookInfo {
  path: string;
  name: string;
  coder: string;
  documentCount: number;
  schemaVersion: number;
  /** The file or its folder cannot be written: the workspace shows it and disables every change. */
  readOnly: boolean;
}

/** What salvaging a refused notebook copied into the new one, and what it left out. */
export interface SalvageReport {
  source: string;
  target: string;
  /** `details` counts document details rows and attributes; `memos` the notebook's, documents' and themes' memos. */
  copied: { documents: number; sentences: number; themes: number; tags: number; notes: number; details: number; memos: number; historyEntries: number };
  /** What was not copied, one line each, in a researcher's words (a foreign trigger, an unreadable table). */
  leftOut: string[];
}

/** Why a backup was made: rolling while working, before a format upgrade, before a restore replaced the notebook. */
export const BACKUP_REASONS = ['hourly', 'before-upgrade', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export function isBackupReason(value: string): value is BackupReason {
  return (BACKUP_REASONS as readonly string[]).includes(value);
}

export interface Backup {
  path: string;
  createdAt: Timestamp;
  reason: BackupReason;
  sizeBytes: number;
  /** Sentences and tags in the backup's visible documents; null when the backup can no longer be read. */
  sentenceCount: number | null;
  tagCount: number | null;
}

/** An export file has a section per theme, or per document. */
export const EXPORT_GROUPINGS = ['theme', 'document'] as const;
export type ExportGrouping = (typeof EXPORT_GROUPINGS)[number];

/** What the workspace and the CLI need to know of an export format, before any file is written. */
export interface ExportFormatInfo {
  /** As the export dialog names it. */
  label: string;
  /** Without the dot. */
  extension: string;
  mediaType: string;
  /** Zip and other bytes that are not UTF-8 text: a browser download takes them as base64. */
  binary: boolean;
  /** Also writes the per-document theme count table (--counts). */
  counts: boolean;
  /** Sections by theme or by document (--by). */
  grouped: boolean;
  /** Always the whole notebook (a project for another tool): no choice of themes, notes or documents. */
  whole: boolean;
}

/**
 * The export formats, in the order the dialog offers them. Another format is
 * one entry here and its writer in db/export/formats.ts (the types demand both).
 */
export const EXPORT_FORMATS = {
  markdown: { label: 'Markdown', extension: 'md', mediaType: 'text/markdown', binary: false, counts: false, grouped: true, whole: false },
  csv: { label: 'CSV', extension: 'csv', mediaType: 'text/csv', binary: false, counts: true, grouped: false, whole: false },
  json: { label: 'JSON', extension: 'json', mediaType: 'application/json', binary: false, counts: true, grouped: false, whole: false },
  /** REFI-QDA, the exchange standard of NVivo, ATLAS.ti, MAXQDA and QualCoder: the project, and its codebook alone. */
  qdpx: { label: 'QDPX', extension: 'qdpx', mediaType: 'application/zip', binary: true, counts: false, grouped: false, whole: true },
  qdc: { label: 'QDC', extension: 'qdc', mediaType: 'application/xml', binary: false, counts: false, grouped: false, whole: true },
} as const satisfies Record<string, ExportFormatInfo>;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

// ——— Failures ———

/**
 * What a NotebookError can say went wrong. The codes travel to the renderer
 * and the CLI, so they can react to the kind of failure.
 */
export const NOTEBOOK_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'not-a-notebook',
  'newer-notebook',
  /** The file holds tables, triggers or views Themata did not create. */
  'untrusted-notebook',
  /** SQLite found the file damaged. */
  'notebook-damaged',
  /** An older notebook format that must be backed up before it is upgraded. */
  'needs-upgrade',
  /** A backup could not be made or failed its check; the notebook itself is unchanged. */
  'backup-failed',
  'read-only',
  'disk-full',
  'disk-error',
  'notebook-busy',
  'file-missing',
  'file-is-directory',
  'file-unreadable',
  'file-empty',
  'file-too-large',
  'file-binary',
  'invalid-utf8',
  'file-exists',
  'nothing-to-undo',
  'nothing-to-redo',
] as const;
export type NotebookErrorCode = (typeof NOTEBOOK_ERROR_CODES)[number];

/** A coder the notebook knows, by what they have done in it. */
export interface NotebookCoder {
  name: string;
  tags: number;
  notes: number;
  codedDocuments: number;
}

/** Who is coding, whose tags the reader shows, and every coder the notebook knows. */
export interface CodersState {
  current: string;
  view: TagView;
  coders: NotebookCoder[];
}

/** The longest coder name: it shows on chips and in table headings. */
export const CODER_NAME_MAX_LENGTH = 60;
