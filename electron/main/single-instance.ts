/**
 * One Themata process per user: a second launch (double-clicking a .themata
 * file, a desktop shortcut) hands its notebook to the running one and quits,
 * so a notebook is never open twice. macOS delivers files by 'open-file'.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from 'electron';
import { NOTEBOOK_EXTENSION } from '../../db';

/**
 * The notebook a command line names: the last argument that is a .themata
 * path or file:// URL (desktop launchers pass either), resolved against the
 * launch's working folder. Switches Chromium adds are skipped.
 */
export function notebookPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const argument = argv[index];
    if (argument === undefined || argument.startsWith('-')) continue;
    const filePath = argument.startsWith('file://') ? fromFileUrl(argument) : argument;
    if (filePath && filePath.toLowerCase().endsWith(NOTEBOOK_EXTENSION)) return path.resolve(workingDirectory, filePath);
  }
  return null;
}

function fromFileUrl(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

export interface SingleInstanceHandlers {
  /** A second launch happened; bring the window forward and open its notebook, if it named one. */
  onSecondLaunch: (notebookPath: string | null) => void;
  /** macOS asked us to open a file (Finder, Dock, "Open With"). */
  onOpenFile: (notebookPath: string) => void;
}

/** Takes the single-instance lock; false means another Themata has it and this process should quit. */
export function enableSingleInstance(app: App, handlers: SingleInstanceHandlers): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handlers.onSecondLaunch(notebookPathFromArgv(argv, workingDirectory));
  });
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    handlers.onOpenFile(path.resolve(filePath));
  });
  return true;
}
