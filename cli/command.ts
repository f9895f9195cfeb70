/** What every CLI command shares: how it reads its arguments, opens the notebook and prints help. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultNotebookPath, Notebook, seedSampleStudy, startingCoder } from '../db';
import { backupsRoot } from '../db/backups';
import { backUpIfDue } from './rolling-backup';
import { COMMON_OPTIONS, USAGE } from './usage';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input. */
  stdin: () => Buffer;
  env: NodeJS.ProcessEnv;
}

export type Command = (args: string[], io: CliIo) => number | Promise<number>;

/** A mistake in how the command was typed: reported with a pointer to --help. */
export class UsageError extends Error {}

const COMMON = {
  notebook: { type: 'string' },
  coder: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parse(args: string[], options: Options): Parsed | null {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  if (values.help) return null;
  return { values, positionals };
}

export function help(command: string, io: CliIo): number {
  io.stdout(`${USAGE[command]}\n\n${COMMON_OPTIONS}\n`);
  return 0;
}

/** Opens the notebook named by --notebook, or the shared default one (created with the sample study on first run). */
export async function withNotebook<T>(
  parsed: Parsed,
  io: CliIo,
  use: (notebook: Notebook) => T | Promise<T>,
  options: { create?: boolean; access?: 'read' | 'write' } = {},
): Promise<T> {
  // --coder, else THEMATA_CODER, else the name chosen in the app on this machine, else the account name.
  const coder = startingCoder(io.env, str(parsed.values.coder));
  const requested = str(parsed.values.notebook);
  // A command that only reads never writes the file: it works on read-only notebooks and folders.
  const access = options.access ?? 'write';
  // Backups: an older format is backed up before it is upgraded, into this environment's user data folder.
  const store = { coder, access, backupRoot: backupsRoot(io.env) };
  const notebook = requested
    ? await Notebook.openForWork(requested, { ...store, create: options.create ?? false })
    : await Notebook.openForWork(defaultNotebookPath(io.env), { ...store, create: true, seed: seedSampleStudy });
  try {
    const result = await use(notebook);
    // Backups: a command that changed the notebook is followed by the hourly backup, when one is due.
    if (access === 'write') await backUpIfDue(notebook, io);
    return result;
  } finally {
    notebook.close();
  }
}

export function str(value: Parsed['values'][string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function expectPositionals(parsed: Parsed, min: number, max: number, what: string): string[] {
  const { positionals } = parsed;
  if (positionals.length < min || positionals.length > max) throw new UsageError(`expected ${what}`);
  return positionals;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
