/**
 * The shape of what the workspace shows, in one place. Features read any of
 * it; each part is kept by the actions of the feature named beside it (any
 * action that shows a sentence may also switch the view to the reader).
 */
import type {
  AgreementReport,
  AgreementCoder,
  CodersState,
  DisagreementList,
  DocumentSummary,
  DocumentFilter,
  MemoHit,
  MemoSubject,
  MergeReport,
  HistoryState,
  NotebookInfo,
  NotebookStats,
  ProjectImport,
  RetrieveSummary,
  SalvageReport,
  SearchHit,
  Theme,
} from '../../electron/contract';
import type { Retrieval } from './retrieval';
import type { Selection } from './selection';
import type { SentenceStore } from './sentence-store';

export type View = 'reader' | 'retrieve' | 'overview' | 'agreement' | 'codebook';

/**
 * Which documents the filter, search, the overview and Retrieve work over:
 * the open one, the ones ticked in the documents list, those whose details
 * meet some conditions (outlet, dates, a researcher's variables), or all of them.
 */
export type ScopeKind = 'document' | 'selection' | 'details' | 'notebook';

export interface Scope {
  kind: ScopeKind;
  /** The documents ticked in the documents list, in the list's order. */
  chosen: readonly number[];
  /** The conditions on documents' details, kept while another kind of scope is chosen. */
  details: DocumentFilter;
}

/** Side panels shown as drawers in a narrow window. */
export type Drawer = 'documents' | 'themes';

/** Whether what the researcher did has reached the notebook. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export type SalvageReason = 'untrusted-notebook' | 'notebook-damaged';

/** A notebook the app refused, which it can salvage. */
export interface SalvageOffer {
  path: string;
  reason: SalvageReason;
  /** The store's own sentence, with the path: shown under "Details". */
  message: string;
}

export type Dialog =
  | { kind: 'palette' }
  | { kind: 'export' }
  | { kind: 'paste' }
  | { kind: 'shortcuts' }
  | { kind: 'salvage'; offer: SalvageOffer }
  | { kind: 'salvage-report'; report: SalvageReport }
  | { kind: 'delete-theme'; themeId: number }
  | { kind: 'merge-theme'; themeId: number }
  | { kind: 'delete-document'; documentId: number }
  | { kind: 'restore-backup' }
  | { kind: 'go-to-sentence' }
  /** Who is coding: the name keys and notes are saved under. */
  | { kind: 'coder' }
  | { kind: 'memo'; subject: MemoSubject }
  /** What became of each file of the last import (the import feature holds it). */
  | { kind: 'import-report' }
  /** What a REFI-QDA project or codebook brought into the notebook. */
  | { kind: 'project-import'; imported: ProjectImport }
  /** What merging another coder's work matched, added and left out. */
  | { kind: 'merge-report'; report: MergeReport };

/** How the documents list is ordered. */
export type DocumentSort = 'import' | 'title' | 'outlet' | 'date';

export type FilterMode = 'any' | 'all';

export interface ThemeFilter {
  themeIds: readonly number[];
  mode: FilterMode;
}

/** What the Retrieve view lists: sentences with any or all of some themes, less those with any of others. */
export interface RetrieveQuery {
  themeIds: readonly number[];
  mode: FilterMode;
  without: readonly number[];
}

/** A column of the Agreement view's per-theme table. */
export type AgreementColumn = 'theme' | 'units' | 'percentAgreement' | 'cohensKappa' | 'krippendorffsAlpha' | 'disagreements';

export type SortDirection = 'ascending' | 'descending';

export interface AgreementSort {
  column: AgreementColumn;
  direction: SortDirection;
}

/**
 * Why the Agreement view has no table: fewer than two coders to compare (or
 * chosen), no document every compared coder marked as coded, an empty
 * codebook, or another refusal in the store's own words.
 */
export interface AgreementGap {
  kind: 'coders' | 'choose' | 'coded' | 'themes' | 'other';
  message: string;
}

/** The Agreement view: who is compared over which documents, the report, and the disagreements on one theme. */
export interface AgreementState {
  /** The notebook's coders (the consensus among them once settled); null before they are read. */
  coders: readonly AgreementCoder[] | null;
  /** The coders the researcher chose; null: every coder who marked documents as coded. */
  chosen: readonly string[] | null;
  /** Every document, coded or not, rather than those every compared coder marked as coded. */
  all: boolean;
  report: AgreementReport | null;
  gap: AgreementGap | null;
  sort: AgreementSort;
  /** The theme whose disagreements are listed; null shows the table. */
  themeId: number | null;
  disagreements: DisagreementList | null;
}

export interface SearchState {
  query: string;
  hits: readonly SearchHit[];
  status: 'idle' | 'searching' | 'done';
  /** Memos holding the query, shown after the sentences. */
  memos?: readonly MemoHit[];
}

/** Where a revealed sentence should sit: just inside the view, at its top, or in its middle. */
export type RevealAlign = 'nearest' | 'start' | 'center';

/** A request for the reader to bring a sentence into view (and focus it). */
export interface RevealRequest {
  number: number;
  focus: boolean;
  align: RevealAlign;
  token: number;
}

export interface WorkspaceState {
  // The notebook session: loading it, and what every change brings back.
  phase: 'loading' | 'ready' | 'failed';
  failure: string | null;
  notebook: NotebookInfo | null;
  /** Who is coding, whose tags the reader shows, and every coder the notebook knows. */
  coders: CodersState | null;
  documents: readonly DocumentSummary[];
  themes: readonly Theme[];
  history: HistoryState;
  saveState: SaveState;
  // The reader: the open document and the selection in it.
  documentId: number | null;
  sentences: SentenceStore | null;
  selection: Selection | null;
  reveal: RevealRequest | null;
  // Notes.
  noteEditing: number | null;
  // The filter.
  filter: ThemeFilter | null;
  /** Sentence numbers of the open document that pass the filter, ascending; null without a filter. */
  filterMatches: readonly number[] | null;
  /** Where the filter's sentences are across the scope's documents; null without a filter or in one document. */
  filterAcross: RetrieveSummary | null;
  // The scope.
  scope: Scope;
  /** Tags per theme in the scope's documents; null when the scope is the notebook (each theme carries its own count). */
  scopeThemeCounts: ReadonlyMap<number, number> | null;
  // Retrieve.
  retrieve: RetrieveQuery;
  /** The Retrieve view's answer to that query over the scope; null before it is asked or without a theme. */
  retrieval: Retrieval | null;
  // Search.
  search: SearchState;
  /** Bumped to move the keyboard focus to the search field. */
  searchFocus: number;
  // The overview.
  stats: NotebookStats | null;
  // Agreement between coders.
  agreement: AgreementState;
  // Document details and memos.
  /** The open document's details panel is shown. */
  detailsOpen: boolean;
  /** Bumped when the notebook changed under the details and memos on screen (undo, redo): their editors read them again. */
  detailsRevision: number;
  documentSort: DocumentSort;
  // The layout app/ composes: the view, the one open dialog, a drawer.
  view: View;
  dialog: Dialog | null;
  drawer: Drawer | null;
}

export const noHistory: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export const initialState: WorkspaceState = {
  phase: 'loading',
  failure: null,
  notebook: null,
  coders: null,
  documents: [],
  themes: [],
  history: noHistory,
  documentId: null,
  sentences: null,
  view: 'reader',
  selection: null,
  reveal: null,
  noteEditing: null,
  filter: null,
  filterMatches: null,
  filterAcross: null,
  scope: { kind: 'notebook', chosen: [], details: {} },
  scopeThemeCounts: null,
  retrieve: { themeIds: [], mode: 'any', without: [] },
  retrieval: null,
  search: { query: '', hits: [], status: 'idle' },
  searchFocus: 0,
  dialog: null,
  saveState: 'saved',
  stats: null,
  agreement: { coders: null, chosen: null, all: false, report: null, gap: null, sort: { column: 'theme', direction: 'ascending' }, themeId: null, disagreements: null },
  detailsOpen: false,
  detailsRevision: 0,
  documentSort: 'import',
  drawer: null,
};
