/**
 * The one IPC contract: every call the renderer can make, and every event the
 * main process can send, declared once. Handler types, the preload object and
 * the renderer's `window.themata` are all derived from these tables.
 */
import { z } from 'zod';
import {
  Backup,
  ChangeEffects,
  CoderName,
  CodersState,
  DetailsPatch,
  DocumentSet,
  DocumentSummary,
  Memo,
  MemoHit,
  MemoSubject,
  ExportFormat,
  ExportGrouping,
  HistoryState,
  Id,
  NotebookInfo,
  NotebookStats,
  RetrievePage,
  RetrieveSummary,
  SalvageReport,
  SearchHit,
  SentencePage,
  TagView,
  Theme,
  ThemeColour,
  ThemeCount,
  ThemeName,
  ThemeQuery,
} from './domain';
import { agreementChannels } from './agreement';
import { importChannels } from './imports';
import { mergeChannels } from './merge';
import { projectChannels } from './projects';

const None = z.object({}).strict();
/** The codebook after an edit (a key moved from one theme to another changes both) and what undo would now do. */
const CodebookChanged = z.object({ themes: z.array(Theme), history: HistoryState });
const Done = z.object({ history: HistoryState });

/** What a researcher sets on a theme; only the name is required when adding one. */
const ThemeFields = z.object({
  name: ThemeName,
  colour: ThemeColour.optional(),
  description: z.string().max(2000).optional(),
  parentId: Id.nullable().optional(),
});

const ExportRequest = z
  .object({
    /** Markdown when omitted. */
    format: ExportFormat.optional(),
    /** Sections by theme or by document (Markdown). */
    by: ExportGrouping,
    themeIds: z.array(Id).max(1000).optional(),
    /** Only these documents (the workspace's scope); every one when omitted. */
    documentIds: z.array(Id).max(100_000).optional(),
    includeNotes: z.boolean(),
    /** Notes on sentences with no theme too (with includeNotes); by default when every theme is exported. */
    includeUntaggedNotes: z.boolean().optional(),
    /** The per-document theme count table rather than a row per tag (CSV, JSON). */
    counts: z.boolean().optional(),
    /** A byte order mark first, for Excel (CSV). */
    bom: z.boolean().optional(),
    /** One coder's tags and notes alone (the consensus coder's, say); every coder's when omitted. */
    coder: z.string().min(1).max(200).optional(),
  })
  .strict();

/** What the dialog shows before saving: the file's text (or its beginning), or for CSV its first rows as cells. */
const ExportPreview = z.object({
  text: z.string().nullable(),
  table: z.object({ header: z.array(z.string()), rows: z.array(z.array(z.string())) }).nullable(),
  /** How many rows the whole file holds (CSV, JSON); null for Markdown. */
  rowCount: z.number().int().nonnegative().nullable(),
  /** How many of those rows the preview shows. */
  shownRows: z.number().int().nonnegative().nullable(),
});

/** An export as a file the page hands the browser to download. */
const ExportFile = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  /** The file's bytes: UTF-8 text as it is, a binary format as base64. */
  content: z.string(),
  encoding: z.enum(['utf8', 'base64']),
});

export const channels = {
  'notebook:info': { input: None, output: NotebookInfo },
  /** Shows the system's open dialog; null when the researcher cancels. */
  'notebook:open': { input: None, output: NotebookInfo.nullable() },
  /** Shows the system's save dialog for a new notebook; null when cancelled. */
  'notebook:create': { input: None, output: NotebookInfo.nullable() },

  /**
   * Opens the notebook named by a notebook:open-requested event, once the page
   * has saved what it was writing; a path that was not requested is refused.
   */
  'notebook:accept-open': { input: z.object({ path: z.string().min(1) }).strict(), output: NotebookInfo },
  /**
   * Copies what Themata understands from a notebook it has just refused to
   * open (untrusted-notebook, notebook-damaged: the refusal's error names its
   * path) into a new notebook chosen in the save dialog, and opens that one;
   * null when cancelled. Any other path is refused.
   */
  'notebook:salvage': {
    input: z.object({ path: z.string().min(1) }).strict(),
    output: z.object({ info: NotebookInfo, report: SalvageReport }).nullable(),
  },

  'documents:list': { input: None, output: z.array(DocumentSummary) },
  'documents:import-text': {
    input: z
      .object({
        title: z.string().trim().min(1, 'a document needs a title').max(500),
        text: z.string().max(20_000_000),
        sourceName: z.string().max(500).nullable(),
      })
      .strict(),
    output: DocumentSummary,
  },
  'documents:delete': { input: z.object({ documentId: Id }).strict(), output: Done },
  /**
   * Changes the details given as one undoable change named for the document
   * (typing into one detail undoes as one step); answers with the document as
   * the list shows it and what undo would now do.
   */
  'documents:set-details': {
    input: z.object({ documentId: Id, patch: DetailsPatch.strict() }).strict(),
    output: z.object({ document: DocumentSummary, history: HistoryState }),
  },
  /** Renames one of a document's attributes, keeping its value. */
  'documents:rename-attribute': {
    input: z.object({ documentId: Id, from: z.string().min(1).max(60), to: z.string().max(60) }).strict(),
    output: z.object({ document: DocumentSummary, history: HistoryState }),
  },
  /**
   * Marks the document as coded (or not yet) by the coder, as one undoable
   * step; answers with the document as the list shows it (who has marked it)
   * and what undo would now do.
   */
  'documents:mark-coded': {
    input: z.object({ documentId: Id, coded: z.boolean() }).strict(),
    output: z.object({ document: DocumentSummary, history: HistoryState, changed: z.boolean() }),
  },

  'sentences:page': {
    input: z
      .object({
        documentId: Id,
        offset: z.number().int().nonnegative(),
        limit: z.number().int().positive().max(5000),
      })
      .strict(),
    output: SentencePage,
  },
  /** Sentence numbers in a document that carry the given themes (any or all of them). */
  'sentences:matching': {
    input: z
      .object({ documentId: Id, themeIds: z.array(Id).min(1).max(1000), mode: z.enum(['any', 'all']) })
      .strict(),
    output: z.array(z.number().int().positive()),
  },

  'themes:list': { input: None, output: z.array(Theme) },
  /** Codebook edits answer with the theme, the whole codebook and the undo labels: the page asks nothing again. */
  'themes:add': { input: ThemeFields.strict(), output: CodebookChanged.extend({ theme: Theme }) },
  /** Changes only the fields given. */
  'themes:update': { input: ThemeFields.partial().extend({ themeId: Id }).strict(), output: CodebookChanged.extend({ theme: Theme }) },
  'themes:reorder': { input: z.object({ themeIds: z.array(Id).max(10_000) }).strict(), output: CodebookChanged },
  /** Puts a theme (with its sub-themes) under another, or at the top level (null), before a sibling or last. */
  'themes:move': {
    input: z.object({ themeId: Id, parentId: Id.nullable(), beforeId: Id.nullable().optional() }).strict(),
    output: CodebookChanged,
  },
  /** The palette's "Create theme": adds a theme and tags the sentences with it, as one undoable step. */
  'themes:create-and-tag': {
    input: ThemeFields.extend({ sentenceIds: z.array(Id).min(1).max(100_000) }).strict(),
    output: ChangeEffects.extend({ theme: Theme, themes: z.array(Theme) }),
  },
  'themes:merge': { input: z.object({ sourceId: Id, targetId: Id }).strict(), output: Theme },
  'themes:delete': { input: z.object({ themeId: Id }).strict(), output: z.object({ removedTags: z.number().int() }) },

  /** Adds the theme to every given sentence, or removes it when all already carry it. */
  /** Answers with everything the page repaints (ChangeEffects), so a key press costs one call. */
  'tags:toggle': {
    input: z.object({ sentenceIds: z.array(Id).min(1).max(100_000), themeId: Id }).strict(),
    output: ChangeEffects.extend({ applied: z.boolean() }),
  },

  /** An empty body removes the note. */
  'notes:set': {
    input: z.object({ sentenceId: Id, body: z.string().max(200_000) }).strict(),
    output: ChangeEffects,
  },

  /** Who is coding, whose tags the reader shows, and every coder the notebook knows with what each has done. */
  'coders:list': { input: None, output: CodersState },
  /**
   * Who is coding from now on (remembered on this machine for the next
   * session); the reader reads its sentences again, since "my" tags and note
   * are now this coder's.
   */
  'coders:set-current': { input: z.object({ name: CoderName }).strict(), output: z.object({ notebook: NotebookInfo, coders: CodersState }) },
  /** Whose tags and notes the reader shows: the coder's own, one other coder's, or everyone's. */
  'coders:set-view': { input: z.object({ view: TagView }).strict(), output: CodersState },

  /** The memo on the notebook, a document or a theme; null when none is written. */
  'memos:get': { input: z.object({ subject: MemoSubject }).strict(), output: Memo.nullable() },
  /** An empty body removes the memo; saves while typing undo as one step. */
  'memos:set': {
    input: z.object({ subject: MemoSubject, body: z.string().max(200_000) }).strict(),
    output: z.object({ memo: Memo.nullable(), history: HistoryState }),
  },

  /** Sentences and notes matching the query in a set of documents (every visible one when documentIds is null or left out). */
  search: {
    input: z
      .object({ query: z.string().max(1000), limit: z.number().int().positive().max(1000), documentIds: DocumentSet.optional() })
      .strict(),
    output: z.array(SearchHit),
  },
  /** How many sentences a theme query retrieves in a set of documents, in all and per document. */
  'retrieve:summary': { input: z.object({ query: ThemeQuery, documentIds: DocumentSet }).strict(), output: RetrieveSummary },
  /** A page of those sentences in reading order, each with its neighbours, themes and note. */
  'retrieve:page': {
    input: z
      .object({
        query: ThemeQuery,
        documentIds: DocumentSet,
        offset: z.number().int().nonnegative(),
        limit: z.number().int().positive().max(500),
      })
      .strict(),
    output: RetrievePage,
  },
  /** Tags per theme in some documents (the open one, a selection); the notebook's are on each theme. */
  'themes:counts': { input: z.object({ documentIds: z.array(Id).min(1).max(100_000) }).strict(), output: z.array(ThemeCount) },
  /** The overview's counts over a set of documents (every visible one when documentIds is null or left out). */
  stats: { input: z.object({ documentIds: DocumentSet.optional() }).strict(), output: NotebookStats },
  /** Memos holding every word of the query, each saying what it is about. */
  'search:memos': {
    input: z.object({ query: z.string().max(1000), limit: z.number().int().positive().max(1000) }).strict(),
    output: z.array(MemoHit),
  },
  /** Tagged sentences per theme for each outlet and each attribute value. */

  'history:state': { input: None, output: HistoryState },
  'history:undo': { input: None, output: HistoryState },
  'history:redo': { input: None, output: HistoryState },

  'export:preview': { input: ExportRequest, output: ExportPreview },
  /** Shows the save dialog and writes the file; null when cancelled. */
  'export:save': { input: ExportRequest, output: z.object({ path: z.string() }).nullable() },
  /**
   * The export file itself and the name to suggest for it, for a page that
   * saves it as a download (the browser workspace has no save dialog).
   */
  'export:file': { input: ExportRequest, output: ExportFile },
  /** The open notebook's backups, newest first. */
  'backups:list': { input: None, output: z.array(Backup) },
  /**
   * Puts a backup that backups:list returned in the notebook's place, after
   * backing up its current state; the notebook is reopened on the result.
   */
  'backups:restore': {
    input: z.object({ path: z.string().min(1) }).strict(),
    output: z.object({ restored: Backup, previous: Backup, notebook: NotebookInfo }),
  },

  /** Shows a written file in the system's file manager. */
  'shell:reveal': { input: z.object({ path: z.string().min(1) }).strict(), output: z.object({}) },
  /** Opens an http(s) link in the system browser; anything else is refused. */
  'shell:open-link': { input: z.object({ url: z.string().url() }).strict(), output: z.object({}) },

  // Importing many files at once, followed by the page (see imports.ts).
  ...importChannels,
  ...projectChannels,
  ...mergeChannels,
  // Agreement between coders, their disagreements and the consensus (see agreement.ts).
  ...agreementChannels,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const MenuCommand = z.enum([
  'notebook:new',
  'notebook:open',
  'document:import',
  'document:import-folder',
  'document:import-project',
  'document:merge',
  'export:open',
  'backups:restore',
  'edit:undo',
  'edit:redo',
  'edit:find',
  'coders:change',
  'view:overview',
  'view:reader',
  'view:codebook',
  'view:agreement',
  'help:keys',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const events = {
  /** Another notebook was opened (menu, file association, second launch). */
  'notebook:opened': NotebookInfo,
  /** The system asks to open a notebook: save pending notes, then call notebook:accept-open. */
  'notebook:open-requested': z.object({ path: z.string() }),
  'menu:command': z.object({ command: MenuCommand }),
} as const satisfies Record<string, z.ZodType>;
