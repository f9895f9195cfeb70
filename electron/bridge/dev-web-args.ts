/** The command line of `npm run dev:web`, read by node:util's parseArgs as the CLI reads its own. */
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface DevWebArgs {
  notebookPath: string | null;
  port: number | undefined;
  /** --read-only: open the notebook for reading, to see the read-only workspace. */
  readOnly: boolean;
}

const USAGE = 'use --notebook PATH, --port N or --read-only';

export function parseDevWebArgs(argv: readonly string[]): DevWebArgs | { error: string } {
  let values: { notebook?: string; port?: string; 'read-only'?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { notebook: { type: 'string' }, port: { type: 'string' }, 'read-only': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs says what is wrong in one sentence; ours adds what is right.
    return { error: `${firstLine(error)}; ${USAGE}.` };
  }
  if (values.notebook === '') return { error: '--notebook needs a path to a .themata file.' };
  const port = values.port === undefined ? undefined : portNumber(values.port);
  if (port === null) return { error: '--port needs a number from 0 to 65535.' };
  return {
    notebookPath: values.notebook === undefined ? null : path.resolve(values.notebook),
    port,
    readOnly: values['read-only'] ?? false,
  };
}

function portNumber(text: string): number | null {
  const port = /^[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  return port <= 65535 ? port : null;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).replace(/\.$/, '');
}
