/**
 * The app's side of the contract: one handler per channel, each a thin
 * call into the open notebook. Anything that touches the operating system
 * (dialogs, the file manager, the browser) goes through an interface, so the
 * same table serves Electron, the loopback bridge and the tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodersState, Handlers } from '../contract';
import { NotebookError, salvageNotebook, type Notebook, type SalvageReport } from '../../db';
import { readProjectFile as readProjectBytes } from '../../db/exchange/project-file';
import { readOnlyNotebook } from '../../db/storage-errors';
import { ImportJobs } from './import-jobs';
import { EXPORT_FORMATS } from '../../db/domain';
import { exportFileName, writeFileAtomic } from '../../db/export';
import { withNotebookExtension, type NotebookSession } from './notebook-session';
import { OpenRequests } from './open-requests';
import { SalvageOffers, salvagedNotebookPath } from './salvage';
import { isExternalLinkAllowed } from './security-rules';

/** The system's file dialogs; each resolves to null (or nothing) when the researcher cancels. */
export interface Dialogs {
  chooseNotebookToOpen(): Promise<string | null>;
  chooseNewNotebookPath(): Promise<string | null>;
  /** Articles to import, or one folder standing for the articles in it and its subfolders; empty when cancelled. */
  chooseFilesToImport(kind: 'files' | 'folder'): Promise<string[]>;
  /** A REFI-QDA project (.qdpx) or codebook (.qdc) to import; null when cancelled. */
  chooseProjectToImport(): Promise<string | null>;
  /** Another coder's notebook (.themata) or REFI-QDA project (.qdpx) to merge; null when cancelled. */
  chooseWorkToMerge(): Promise<string | null>;
  /** Where to save an export, offered under `suggestedName` and filtered to its file type. */
  chooseExportPath(suggestedName: string, fileType?: ExportFileType): Promise<string | null>;
  /** Where the copy salvaged from a refused notebook goes; starts at defaultPath. */
  chooseSalvagedNotebookPath(defaultPath: string): Promise<string | null>;
}

/** What a save dialog filters on: "CSV", ["csv"]. */
export interface ExportFileType {
  name: string;
  extension: string;
}

/** The system's file manager and browser. */
export interface Shell {
  revealFile(filePath: string): void;
  openLink(url: string): Promise<void>;
}

export interface HandlerDeps {
  session: NotebookSession;
  dialogs: Dialogs;
  shell: Shell;
  /** Notebooks the system asked to open; none when the page is the only way in (the browser bridge). */
  openRequests?: OpenRequests;
  /** Copies a refused notebook into a new one (default: the store's salvage, as the open notebook's coder). */
  salvage?: (source: string, target: string) => SalvageReport;
}

export function createHandlers({ session, dialogs, shell, openRequests = new OpenRequests(), salvage }: HandlerDeps): Handlers {
  // shell:reveal shows only files this app wrote or opened, not any path a page names.
  const revealable = new Set<string>();
  const remember = (filePath: string) => revealable.add(path.resolve(filePath));
  const notebook = () => session.notebook;
  // notebook:salvage reads only a notebook that an open just refused.
  const salvageOffers = new SalvageOffers();
  const salvageInto = salvage ?? ((source: string, target: string) => salvageNotebook(source, target, { coder: notebook().coder }));
  // backups:restore takes only a backup that backups:list showed the page.
  const listedBackups = new Set<string>();
  const imports = new ImportJobs({ notebook, logFailure: (error) => console.error('[themata] import failed:', error) });

  const handlers = {
    'notebook:info': () => notebook().info(),
    'notebook:open': async () => {
      const chosen = await dialogs.chooseNotebookToOpen();
      if (chosen === null) return null;
      const opened = await salvageOffers.opening(chosen, () => session.open(chosen));
      remember(opened.path);
      return opened.info();
    },
    'notebook:accept-open': async ({ path: requested }) => {
      if (!openRequests.take(requested)) {
        throw new NotebookError('invalid-input', 'Themata opens a notebook this way only when the system asked it to.');
      }
      const opened = await salvageOffers.opening(requested, () => session.open(requested));
      remember(opened.path);
      return opened.info();
    },
    'notebook:salvage': async ({ path: requested }) => {
      const source = path.resolve(requested);
      if (!salvageOffers.has(source)) {
        throw new NotebookError('invalid-input', 'Themata salvages only a notebook it has just refused to open.');
      }
      const chosen = await dialogs.chooseSalvagedNotebookPath(salvagedNotebookPath(source));
      if (chosen === null) return null;
      const report = salvageInto(source, withNotebookExtension(path.resolve(chosen)));
      salvageOffers.forget(source);
      const opened = await session.open(report.target);
      remember(opened.path);
      return { info: opened.info(), report };
    },
    'notebook:create': async () => {
      const chosen = await dialogs.chooseNewNotebookPath();
      if (chosen === null) return null;
      const created = session.create(chosen);
      remember(created.path);
      return created.info();
    },

    'documents:list': () => notebook().listDocuments(),
    'documents:import-text': (input) => notebook().importDocument(input),
    'documents:delete': ({ documentId }) => ({ history: notebook().deleteDocument(documentId) }),
    'documents:set-details': ({ documentId, patch }) => {
      notebook().setDocumentDetails(documentId, patch);
      return { document: notebook().documentSummary(documentId), history: notebook().historyState() };
    },
    'documents:rename-attribute': ({ documentId, from, to }) => {
      notebook().renameAttribute(documentId, from, to);
      return { document: notebook().documentSummary(documentId), history: notebook().historyState() };
    },

    'documents:mark-coded': ({ documentId, coded }) => {
      const changed = notebook().markDocumentCoded(documentId, coded);
      return { document: notebook().documentSummary(documentId), history: notebook().historyState(), changed };
    },

    'sentences:page': ({ documentId, offset, limit }) => notebook().listSentences(documentId, { offset, limit }),
    'sentences:matching': ({ documentId, themeIds, mode }) => notebook().sentenceNumbersMatching(documentId, themeIds, mode),

    'themes:list': () => notebook().listThemes(),
    'themes:add': (input) => {
      const theme = notebook().addTheme(input);
      return { theme, themes: notebook().listThemes(), history: notebook().historyState() };
    },
    'themes:update': ({ themeId, ...patch }) => {
      const theme = notebook().updateTheme(themeId, patch);
      return { theme, themes: notebook().listThemes(), history: notebook().historyState() };
    },
    'themes:reorder': ({ themeIds }) => ({ themes: notebook().reorderThemes(themeIds), history: notebook().historyState() }),
    'themes:move': ({ themeId, parentId, beforeId }) => ({
      themes: notebook().moveTheme(themeId, parentId, beforeId ?? null),
      history: notebook().historyState(),
    }),
    'themes:create-and-tag': ({ sentenceIds, ...input }) => {
      const result = notebook().addThemeAndTag(input, sentenceIds);
      return { ...result, themes: notebook().listThemes() };
    },
    'themes:merge': ({ sourceId, targetId }) => notebook().mergeThemes(sourceId, targetId),
    'themes:delete': ({ themeId }) => notebook().deleteTheme(themeId),

    // A change answers with everything the page repaints: one round trip per key press.
    'tags:toggle': ({ sentenceIds, themeId }) => notebook().toggleTags(sentenceIds, themeId),
    'notes:set': ({ sentenceId, body }) => notebook().setNote(sentenceId, body),

    'coders:list': () => codersState(notebook()),
    'coders:set-current': ({ name }) => {
      session.setCoder(name);
      return { notebook: notebook().info(), coders: codersState(notebook()) };
    },
    'coders:set-view': ({ view }) => {
      notebook().setTagView(view);
      return codersState(notebook());
    },

    'memos:get': ({ subject }) => notebook().memo(subject),
    'memos:set': ({ subject, body }) => ({ memo: notebook().setMemo(subject, body), history: notebook().historyState() }),

    'search:memos': ({ query, limit }) => notebook().searchMemos(query, limit),
    search: ({ query, limit, documentIds }) => notebook().search(query, limit, documentIds ?? null),
    'retrieve:summary': ({ query, documentIds }) => notebook().retrieveSummary(query, documentIds),
    'retrieve:page': ({ query, documentIds, offset, limit }) => notebook().retrievePage(query, documentIds, { offset, limit }),
    'themes:counts': ({ documentIds }) => notebook().themeCounts(documentIds),
    stats: ({ documentIds }) => notebook().stats(documentIds ?? null),

    'history:state': () => notebook().historyState(),
    'history:undo': () => notebook().undo(),
    'history:redo': () => notebook().redo(),

    'export:preview': (options) => notebook().exportPreview(options),
    'export:save': async (options) => {
      const current = notebook();
      const info = EXPORT_FORMATS[options.format ?? 'markdown'];
      // Checked before the dialog: a combination the format cannot write is refused at once.
      const chunks = current.exportChunks(options);
      const chosen = await dialogs.chooseExportPath(exportFileName(current.name, options), { name: info.label, extension: info.extension });
      if (chosen === null) return null;
      // The save dialog has already asked before replacing an existing file.
      writeFileAtomic(chosen, chunks, { overwrite: true });
      remember(chosen);
      return { path: chosen };
    },
    'export:file': (options) => {
      const current = notebook();
      const info = EXPORT_FORMATS[options.format ?? 'markdown'];
      const bytes = Buffer.concat(current.exportChunks(options));
      return {
        fileName: exportFileName(current.name, options),
        mediaType: info.mediaType,
        ...(info.binary ? { content: bytes.toString('base64'), encoding: 'base64' as const } : { content: bytes.toString('utf8'), encoding: 'utf8' as const }),
      };
    },
    'backups:list': () => {
      const backups = notebook().listBackups();
      for (const backup of backups) listedBackups.add(backup.path);
      return backups;
    },
    'backups:restore': async ({ path: requested }) => {
      const chosen = path.resolve(requested);
      // Listed once is not enough: it must still be a backup of the notebook open now.
      if (!listedBackups.has(chosen) || !notebook().listBackups().some((backup) => backup.path === chosen)) {
        throw new NotebookError('invalid-input', 'Themata restores only a backup of the open notebook, chosen from File > Restore from a Backup….');
      }
      const { restored, previous } = await session.restore(chosen);
      return { restored, previous, notebook: notebook().info() };
    },
    'shell:reveal': ({ path: filePath }) => {
      const resolved = path.resolve(filePath);
      if (!revealable.has(resolved) && resolved !== path.resolve(notebook().path)) {
        throw new NotebookError('not-found', 'Themata only shows files it has written or opened in this session.');
      }
      shell.revealFile(resolved);
      return {};
    },
    'shell:open-link': async ({ url }) => {
      if (!isExternalLinkAllowed(url)) {
        throw new NotebookError('invalid-input', 'Themata opens only web links (http or https) in your browser.');
      }
      await shell.openLink(url);
      return {};
    },

    // An import of many files runs here in short commits; the page asks how it goes (see import-jobs.ts).
    'imports:choose': async ({ kind }) => {
      // Said before the dialog asks for files that could not be imported.
      if (notebook().readOnly) throw readOnlyNotebook(notebook().path);
      const chosen = await dialogs.chooseFilesToImport(kind);
      return chosen.length === 0 ? null : imports.startPaths(chosen);
    },
    'imports:start-sending': ({ files }) => imports.startSending(files),
    'imports:send-files': ({ jobId, files }) => imports.receive(jobId, files),
    'imports:current': () => imports.current(),
    'imports:progress': ({ jobId, since }) => imports.progress(jobId, since),
    'imports:cancel': ({ jobId }) => {
      imports.cancel(jobId);
      return {};
    },
    'imports:import-anyway': ({ jobId, files }) => imports.importAnyway(jobId, files),

    // A project from another tool is one step of its own, not an article among others.
    'projects:choose': async () => {
      if (notebook().readOnly) throw readOnlyNotebook(notebook().path);
      const chosen = await dialogs.chooseProjectToImport();
      if (chosen === null) return null;
      const fileName = path.basename(chosen);
      return { fileName, report: await notebook().importRefi(readProjectBytes(chosen), fileName) };
    },
    'projects:import-sent': async ({ name, content }) => {
      const fileName = path.basename(name);
      return { fileName, report: await notebook().importRefi(Buffer.from(content, 'base64'), fileName) };
    },

    // Another coder's work: read (never changed), matched and added as one step.
    'merge:choose': async () => {
      if (notebook().readOnly) throw readOnlyNotebook(notebook().path);
      const chosen = await dialogs.chooseWorkToMerge();
      return chosen === null ? null : notebook().merge(chosen);
    },
    'merge:sent': async ({ name, content }) => {
      if (notebook().readOnly) throw readOnlyNotebook(notebook().path);
      // A notebook is read from a file: the one sent is kept under its own name in a folder of its own, then removed.
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-merge-'));
      try {
        const file = path.join(folder, path.basename(name));
        fs.writeFileSync(file, Buffer.from(content, 'base64'));
        return await notebook().merge(file);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },

    'agreement:coders': () => notebook().coders(),
    'agreement:report': (request) => notebook().agreement(request),
    'agreement:disagreements': (request) => notebook().disagreements(request),
    'agreement:settle': (request) => ({ consensus: notebook().settle(request), history: notebook().historyState() }),
    'agreement:markdown': (request) => {
      const { fileName, text } = notebook().disagreementsMarkdown(request);
      return { fileName, mediaType: 'text/markdown' as const, content: text, encoding: 'utf8' as const };
    },
    'agreement:save-markdown': async (request) => {
      // Read before the dialog: a theme or coder that cannot be compared is refused at once.
      const { fileName, text } = notebook().disagreementsMarkdown(request);
      const chosen = await dialogs.chooseExportPath(fileName, { name: 'Markdown', extension: 'md' });
      if (chosen === null) return null;
      writeFileAtomic(chosen, text, { overwrite: true });
      remember(chosen);
      return { path: chosen };
    },
  } satisfies Handlers;

  return handlers;
}

/** Who is coding, whose tags the reader shows, and every coder the notebook knows. */
function codersState(notebook: Notebook): CodersState {
  return { current: notebook.coder, view: notebook.tagView, coders: notebook.coders() };
}
