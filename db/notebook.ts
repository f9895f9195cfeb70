import fs from 'node:fs';
import path from 'node:path';
import type {
  ChangeEffects,
  DetailsPatch,
  DetailStats,
  DocumentDetails,
  DocumentFilter,
  DocumentSummary,
  Memo,
  MemoHit,
  MemoSubject,
  HistoryState,
  NotebookInfo,
  NotebookStats,
  RetrievePage,
  RetrieveSummary,
  SearchHit,
  SentencePage,
  Theme,
  ThemeCount,
  ThemeQuery,
  NotebookCoder,
  TagView,
} from './domain';
import type { DocumentSet } from './document-set';
import { retrievePage, retrieveSummary, themeCountsIn } from './retrieve';
import {
  backupsRoot,
  backupDue,
  changeMarkOf,
  checkBackup,
  listBackups,
  putInPlace,
  stageRestore,
  takeBackup,
  type Backup,
  type BackupReason,
  type BackupSettings,
} from './backups';
import { createContext, type NotebookContext } from './context';
import {
  defaultCoder,
  defaultNotebookPath,
  NOTEBOOK_EXTENSION,
  readSampleArticle,
  SAMPLE_SOURCE,
  SAMPLE_THEMES,
  SAMPLE_TITLE,
} from './default-notebook';
import {
  documentSummary,
  indexSentencesAfter,
  insertDocument,
  insertedSummary,
  lastSentenceId,
  listDocuments,
  requireVisibleDocument,
  type DocumentInput,
} from './documents';
import { markdownChunks, type MarkdownOptions } from './export';
import { checkExportOptions, exportWriters, type ExportOptions, type ExportPreview } from './export/formats';
import { exportSource } from './export/read-export';
import { readSnapshot } from './export/read-snapshot';
import type { ExportSnapshot } from './export/snapshot';
import { History } from './history';
import { findTextFiles, type ImportFile } from './import/find-files';
import {
  importGradually,
  importTextFiles,
  type GradualImportOptions,
  type ImportFilesOptions,
  type ImportReport,
  type ImportSource,
  type ImportTarget,
} from './import/import-files';
import { KnownTexts } from './import/known-texts';
import { migrate, schemaVersion } from './migrations';
import { changeEffects } from './change-effects';
import { createExclusively } from './exclusive-create';
import { quickCheckInBackground } from './integrity-check';
import { isNotebookError, NotebookError } from './notebook-error';
import { IdleCheckpoints } from './idle-checkpoints';
import { closeDatabase, openDatabase, type OpenOptions } from './open';
import { readOnlyNotebook, translateStorageError } from './storage-errors';
import { search } from './search';
import { listSentences, sentenceByNumber, sentenceIdsInRange, sentenceNumbersMatching } from './sentences';
import { notebookStats } from './stats';
import { changeTags, type TagChange } from './tags';
import {
  addTheme,
  addThemeAndTag,
  deleteTheme,
  findTheme,
  listThemes,
  mergeThemes,
  moveTheme,
  reorderThemes,
  updateTheme,
  type ThemeInput,
  type ThemePatch,
} from './themes';
import { setNote } from './notes';
import { codedBy, markCoded, notebookCoders } from './coded-documents';
import { checkCoderName } from './coder-name';
import { documentDetails, documentsMatching, renameAttribute, setDetails } from './details';
import { detailStats } from './detail-stats';
import { getMemo, listMemos, searchMemos, setMemo } from './memos';
import { codebookXml, projectArchive } from './exchange/refi-export';
import { applyRefiImport, type RefiImportReport } from './exchange/refi-import';
import { readRefi, type ReadProject } from './exchange/refi-read';
import { applyMerge } from './merge/apply-merge';
import { readCurrentWork } from './merge/current-work';
import type { IncomingWork } from './merge/incoming-work';
import { planMerge } from './merge/match';
import type { MergeReport } from './merge/merge-report';
import { readIncomingWork } from './merge/read-incoming';
import { settle } from './agreement/consensus';
import { disagreementsFileName, disagreementsMarkdown } from './agreement/disagreements-markdown';
import type { AgreementReport, AgreementRequest, DisagreementList, DisagreementRequest, SettleRequest } from './agreement/domain';
import { readAgreement, readDisagreements } from './agreement/read-agreement';

export interface NotebookOptions extends OpenOptions {
  coder?: string;
  /** Clock for timestamps; tests pass a fixed one. */
  now?: () => string;
  /** The folder holding every notebook's backups (default: Backups in the user data folder). */
  backupRoot?: string;
}

/**
 * One open notebook file: the synchronous, typed API that the CLI, the
 * desktop app's IPC handlers and the tests all call. Every change runs in one
 * transaction and is recorded in the history.
 */
export class Notebook {
  private readonly ctx: NotebookContext;
  private history: History;
  private readonly checkpoints: IdleCheckpoints | null;

  private constructor(
    readonly path: string,
    ctx: NotebookContext,
    /** Opened for reading only: every change is refused before it touches the file. */
    readonly readOnly: boolean,
  ) {
    this.ctx = ctx;
    this.history = new History(ctx);
    this.checkpoints = readOnly ? null : new IdleCheckpoints(ctx.db);
  }

  /**
   * Opens a notebook. With `create`, a missing notebook is made first, and
   * `seed` fills it before any other process can see it; creating never
   * replaces a file another process made meanwhile.
   */
  static open(filePath: string, options: NotebookOptions & { seed?: (notebook: Notebook) => void } = {}): Notebook {
    const resolved = path.resolve(filePath);
    const { seed, ...rest } = options;
    if (options.create && !fileExists(resolved)) {
      createExclusively(resolved, (temporary) => {
        const fresh = Notebook.openFile(temporary, { ...rest, access: 'write' });
        try {
          seed?.(fresh);
        } finally {
          fresh.close();
        }
      });
    }
    // An empty (0-byte) file at the path is still adopted in place, as a new notebook.
    return Notebook.openFile(resolved, rest);
  }

  /**
   * Opens for the desktop app: SQLite's quick check runs on a worker thread
   * first, so a large notebook never holds up the window.
   */
  static async openWithoutBlocking(filePath: string, options: NotebookOptions & { seed?: (notebook: Notebook) => void } = {}): Promise<Notebook> {
    const resolved = path.resolve(filePath);
    const checked = fileExists(resolved) && (await quickCheckInBackground(resolved, options.nativeBinding)) === 'ok';
    // An older format is backed up before it is upgraded, as on the command line.
    return Notebook.openForWork(resolved, { ...options, integrityChecked: checked });
  }

  private static openFile(resolved: string, options: NotebookOptions): Notebook {
    const { db, readOnly } = openDatabase(resolved, options);
    try {
      const ctx = createContext(db, options.coder ?? defaultCoder(), options.now ?? (() => new Date().toISOString()));
      if (!readOnly && !ctx.sql("SELECT value FROM settings WHERE key = 'created_at'").get()) {
        ctx.sql("INSERT INTO settings (key, value) VALUES ('created_at', ?)").run(ctx.now());
      }
      const notebook = new Notebook(resolved, ctx, readOnly);
      notebook.backupSettings = backupSettingsOf(options);
      return notebook;
    } catch (error) {
      closeDatabase(db, readOnly);
      throw translateStorageError(error, resolved);
    }
  }

  get name(): string {
    return path.basename(this.path, NOTEBOOK_EXTENSION);
  }

  get coder(): string {
    return this.ctx.coder;
  }

  /** Releases the notebook's lock and leaves it as one file at rest. */
  close(): void {
    this.checkpoints?.cancel();
    closeDatabase(this.ctx.db, this.readOnly);
  }

  /** Folds the write-ahead log into the notebook file now, as a pause in the work would. */
  checkpoint(): boolean {
    return this.checkpoints?.checkpoint() ?? false;
  }

  info(): NotebookInfo {
    return this.read(() => {
      const documents = (this.ctx.sql('SELECT count(*) AS n FROM documents WHERE removed_at IS NULL').get() as { n: number }).n;
      return {
        path: this.path,
        name: this.name,
        coder: this.ctx.coder,
        documentCount: documents,
        schemaVersion: schemaVersion(this.ctx.db),
        readOnly: this.readOnly,
      };
    });
  }

  // Documents and sentences

  listDocuments(): DocumentSummary[] {
    return this.read(() => listDocuments(this.ctx));
  }

  importDocument(input: DocumentInput): DocumentSummary {
    const id = this.write(() => this.insertImported(input));
    return this.read(() => insertedSummary(this.ctx, id));
  }

  /**
   * Imports files, and the files of folders and their subfolders that Themata
   * reads (text, Markdown, web pages, PDFs, Word files), in order (see
   * db/import): each file whole or not at all, refused files named with their
   * reason while the others are imported, texts already in the notebook
   * skipped. Progress is reported file by file.
   */
  importFiles(paths: readonly string[], options: ImportFilesOptions = {}): Promise<ImportReport> {
    return this.importFileList(findTextFiles(paths), options);
  }

  /** Imports files already found (findTextFiles), some perhaps already read. */
  importFileList(files: readonly ImportFile[], options: ImportFilesOptions = {}): Promise<ImportReport> {
    const target = this.importTarget();
    return importTextFiles(files, target, options);
  }

  /**
   * Imports files as the desktop app does, leaving the notebook free for other
   * calls between short commits, and stopping between files when asked (see
   * importGradually). Files may arrive while it runs.
   */
  importGradually(source: ImportSource, options: GradualImportOptions = {}): Promise<ImportReport> {
    return importGradually(source, this.importTarget(), options);
  }

  private importTarget(): ImportTarget {
    if (this.readOnly) throw readOnlyNotebook(this.path);
    const known = this.read(() => new KnownTexts(this.ctx));
    return {
      // The documents of one commit are indexed for search together (indexSentencesAfter says why).
      write: (work) =>
        this.write(() => {
          const before = lastSentenceId(this.ctx);
          work();
          indexSentencesAfter(this.ctx, before);
        }),
      add: (input) => insertedSummary(this.ctx, this.insertImported(input, false)),
      known,
    };
  }

  /** A document and the undoable step that shows it; inside a write. */
  private insertImported(input: DocumentInput, index = true): number {
    return insertDocument(this.ctx, input, {
      index,
      // Recorded while the document's row is small (InsertOptions says why).
      whileSmall: (documentId) =>
        this.history.record(`Import ${input.title.trim()}`, [
          { type: 'document-visibility', documentId, visible: true, at: this.ctx.now() },
        ]),
    });
  }

  deleteDocument(documentId: number): HistoryState {
    this.write(() => {
      const document = requireVisibleDocument(this.ctx, documentId);
      this.history.record(`Remove ${document.title}`, [
        { type: 'document-visibility', documentId, visible: false, at: this.ctx.now() },
      ]);
    });
    return this.history.state();
  }

  /** One document as the documents list shows it: counts and details. */
  documentSummary(documentId: number): DocumentSummary {
    return this.read(() => documentSummary(this.ctx, documentId));
  }

  // Document details

  /** A document's title, outlet, author, published date, URL, language and attributes. */
  documentDetails(documentId: number): DocumentDetails {
    return this.read(() => documentDetails(this.ctx, documentId));
  }

  /**
   * Changes the details given (see DetailsPatch) as one undoable change named
   * for the document; typing into one detail undoes as one step.
   */
  setDocumentDetails(documentId: number, patch: DetailsPatch): DocumentDetails {
    return this.write(() => setDetails(this.ctx, this.history, documentId, patch));
  }

  /** Renames one of a document's attributes, keeping its value. */
  renameAttribute(documentId: number, from: string, to: string): DocumentDetails {
    return this.write(() => renameAttribute(this.ctx, this.history, documentId, from, to));
  }

  /** The ids of the visible documents whose details match every condition of the filter, in import order. */
  documentsMatching(filter: DocumentFilter): number[] {
    return this.read(() => documentsMatching(this.ctx, filter));
  }

  // Memos

  memo(subject: MemoSubject): Memo | null {
    return this.read(() => getMemo(this.ctx, subject));
  }

  /** Writes a memo (a blank body removes it); saves while typing undo as one step. */
  setMemo(subject: MemoSubject, body: string): Memo | null {
    return this.write(() => setMemo(this.ctx, this.history, subject, body));
  }

  listMemos(): Memo[] {
    return this.read(() => listMemos(this.ctx));
  }

  searchMemos(query: string, limit = 50): MemoHit[] {
    return this.read(() => searchMemos(this.ctx, query, limit));
  }

  listSentences(documentId: number, page: { offset: number; limit: number }): SentencePage {
    return this.read(() => listSentences(this.ctx, documentId, page));
  }

  sentenceNumbersMatching(documentId: number, themeIds: number[], mode: 'any' | 'all'): number[] {
    return this.read(() => sentenceNumbersMatching(this.ctx, documentId, themeIds, mode));
  }

  /** The sentence id for a document's sentence number (counted from 1). */
  sentenceId(documentId: number, number: number): number {
    return this.read(() => sentenceByNumber(this.ctx, documentId, number).id);
  }

  /** The ids of sentences `from`..`to` (numbers counted from 1, inclusive) of one document, in order. */
  sentenceIds(documentId: number, from: number, to: number): number[] {
    const [low, high] = from <= to ? [from, to] : [to, from];
    return this.read(() => sentenceIdsInRange(this.ctx, documentId, low, high));
  }

  // Codebook

  listThemes(): Theme[] {
    return this.read(() => listThemes(this.ctx));
  }

  findTheme(reference: string): Theme {
    return this.read(() => findTheme(this.ctx, reference));
  }

  addTheme(input: ThemeInput): Theme {
    return this.write(() => addTheme(this.ctx, this.history, input));
  }

  updateTheme(themeId: number, patch: ThemePatch): Theme {
    return this.write(() => updateTheme(this.ctx, this.history, themeId, patch));
  }

  reorderThemes(themeIds: number[]): Theme[] {
    return this.write(() => reorderThemes(this.ctx, this.history, themeIds));
  }

  /** Puts a theme under another (null: the top level), before one of its new siblings or last; returns the codebook. */
  moveTheme(themeId: number, parentId: number | null, beforeId: number | null = null): Theme[] {
    return this.write(() => moveTheme(this.ctx, this.history, themeId, parentId, beforeId));
  }

  /** Creates a theme and tags the sentences with it, one undoable step; returns it and what to repaint. */
  addThemeAndTag(input: ThemeInput, sentenceIds: number[]): { theme: Theme } & ChangeEffects {
    return this.write(() => {
      const theme = addThemeAndTag(this.ctx, this.history, input, sentenceIds);
      return { theme, ...changeEffects(this.ctx, this.history.state(), sentenceIds, [theme.id]) };
    });
  }

  mergeThemes(sourceId: number, targetId: number): Theme {
    return this.write(() => mergeThemes(this.ctx, this.history, sourceId, targetId));
  }

  deleteTheme(themeId: number): { removedTags: number } {
    return this.write(() => deleteTheme(this.ctx, this.history, themeId));
  }

  // Tags and notes

  /** A theme key pressed on the selected sentences: whether the theme is now on them, and what to repaint. */
  toggleTags(sentenceIds: number[], themeId: number): { applied: boolean } & ChangeEffects {
    return this.write(() => {
      const { applied } = changeTags(this.ctx, this.history, sentenceIds, themeId, 'toggle');
      return { applied, ...changeEffects(this.ctx, this.history.state(), sentenceIds, [themeId]) };
    });
  }

  tag(sentenceIds: number[], themeId: number): number {
    return this.changeTags(sentenceIds, themeId, 'add').changed;
  }

  untag(sentenceIds: number[], themeId: number): number {
    return this.changeTags(sentenceIds, themeId, 'remove').changed;
  }

  private changeTags(sentenceIds: number[], themeId: number, change: TagChange) {
    return this.write(() => changeTags(this.ctx, this.history, sentenceIds, themeId, change));
  }

  /** Writes a sentence's note (a blank body removes it); returns what to repaint. */
  setNote(sentenceId: number, body: string): ChangeEffects {
    return this.write(() => {
      setNote(this.ctx, this.history, sentenceId, body);
      return changeEffects(this.ctx, this.history.state(), [sentenceId], []);
    });
  }

  // Coders

  /**
   * Who is coding from now on: key presses and notes change this coder's own
   * tags and note. A blank name, or one with control characters, is refused.
   */
  setCoder(name: string): NotebookInfo {
    this.ctx.coder = checkCoderName(name);
    return this.info();
  }

  /** Whose tags and notes the reader shows; another coder's view names one the notebook knows. */
  setTagView(view: TagView): void {
    if (view.kind === 'coder') {
      const known = this.read(() => notebookCoders(this.ctx)).some((coder) => coder.name === view.coder);
      if (!known) throw new NotebookError('not-found', `No coder named “${view.coder}” has tagged or noted anything in this notebook.`);
    }
    this.ctx.view = view;
  }

  get tagView(): TagView {
    return this.ctx.view;
  }

  /** Every coder with tags, notes or documents marked as coded in this notebook, with how much of each. */
  coders(): NotebookCoder[] {
    return this.read(() => notebookCoders(this.ctx));
  }

  /** Marks a document as coded (or not yet) by a coder, the current one by default, as one undoable step. Returns whether it changed. */
  markDocumentCoded(documentId: number, coded: boolean, coder: string = this.ctx.coder): boolean {
    const name = checkCoderName(coder);
    return this.write(() => markCoded(this.ctx, this.history, documentId, name, coded));
  }

  /** Each visible document's coders who marked it coded. */
  codedDocuments(): Map<number, string[]> {
    return this.read(() => codedBy(this.ctx));
  }

  // Finding and counting

  /** Sentences and notes matching the query, in the set's documents (every visible one when null). */
  search(query: string, limit = 200, set: DocumentSet = null): SearchHit[] {
    return this.read(() => search(this.ctx, query, limit, set));
  }

  /** How many sentences a theme query retrieves in the set, in all and per document. */
  retrieveSummary(query: ThemeQuery, set: DocumentSet = null): RetrieveSummary {
    return this.read(() => retrieveSummary(this.ctx, query, set));
  }

  /** A page of the sentences a theme query retrieves in the set, each with its neighbours, themes and note. */
  retrievePage(query: ThemeQuery, set: DocumentSet, page: { offset: number; limit: number }): RetrievePage {
    return this.read(() => retrievePage(this.ctx, query, set, page));
  }

  /** Tags per theme in the set's documents (the notebook's own counts are on each theme). */
  themeCounts(set: DocumentSet): ThemeCount[] {
    return this.read(() => themeCountsIn(this.ctx, set));
  }

  stats(set: DocumentSet = null): NotebookStats {
    return this.read(() => notebookStats(this.ctx, set));
  }

  /** Tagged sentences per theme for each outlet and each attribute value, over the set's documents. */
  detailStats(set: DocumentSet = null): DetailStats {
    return this.read(() =>
      this.ctx.db.transaction(() => {
        const stats = notebookStats(this.ctx, set);
        return detailStats(this.ctx, stats.documents, stats.themes.map((t) => t.themeId));
      })(),
    );
  }

  // Several coders

  /** Percent agreement, Cohen's κ and Krippendorff's α per theme and overall, over the sentences every compared coder coded. */
  agreement(request: AgreementRequest = {}): AgreementReport {
    return this.read(() => this.ctx.db.transaction(() => readAgreement(this.ctx, request))());
  }

  /** The sentences where the compared coders judged a theme differently, in reading order, with context, notes and the consensus. */
  disagreements(request: DisagreementRequest): DisagreementList {
    return this.read(() => this.ctx.db.transaction(() => readDisagreements(this.ctx, request))());
  }

  /** The disagreements on a theme as Markdown for the coders' discussion, with the theme's figures, and the name to offer the file under. */
  disagreementsMarkdown(request: DisagreementRequest): { fileName: string; text: string } {
    return this.read(() =>
      this.ctx.db.transaction(() => {
        const list = readDisagreements(this.ctx, request);
        const [figures] = readAgreement(this.ctx, { ...request, coders: list.coders, themeIds: [request.themeId] }).themes;
        return { fileName: disagreementsFileName(this.name, list.theme.name), text: disagreementsMarkdown(list, this.name, figures) };
      })(),
    );
  }

  /**
   * Settles a sentence into the consensus coder: its tags for these themes
   * become the union of the kept coders' (none kept: neither), one undoable change.
   */
  settle(request: SettleRequest): { themeId: number; present: boolean }[] {
    return this.write(() => settle(this.ctx, this.history, request));
  }

  // History

  historyState(): HistoryState {
    return this.read(() => this.history.state());
  }

  undo(): HistoryState {
    return this.write(() => this.history.undo());
  }

  redo(): HistoryState {
    return this.write(() => this.history.redo());
  }

  /** Closes the history so far to undo, keeping it as the audit trail (a new notebook's setup). */
  markBaseline(label: string): void {
    this.write(() => this.history.baseline(label));
  }

  // Export

  exportSnapshot(): ExportSnapshot {
    return this.read(() => readSnapshot(this.ctx, this.name));
  }

  exportMarkdown(options: MarkdownOptions): string {
    return Buffer.concat(this.markdownChunks(options)).toString('utf8');
  }

  /** The Markdown export as the UTF-8 chunks a file is written from, read in one pass in export order. */
  markdownChunks(options: MarkdownOptions): Buffer[] {
    return this.read(() =>
      this.ctx.db.transaction(() => {
        this.checkExportedCoder(options.coder);
        return markdownChunks(exportSource(this.ctx, this.name, options.documentIds, options.coder ?? null), options);
      })(),
    );
  }

  /** An export in any format (see db/export/formats.ts) as the chunks a file is written from, read in one transaction. */
  exportChunks(options: ExportOptions): Buffer[] {
    const format = checkExportOptions(options);
    return this.read(() =>
      this.ctx.db.transaction(() => {
        this.checkExportedCoder(options.coder);
        return exportWriters[format].write(this.ctx, this.name, options);
      })(),
    );
  }

  /** An export of one coder's work names a coder the notebook knows: a misspelt name would export nothing, silently. */
  private checkExportedCoder(coder: string | undefined): void {
    if (coder === undefined) return;
    if (!notebookCoders(this.ctx).some((known) => known.name === coder)) {
      throw new NotebookError('not-found', `No coder named “${coder}” has tagged or noted anything in this notebook.`);
    }
  }

  /** What the export dialog shows of an export before it is saved. */
  exportPreview(options: ExportOptions): ExportPreview {
    const format = checkExportOptions(options);
    return this.read(() =>
      this.ctx.db.transaction(() => {
        this.checkExportedCoder(options.coder);
        return exportWriters[format].preview(this.ctx, this.name, options);
      })(),
    );
  }

  /** The notebook as a REFI-QDA project (.qdpx): for NVivo, ATLAS.ti, MAXQDA, QualCoder. */
  exportQdpx(): Uint8Array {
    return this.read(() => this.ctx.db.transaction(() => projectArchive(this.ctx, this.name))());
  }

  /** The codebook alone as REFI-QDA (.qdc). */
  exportQdc(): string {
    return this.read(() => codebookXml(this.ctx));
  }

  /**
   * Imports a REFI-QDA project (.qdpx) or codebook (.qdc) as one undoable
   * step; the file is read and checked whole before the notebook changes.
   */
  async importRefi(bytes: Uint8Array, fileName: string): Promise<RefiImportReport> {
    if (this.readOnly) throw readOnlyNotebook(this.path);
    return this.importReadRefi(await readRefi(bytes, fileName), fileName);
  }

  /** Imports a REFI-QDA file already read (readRefi), so a bad file can be refused before a notebook is opened. */
  importReadRefi(project: ReadProject, fileName: string): RefiImportReport {
    return this.write(() => applyRefiImport(this.ctx, this.history, project, fileName));
  }

  // Several coders

  /**
   * Brings another coder's work in, from their notebook (.themata, read
   * without changing it) or a REFI-QDA project (.qdpx), as one undoable step:
   * their tags, notes and done marks under their own names, documents and
   * themes new to this notebook added, nothing here replaced. Merging the
   * same file again adds nothing. `alreadyRead`: the file read beforehand
   * (readIncomingWork), so a bad file is refused before a notebook is opened.
   */
  async merge(file: string, alreadyRead?: IncomingWork): Promise<MergeReport> {
    if (this.readOnly) throw readOnlyNotebook(this.path);
    if (path.resolve(file) === this.path) {
      throw new NotebookError('invalid-input', `${file} is this notebook itself; choose another coder's notebook or project.`);
    }
    const { nativeBinding } = this.backupSettings;
    // Matched against the notebook inside the write's own transaction.
    const incoming = alreadyRead ?? (await readIncomingWork(file, nativeBinding ? { nativeBinding } : {}));
    return this.write(() => applyMerge(this.ctx, this.history, planMerge(incoming, readCurrentWork(this.ctx, incoming))));
  }

  /** Runs a change in one immediate transaction: all of it lands, or none. */
  private write<T>(change: () => T): T {
    if (this.readOnly) throw readOnlyNotebook(this.path);
    const appended = this.history.appendCount;
    try {
      const result = this.read(() => this.ctx.db.transaction(change).immediate());
      this.checkpoints?.changed();
      return result;
    } catch (error) {
      // Rolled back after the history took a step (a commit that failed, say on a full disk): its stacks are the file's again.
      if (this.history.appendCount !== appended) this.history = new History(this.ctx);
      // Counts followed the rolled-back operations; count again from the file.
      this.ctx.counts.forget();
      throw error;
    }
  }

  /** A full disk, a failing drive or a damaged page reaches the caller as one sentence naming this notebook. */
  private read<T>(query: () => T): T {
    try {
      return query();
    } catch (error) {
      throw translateStorageError(error, this.path);
    }
  }

  // Backups

  private backupSettings: BackupSettings = {};

  /**
   * Opens a notebook to work in. An older format is first backed up
   * ('before-upgrade', checked) through a connection that holds the
   * notebook's lock, then upgraded; a failing upgrade leaves the file as it was.
   */
  static async openForWork(filePath: string, options: NotebookOptions & { seed?: (notebook: Notebook) => void } = {}): Promise<Notebook> {
    if (options.access === 'read') return Notebook.open(filePath, options);
    let refusal: unknown;
    try {
      return Notebook.open(filePath, { ...options, upgrade: false });
    } catch (error) {
      if (!isNotebookError(error) || error.code !== 'needs-upgrade') throw error;
      refusal = error;
    }
    const older = Notebook.open(filePath, { ...options, create: false, upgrade: 'keep-format' });
    try {
      // A notebook that can only be read cannot be upgraded: the researcher is told why.
      if (older.readOnly) throw refusal;
      await older.backup('before-upgrade');
      older.read(() => migrate(older.ctx.db));
    } finally {
      older.close();
    }
    return Notebook.open(filePath, options);
  }

  /** Backs the notebook up now, through its own connection; checked before it is kept. */
  backup(reason: BackupReason): Promise<Backup> {
    return takeBackup(this.ctx.db, this.path, reason, new Date(this.ctx.now()), this.backupSettings);
  }

  /** The latest change a backup is known to hold: while it is still the latest, no backup is due and none is read. */
  private backedUpMark: string | null = null;

  /** The rolling backup: made when the notebook changed since its newest backup and that one is an hour old. */
  async backupIfDue(): Promise<Backup | null> {
    if (this.readOnly) return null;
    const mark = this.read(() => changeMarkOf(this.ctx.db));
    if (mark === this.backedUpMark) return null;
    const due = this.read(() => backupDue(this.path, mark, new Date(this.ctx.now()), this.backupSettings));
    if (due === 'unchanged') this.backedUpMark = mark;
    if (due !== 'due') return null;
    const backup = await this.backup('hourly');
    this.backedUpMark = mark;
    return backup;
  }

  /** This notebook's backups, newest first. */
  listBackups(): Backup[] {
    return listBackups(this.path, this.backupSettings);
  }

  /** False once closed, as restoreFrom leaves it. */
  get isOpen(): boolean {
    return this.ctx.db.open;
  }

  /**
   * Replaces the notebook's content with a backup's, once the backup is
   * checked and the current state is backed up ('before-restore'). Closes
   * the notebook (also when putting the backup in place fails after that):
   * open it again to go on.
   */
  async restoreFrom(backupPath: string): Promise<{ restored: Backup; previous: Backup }> {
    if (this.readOnly) throw readOnlyNotebook(this.path);
    if (path.resolve(backupPath) === this.path) {
      throw new NotebookError('invalid-input', `${this.path} is this notebook itself; choose one of its backups.`);
    }
    const restored = checkBackup(backupPath, this.backupSettings);
    const previous = await this.backup('before-restore');
    const staged = await stageRestore(restored.path, this.path, this.backupSettings);
    this.close();
    putInPlace(staged, this.path);
    return { restored, previous };
  }
}

/** Where a notebook's backups go, and the SQLite build to read them with. */
export function backupSettingsOf(options: NotebookOptions): BackupSettings {
  return {
    root: options.backupRoot ?? backupsRoot(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
}

function fileExists(filePath: string): boolean {
  try {
    fs.statSync(filePath);
    return true;
  } catch {
    return false;
  }
}

export function openNotebook(filePath: string, options: NotebookOptions = {}): Notebook {
  return Notebook.open(filePath, options);
}

/** Seeds a new notebook with the sample study: the article and its four themes. */
export function seedSampleStudy(notebook: Notebook): void {
  for (const theme of SAMPLE_THEMES) notebook.addTheme({ ...theme });
  notebook.importDocument({ title: SAMPLE_TITLE, text: readSampleArticle(), sourceName: SAMPLE_SOURCE });
  // A researcher's first Ctrl+Z should not take the sample study away.
  notebook.markBaseline('Create the notebook with the sample study');
}

/**
 * Opens the notebook the desktop app and the CLI share, creating it with the
 * sample study on first run. Seeding happens in a temporary file that is then
 * linked into place, so a crash never leaves a half-seeded notebook behind and
 * a notebook another process created first is never replaced.
 */
export function ensureDefaultNotebook(filePath: string = defaultNotebookPath(), options: NotebookOptions = {}): Notebook {
  return Notebook.open(filePath, { ...options, create: true, seed: seedSampleStudy });
}
