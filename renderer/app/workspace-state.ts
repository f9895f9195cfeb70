/** The shape of what the workspace shows, in one place. */
import type {
  DocumentSummary,
  HistoryState,
  NotebookInfo,
  NotebookStats,
  SalvageReport,
  SearchHit,
  Theme,
} from '../../electron/contract';
import type { SaveState } from '../features/notes/note-autosave';
import type { SalvageOffer } from '../features/salvage/salvage-offer';
import type { SentenceStore } from '../features/reader/sentence-store';
import type { Selection } from '../features/reader/selection';

export type View = 'reader' | 'overview' | 'codebook';

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
  | { kind: 'restore-backup' };

export type FilterMode = 'any' | 'all';

export interface ThemeFilter {
  themeIds: readonly number[];
  mode: FilterMode;
}

export interface SearchState {
  query: string;
  hits: readonly SearchHit[];
  status: 'idle' | 'searching' | 'done';
}

/** A request for the reader to bring a sentence into view (and focus it). */
export interface RevealRequest {
  number: number;
  focus: boolean;
  token: number;
}

export interface WorkspaceState {
  phase: 'loading' | 'ready' | 'failed';
  failure: string | null;
  notebook: NotebookInfo | null;
  documents: readonly DocumentSummary[];
  themes: readonly Theme[];
  history: HistoryState;
  documentId: number | null;
  sentences: SentenceStore | null;
  view: View;
  selection: Selection | null;
  reveal: RevealRequest | null;
  noteEditing: number | null;
  filter: ThemeFilter | null;
  /** Sentence numbers of the open document that pass the filter, ascending; null without a filter. */
  filterMatches: readonly number[] | null;
  search: SearchState;
  /** Bumped to move the keyboard focus to the search field. */
  searchFocus: number;
  dialog: Dialog | null;
  saveState: SaveState;
  stats: NotebookStats | null;
  /** Side panels shown as drawers in a narrow window. */
  drawer: 'documents' | 'themes' | null;
}

export const noHistory: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export const initialState: WorkspaceState = {
  phase: 'loading',
  failure: null,
  notebook: null,
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
  search: { query: '', hits: [], status: 'idle' },
  searchFocus: 0,
  dialog: null,
  saveState: 'saved',
  stats: null,
  drawer: null,
};
