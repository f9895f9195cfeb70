/**
 * The system's file dialogs and shell, behind the Dialogs and Shell
 * interfaces the handlers use. The options are plain data built by pure
 * functions; only the last step calls Electron.
 */
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, Dialog, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions, Shell as ElectronShell } from 'electron';
import { IMPORTED_EXTENSIONS } from '../contract/imports';
import { MERGE_EXTENSIONS } from '../contract/merge';
import { PROJECT_EXTENSIONS } from '../contract/projects';
import { DIALOG_TITLES } from '../service/dialog-titles';
import type { Dialogs, ExportFileType, Shell } from '../service/handlers';
import { isExternalLinkAllowed } from '../service/security-rules';

/** What dialog.showMessageBox is given. */
export interface MessageBox extends MessageBoxOptions {
  type: 'warning' | 'info';
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}

const NOTEBOOK_FILTER = { name: 'Themata notebook', extensions: ['themata'] };

export function openNotebookOptions(defaultFolder: string): OpenDialogOptions {
  return { title: DIALOG_TITLES.openNotebook, defaultPath: defaultFolder, properties: ['openFile'], filters: [NOTEBOOK_FILTER] };
}

export function newNotebookOptions(defaultFolder: string): SaveDialogOptions {
  return {
    title: DIALOG_TITLES.newNotebook,
    buttonLabel: 'Create',
    defaultPath: path.join(defaultFolder, 'Untitled.themata'),
    filters: [NOTEBOOK_FILTER],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The new notebook a refused one is salvaged into; an existing file is refused by the store, never replaced. */
export function salvageOptions(defaultPath: string): SaveDialogOptions {
  return {
    title: DIALOG_TITLES.salvageNotebook,
    buttonLabel: 'Salvage',
    defaultPath,
    filters: [NOTEBOOK_FILTER],
    properties: ['createDirectory'],
  };
}

/**
 * Articles, several at once, or folders, each standing for the articles in it:
 * Windows and Linux cannot show one dialog that picks both, so each has its own.
 */
export function importFilesOptions(defaultFolder: string, kind: 'files' | 'folder'): OpenDialogOptions {
  if (kind === 'folder') {
    return { title: DIALOG_TITLES.importFolder, buttonLabel: 'Import', defaultPath: defaultFolder, properties: ['openDirectory', 'multiSelections'] };
  }
  return {
    title: DIALOG_TITLES.importFiles,
    buttonLabel: 'Import',
    defaultPath: defaultFolder,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles (text, Markdown, web pages, PDF, Word)', extensions: IMPORTED_EXTENSIONS.map((extension) => extension.slice(1)) },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

export function importProjectOptions(defaultFolder: string): OpenDialogOptions {
  return {
    title: DIALOG_TITLES.importProject,
    buttonLabel: 'Import',
    defaultPath: defaultFolder,
    properties: ['openFile'],
    filters: [{ name: 'REFI-QDA projects and codebooks (NVivo, ATLAS.ti, MAXQDA, QualCoder)', extensions: PROJECT_EXTENSIONS.map((extension) => extension.slice(1)) }],
  };
}

export function mergeWorkOptions(defaultFolder: string): OpenDialogOptions {
  return {
    title: DIALOG_TITLES.mergeWork,
    buttonLabel: 'Merge',
    defaultPath: defaultFolder,
    properties: ['openFile'],
    filters: [{ name: 'Themata notebooks and REFI-QDA projects', extensions: MERGE_EXTENSIONS.map((extension) => extension.slice(1)) }],
  };
}

export function exportOptions(defaultFolder: string, suggestedName: string, fileType: ExportFileType = { name: 'Markdown', extension: 'md' }): SaveDialogOptions {
  return {
    title: DIALOG_TITLES.exportFile,
    buttonLabel: 'Export',
    defaultPath: path.join(defaultFolder, suggestedName),
    filters: [{ name: fileType.name, extensions: [fileType.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

const RESERVED = '<>:"/\\|?*';

/** A file name no file system refuses: path separators and reserved characters become spaces. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((char) => (char.charCodeAt(0) < 0x20 || RESERVED.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'Export.md' : cleaned;
}

export interface SystemDialogDeps {
  dialog: Dialog;
  window: () => BrowserWindow | null;
  /** Where dialogs start: the open notebook's folder. */
  currentFolder: () => string;
}

export function systemDialogs({ dialog, window, currentFolder }: SystemDialogDeps): Dialogs {
  const open = async (options: OpenDialogOptions) => {
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  };
  const save = async (options: SaveDialogOptions) => {
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    chooseNotebookToOpen: async () => (await open(openNotebookOptions(currentFolder())))[0] ?? null,
    chooseNewNotebookPath: () => save(newNotebookOptions(currentFolder())),
    chooseFilesToImport: (kind) => open(importFilesOptions(os.homedir(), kind)),
    chooseProjectToImport: async () => (await open(importProjectOptions(os.homedir())))[0] ?? null,
    chooseWorkToMerge: async () => (await open(mergeWorkOptions(currentFolder())))[0] ?? null,
    chooseExportPath: (suggestedName, fileType) => save(exportOptions(currentFolder(), safeFileName(suggestedName), fileType)),
    chooseSalvagedNotebookPath: (defaultPath) => save(salvageOptions(defaultPath)),
  };
}

export function systemShell(shell: ElectronShell): Shell {
  return {
    revealFile: (filePath) => shell.showItemInFolder(filePath),
    openLink: async (url) => {
      // Checked again here: this is the last step before the operating system acts on the URL.
      if (isExternalLinkAllowed(url)) await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: http(s) only, checked on this line
    },
  };
}

/** Message boxes the main process shows itself, where no page can. */
export interface MessageBoxes {
  /** Shows a box, over the window when one is open; resolves to the index of the button chosen. */
  ask(box: MessageBox): Promise<number>;
  /** An error in its one sentence, under a title saying what failed. */
  showError(title: string, message: string): void;
}

export function systemMessageBoxes(dialog: Dialog, window: () => BrowserWindow | null): MessageBoxes {
  return {
    ask: async (box) => {
      const parent = window();
      return (await (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box))).response;
    },
    showError: (title, message) => dialog.showErrorBox(title, message),
  };
}
