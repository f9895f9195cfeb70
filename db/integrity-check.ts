/**
 * SQLite's quick check reads every page: about 200 ms for a 50 MB notebook.
 * The desktop app runs it on a worker thread before it takes the notebook's
 * write lock, so the window never waits on it; the command line, with no
 * window to keep alive, runs it in line when it opens a notebook for writing.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Plain CommonJS, so it runs the same from the sources, a bundle or a packaged app. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db = null;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
  const rows = db.pragma('quick_check(1)');
  parentPort.postMessage({ verdict: rows.length ? rows[0].quick_check : 'ok' });
} catch (error) {
  parentPort.postMessage({ verdict: 'unreadable: ' + (error && error.code ? error.code : String(error)) });
} finally {
  if (db) db.close();
}`;

/**
 * 'ok', or what the check (or opening the file) reported first. Anything but
 * 'ok' means: open the usual way, which checks again and says what is wrong.
 */
export function quickCheckInBackground(filePath: string, nativeBinding?: string): Promise<string> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: filePath, module, nativeBinding } });
    worker.once('message', (message: { verdict: string }) => resolve(message.verdict));
    worker.once('error', (error) => resolve(`unreadable: ${error.message}`));
    worker.once('exit', (code) => resolve(`stopped (exit code ${code})`));
  });
}
