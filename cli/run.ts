/** The `themata` command line: finds the command, runs it, and turns any failure into one line. */
import { isNotebookError, type NotebookError } from '../db';
import { MAX_IMPORT_BYTES, readAtMost } from '../db/text-file';
import { type CliIo, type Command, UsageError } from './command';
import { agreementCommand, consensusCommand } from './commands/agreement';
import { backupsCommand, restoreCommand } from './commands/backups';
import { documentsCommand } from './commands/documents';
import { codersCommand } from './commands/coders';
import { exportCommand } from './commands/export';
import { replay } from './commands/history';
import { importCommand } from './commands/import';
import { memoCommand } from './commands/memo';
import { mergeCommand } from './commands/merge';
import { noteCommand } from './commands/note';
import { searchCommand } from './commands/search';
import { salvageCommand } from './commands/salvage';
import { segmentCommand } from './commands/segment';
import { statsCommand } from './commands/stats';
import { tagCommand, untagCommand } from './commands/tags';
import { themesCommand } from './commands/themes';
import { printable } from './terminal-text';
import { USAGE } from './usage';

export type { CliIo } from './command';
export { parseSentenceReference } from './sentence-reference';

const COMMANDS: Record<string, Command> = {
  segment: segmentCommand,
  import: importCommand,
  documents: documentsCommand,
  coders: codersCommand,
  themes: themesCommand,
  tag: tagCommand,
  untag: untagCommand,
  note: noteCommand,
  memo: memoCommand,
  search: searchCommand,
  stats: statsCommand,
  export: exportCommand,
  merge: mergeCommand,
  agreement: agreementCommand,
  consensus: consensusCommand,
  undo: (args, io) => replay('undo', args, io),
  redo: (args, io) => replay('redo', args, io),
  salvage: salvageCommand,
  backups: backupsCommand,
  restore: restoreCommand,
};

/** Scripts can tell a damaged notebook (restore a backup) and a refused one (salvage it) from other refusals. */
const EXIT_CODES: Partial<Record<NotebookError['code'], number>> = {
  'notebook-damaged': 3,
  'untrusted-notebook': 4,
};

/** Runs one CLI command and resolves to the exit code; never rejects. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE.main + '\n');
      return command ? 0 : 1;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError(`"${command}" is not a Themata command`);
    return await handler(rest, io);
  } catch (error) {
    return report(error, command, io);
  }
}

function report(error: unknown, command: string | undefined, io: CliIo): number {
  if (error instanceof UsageError || isParseError(error)) {
    const hint = command && USAGE[command] ? `themata ${command} --help` : 'themata --help';
    complain(io, `${firstLine((error as Error).message)}; see "${hint}".`);
    return 2;
  }
  if (isNotebookError(error)) {
    complain(io, error.message);
    return EXIT_CODES[error.code] ?? 1;
  }
  // A bug: still one line, never a stack trace.
  complain(io, `something went wrong inside Themata (${firstLine(error instanceof Error ? error.message : String(error))}).`);
  return 70;
}

/** One line on stderr; a message can quote a theme name, a title or a file name, so it is made printable whole. */
function complain(io: CliIo, message: string): void {
  io.stderr(`${printable(`themata: ${message}`)}\n`);
}

function isParseError(error: unknown): boolean {
  return typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/\.$/, '');
}

/**
 * Reads standard input up to one byte past the largest limit any command has,
 * so an endless pipe cannot fill memory; each command then checks its own limit.
 */
export function readStdin(): Buffer {
  try {
    return readAtMost(0, MAX_IMPORT_BYTES + 1);
  } catch {
    return Buffer.alloc(0);
  }
}
