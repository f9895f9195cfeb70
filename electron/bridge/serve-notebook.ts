/**
 * A notebook served to a browser: the session, the same notebook service the
 * desktop app uses (handlers, wrapper, rolling backup), and the loopback
 * bridge in front of them. Used by `npm run dev:web` and by the Chromium
 * end-to-end fixtures.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRememberedCoder, rememberCoder, whoIsCoding } from '../../db/coder-preference';
import type { Dialogs, Shell } from '../service/handlers';
import { startNotebookService } from '../service/notebook-service';
import { startNotebookSession, type NotebookSession, type SessionOptions } from '../service/notebook-session';
import { startBridge, type Bridge } from './server';

/** dist/renderer-web, found from this file in the sources. */
export const WEB_BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'renderer-web');

export interface ServeOptions {
  /** null: the default notebook, created with the sample study on first use. */
  notebookPath: string | null;
  dialogs: Dialogs;
  shell: Shell;
  staticRoot?: string;
  port?: number;
  /** Who is coding for this run, before the name remembered in coderFile. */
  coder?: string;
  /** Where who is coding is remembered (coder.json in the user data folder): read at start, written when the page changes it. */
  coderFile?: string;
  /** Where backups go (default: Backups in the user data folder); tests give each notebook its own. */
  backupRoot?: string;
  /** As the desktop app: 'prefer-write' unless a test asks for 'read'. */
  access?: SessionOptions['access'];
}

export interface ServedNotebook {
  bridge: Bridge;
  session: NotebookSession;
  close(): Promise<void>;
}

export async function serveNotebook(options: ServeOptions): Promise<ServedNotebook> {
  let bridge: Bridge | null = null;
  const coderFile = options.coderFile;
  const coder = coderFile ? whoIsCoding({ given: options.coder, remembered: readRememberedCoder(coderFile) }) : options.coder;
  const session = await startNotebookSession(options.notebookPath, {
    ...(coder ? { coder } : {}),
    ...(coderFile
      ? {
          onCoderChanged: (name: string) => {
            try {
              rememberCoder(coderFile, name);
            } catch (error) {
              console.error(`[themata bridge] could not remember who is coding: ${error instanceof Error ? error.message : String(error)}`);
            }
          },
        }
      : {}),
    ...(options.access ? { access: options.access } : {}),
    ...(options.backupRoot ? { backupRoot: options.backupRoot } : {}),
  });
  // The same service as the desktop app's, rolling backup included.
  const service = startNotebookService({
    session,
    dialogs: options.dialogs,
    shell: options.shell,
    isAppUrl: (url) => bridge !== null && url.startsWith(`${bridge.origin}/`),
    validateOutput: true,
    reportBackupFailure: (error) => console.error(`[themata bridge] ${error instanceof Error ? error.message : String(error)}`),
  });
  try {
    bridge = await startBridge({
      invoke: service.invoke,
      staticRoot: options.staticRoot ?? WEB_BUILD,
      ...(options.port !== undefined ? { port: options.port } : {}),
    });
  } catch (error) {
    await service.stop();
    session.close();
    throw error;
  }
  const started = bridge;
  return {
    bridge: started,
    session,
    close: async () => {
      await started.close();
      await service.stop();
      session.close();
    },
  };
}
