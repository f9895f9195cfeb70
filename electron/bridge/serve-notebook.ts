/**
 * A notebook served to a browser: the session, the same handlers and wrapper
 * the desktop app uses, and the loopback bridge in front of them. Used by
 * `npm run dev:web` and by the Chromium end-to-end fixtures.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers, type Dialogs, type Shell } from '../service/handlers';
import { createInvoke, type Invoke } from '../service/wrapper';
import { startNotebookSession, type NotebookSession, type SessionOptions } from '../service/notebook-session';
import { startRollingBackups } from '../service/rolling-backups';
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
  coder?: string;
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
  const session = await startNotebookSession(options.notebookPath, {
    ...(options.coder ? { coder: options.coder } : {}),
    ...(options.access ? { access: options.access } : {}),
    ...(options.backupRoot ? { backupRoot: options.backupRoot } : {}),
  });
  // As in the desktop app: the rolling backup is asked for after the page's calls.
  const backups = startRollingBackups({
    backUpIfDue: () => session.backupIfDue(),
    report: (error) => console.error(`[themata bridge] ${error instanceof Error ? error.message : String(error)}`),
  });
  try {
    const handlers = createHandlers({ session, dialogs: options.dialogs, shell: options.shell });
    const call = createInvoke({ handlers, isAppUrl: (url) => bridge !== null && url.startsWith(`${bridge.origin}/`), validateOutput: true });
    const invoke: Invoke = async (channel, input, sender) => {
      const result = await call(channel, input, sender);
      backups.afterCall();
      return result;
    };
    bridge = await startBridge({
      invoke,
      staticRoot: options.staticRoot ?? WEB_BUILD,
      ...(options.port !== undefined ? { port: options.port } : {}),
    });
  } catch (error) {
    await backups.stop();
    session.close();
    throw error;
  }
  const started = bridge;
  return {
    bridge: started,
    session,
    close: async () => {
      await started.close();
      await backups.stop();
      session.close();
    },
  };
}
