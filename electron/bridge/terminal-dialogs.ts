/**
 * Dialogs and shell for the browser workspace: a web page cannot show the
 * system's file dialogs, so `npm run dev:web` answers in the terminal instead.
 * The page downloads its exports (export:file); an export:save call is still
 * answered, written beside the notebook under a name that is not taken.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Dialogs, Shell } from '../service/handlers';

export interface TerminalDeps {
  say: (line: string) => void;
  notebookFolder: () => string;
  exists?: (file: string) => boolean;
}

export function terminalDialogs({ say, notebookFolder, exists = fs.existsSync }: TerminalDeps): Dialogs {
  return {
    chooseNotebookToOpen: async () => {
      say('The browser workspace cannot show a file dialog: restart with "npm run dev:web -- --notebook PATH" to open another notebook.');
      return null;
    },
    chooseNewNotebookPath: async () => {
      say('The browser workspace cannot show a file dialog: create a notebook with "npm run themata", then restart with --notebook PATH.');
      return null;
    },
    chooseFilesToImport: async () => {
      say('The browser workspace cannot show a file dialog: choose files in the page, or drop them on the window.');
      return [];
    },
    chooseProjectToImport: async () => {
      say('The browser workspace cannot show a file dialog: choose the project in the page, or drop it on the window.');
      return null;
    },
    chooseWorkToMerge: async () => {
      say('The browser workspace cannot show a file dialog: choose the other coder’s notebook or project in the page.');
      return null;
    },
    chooseExportPath: async (suggestedName) => {
      const target = freeFileName(notebookFolder(), suggestedName, exists);
      say(`Exporting to ${target}`);
      return target;
    },
    chooseSalvagedNotebookPath: async (defaultPath) => {
      const target = freeFileName(path.dirname(defaultPath), path.basename(defaultPath), exists);
      say(`Salvaging into ${target}`);
      return target;
    },
  };
}

export function terminalShell(say: (line: string) => void): Shell {
  return {
    revealFile: (filePath) => say(`The file is at ${filePath}`),
    openLink: async (url) => say(`Open this link in your browser: ${url}`),
  };
}

/** "Study by theme.md", else "Study by theme (2).md", and so on. */
export function freeFileName(folder: string, name: string, exists: (file: string) => boolean): string {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let n = 1; ; n += 1) {
    const candidate = path.join(folder, n === 1 ? name : `${stem} (${n})${extension}`);
    if (!exists(candidate)) return candidate;
  }
}
