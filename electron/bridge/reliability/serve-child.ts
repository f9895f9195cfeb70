/**
 * The loopback bridge in a process of its own, for the SIGKILL tests: serves
 * one notebook with the desktop app's handlers and prints one JSON line with
 * its origin and token. Usage: node bridge.mjs NOTEBOOK
 */
import os from 'node:os';
import type { Dialogs, Shell } from '../../service/handlers';
import { serveNotebook } from '../serve-notebook';

// A test drives the bridge with plain HTTP calls: no dialog is ever shown.
const noDialogs: Dialogs = {
  chooseNotebookToOpen: async () => null,
  chooseNewNotebookPath: async () => null,
  chooseFilesToImport: async () => [],
  chooseProjectToImport: async () => null,
  chooseWorkToMerge: async () => null,
  chooseExportPath: async () => null,
  chooseSalvagedNotebookPath: async () => null,
};
const noShell: Shell = { revealFile: () => undefined, openLink: async () => undefined };

const served = await serveNotebook({ notebookPath: process.argv[2]!, dialogs: noDialogs, shell: noShell, staticRoot: os.tmpdir(), coder: 'bridge' });
process.stdout.write(`${JSON.stringify({ origin: served.bridge.origin, token: served.bridge.token })}\n`);
