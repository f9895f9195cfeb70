/**
 * A notebook served to a browser: the session, the same handlers and wrapper
 * the desktop app uses, and the loopback bridge in front of them. Used by
 * `npm run dev:web` and by the Chromium end-to-end fixtures.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers, type Dialogs, type Shell } from '../main/ipc/handlers';
import { createInvoke } from '../main/ipc/wrapper';
import { startNotebookSession, type NotebookSession, type SessionOptions } from '../main/notebook-session';
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
  const session = startNotebookSession(options.notebookPath, {
    ...(options.coder ? { coder: options.coder } : {}),
    ...(options.access ? { access: options.access } : {}),
  });
  try {
    const handlers = createHandlers({ session, dialogs: options.dialogs, shell: options.shell });
    const invoke = createInvoke({ handlers, isAppUrl: (url) => bridge !== null && url.startsWith(`${bridge.origin}/`), validateOutput: true });
    bridge = await startBridge({
      invoke,
      staticRoot: options.staticRoot ?? WEB_BUILD,
      ...(options.port !== undefined ? { port: options.port } : {}),
    });
  } catch (error) {
    session.close();
    throw error;
  }
  const started = bridge;
  return {
    bridge: started,
    session,
    close: async () => {
      await started.close();
      session.close();
    },
  };
}
