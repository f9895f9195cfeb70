/**
 * `npm run dev:web [-- --notebook PATH] [--port N] [--read-only]`: the workspace in your
 * browser, over the loopback bridge, on the given or the default notebook.
 * electron/dev-web.ts makes sure dist/renderer-web is current first; this serves it until Ctrl+C.
 */
import fs from 'node:fs';
import path from 'node:path';
import { coderPreferenceFile, ensureDefaultNotebook, isNotebookError } from '../../db';
import { parseDevWebArgs } from './dev-web-args';
import { serveNotebook } from './serve-notebook';
import { terminalDialogs, terminalShell } from './terminal-dialogs';

async function main(): Promise<void> {
  const args = parseDevWebArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    process.exitCode = 2;
    return;
  }
  const say = (line: string) => console.log(line);
  // A new path gets the sample study, so UI work can start from a fresh notebook in one command.
  if (args.notebookPath !== null && !fs.existsSync(args.notebookPath)) ensureDefaultNotebook(args.notebookPath).close();
  let notebookFolder = () => process.cwd();
  const served = await serveNotebook({
    notebookPath: args.notebookPath,
    dialogs: terminalDialogs({ say, notebookFolder: () => notebookFolder() }),
    shell: terminalShell(say),
    coderFile: coderPreferenceFile(),
    ...(args.port !== undefined ? { port: args.port } : {}),
    ...(args.readOnly ? { access: 'read' as const } : {}),
  });
  notebookFolder = () => path.dirname(served.session.notebook.path);
  console.log(`Themata is serving ${served.session.notebook.path} at ${served.bridge.pageUrl}`);

  const stop = () => {
    // Closing releases the notebook's lock, so the desktop app or the CLI can open it.
    void served.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(isNotebookError(error) ? error.message : `Themata could not start the browser workspace: ${String(error)}`);
  process.exitCode = 1;
});
