import fs from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  defaultNotebookPath,
  ensureDefaultNotebook,
  isNotebookError,
  Notebook,
  NotebookError,
} from '../db';
import { decodeText, readTextFile, MAX_IMPORT_BYTES } from '../db/text-file';
import { segmentText } from '../db/segmenter';
import { writeFileAtomic } from '../db/export';
import { COMMON_OPTIONS, USAGE } from './usage';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input. */
  stdin: () => Buffer;
  env: NodeJS.ProcessEnv;
}

/** A mistake in how the command was typed: reported with a pointer to --help. */
class UsageError extends Error {}

const COMMON = {
  notebook: { type: 'string' },
  coder: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Options = NonNullable<ParseArgsConfig['options']>;

/** Runs one CLI command and returns the exit code; never throws. */
export function runCli(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE.main + '\n');
      return command ? 0 : 1;
    }
    const handler = COMMANDS[command];
    if (!handler) throw new UsageError(`"${command}" is not a Themata command`);
    return handler(rest, io);
  } catch (error) {
    return report(error, command, io);
  }
}

function report(error: unknown, command: string | undefined, io: CliIo): number {
  if (error instanceof UsageError || isParseError(error)) {
    const hint = command && USAGE[command] ? `themata ${command} --help` : 'themata --help';
    io.stderr(`themata: ${firstLine((error as Error).message)}; see "${hint}".\n`);
    return 2;
  }
  if (isNotebookError(error)) {
    io.stderr(`themata: ${error.message}\n`);
    return 1;
  }
  // A bug: still one line, never a stack trace.
  io.stderr(`themata: something went wrong inside Themata (${firstLine(error instanceof Error ? error.message : String(error))}).\n`);
  return 70;
}

function isParseError(error: unknown): boolean {
  return typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/\.$/, '');
}

interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

function parse(command: string, args: string[], options: Options): Parsed | null {
  const { values, positionals } = parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  if (values.help) return null;
  return { values, positionals };
}

function help(command: string, io: CliIo): number {
  io.stdout(`${USAGE[command]}\n\n${COMMON_OPTIONS}\n`);
  return 0;
}

/** Opens the notebook named by --notebook, or the shared default one (created with the sample study on first run). */
function withNotebook<T>(parsed: Parsed, io: CliIo, use: (notebook: Notebook) => T, options: { create?: boolean } = {}): T {
  const coder = str(parsed.values.coder);
  const requested = str(parsed.values.notebook);
  const notebook = requested
    ? Notebook.open(requested, { coder, create: options.create ?? false })
    : ensureDefaultNotebook(defaultNotebookPath(io.env), { coder });
  try {
    return use(notebook);
  } finally {
    notebook.close();
  }
}

function str(value: Parsed['values'][string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function expectPositionals(parsed: Parsed, min: number, max: number, what: string): string[] {
  const { positionals } = parsed;
  if (positionals.length < min || positionals.length > max) throw new UsageError(`expected ${what}`);
  return positionals;
}

/** DOC:N or DOC:N-M, as the workspace numbers sentences. */
export function parseSentenceReference(reference: string): { documentId: number; from: number; to: number } {
  const match = /^(\d+):(\d+)(?:-(\d+))?$/.exec(reference.trim());
  if (!match) throw new UsageError(`"${reference}" is not a sentence reference; write DOC:N, e.g. 1:7 (or 1:3-5)`);
  const documentId = Number(match[1]);
  const from = Number(match[2]);
  const to = match[3] === undefined ? from : Number(match[3]);
  if (documentId < 1 || from < 1 || to < 1) throw new UsageError('documents and sentences are numbered from 1');
  return { documentId, from: Math.min(from, to), to: Math.max(from, to) };
}

function sentenceIds(notebook: Notebook, reference: string): number[] {
  const { documentId, from, to } = parseSentenceReference(reference);
  const ids: number[] = [];
  for (let n = from; n <= to; n += 1) ids.push(notebook.sentenceId(documentId, n));
  return ids;
}

type Command = (args: string[], io: CliIo) => number;

const COMMANDS: Record<string, Command> = {
  segment(args, io) {
    const parsed = parse('segment', args, { json: { type: 'boolean' } });
    if (!parsed) return help('segment', io);
    const [file] = expectPositionals(parsed, 0, 1, 'at most one FILE');
    let text: string;
    if (file) {
      text = readTextFile(file).text;
    } else {
      const input = io.stdin();
      if (input.length > MAX_IMPORT_BYTES) throw new NotebookError('file-too-large', 'Standard input is larger than the 20 MB limit.');
      text = decodeText(input, 'Standard input');
    }
    const sentences = segmentText(text);
    if (parsed.values.json) {
      io.stdout(JSON.stringify(sentences.map(({ text: t, start, end }) => ({ text: t, start, end }))) + '\n');
    } else {
      // One sentence per line: a sentence that spans a hard line break is printed on one line.
      io.stdout(sentences.map((s) => s.text.replace(/\s*\r?\n\s*/g, ' ')).join('\n') + (sentences.length ? '\n' : ''));
    }
    return 0;
  },

  import(args, io) {
    const parsed = parse('import', args, { title: { type: 'string' } });
    if (!parsed) return help('import', io);
    const files = expectPositionals(parsed, 1, Infinity, 'at least one FILE to import');
    const title = str(parsed.values.title);
    if (title !== undefined && files.length > 1) throw new UsageError('--title names one document; import one file at a time to title it');
    // Read and check every file first, so one bad file imports nothing.
    const texts = files.map((file) => readTextFile(file));
    return withNotebook(
      parsed,
      io,
      (notebook) => {
        for (const file of texts) {
          const document = notebook.importDocument({ title: title ?? file.suggestedTitle, text: file.text, sourceName: file.sourceName });
          io.stdout(`Imported document ${document.id} "${document.title}": ${plural(document.sentenceCount, 'sentence')}\n`);
        }
        return 0;
      },
      { create: true },
    );
  },

  documents(args, io) {
    const parsed = parse('documents', args, {});
    if (!parsed) return help('documents', io);
    expectPositionals(parsed, 0, 0, 'no arguments');
    return withNotebook(parsed, io, (notebook) => {
      const documents = notebook.listDocuments();
      if (documents.length === 0) io.stdout('The notebook has no documents yet; add one with "themata import FILE".\n');
      for (const d of documents) {
        io.stdout(`${d.id}\t${plural(d.sentenceCount, 'sentence')}\t${d.taggedCount} tagged\t${d.title}\n`);
      }
      return 0;
    });
  },

  themes(args, io) {
    const parsed = parse('themes', args, {
      colour: { type: 'string' },
      key: { type: 'string' },
      description: { type: 'string' },
    });
    if (!parsed) return help('themes', io);
    const [action = 'list', ...rest] = parsed.positionals;
    return withNotebook(
      parsed,
      io,
      (notebook) => {
        switch (action) {
          case 'list': {
            if (rest.length) throw new UsageError('"themes" lists the codebook; did you mean "themes add"?');
            for (const t of notebook.listThemes()) {
              io.stdout(`${t.key ?? '-'}\t${t.colour}\t${plural(t.tagCount, 'sentence')}\t${t.name}${t.description ? `\t${t.description}` : ''}\n`);
            }
            return 0;
          }
          case 'add': {
            if (rest.length !== 1) throw new UsageError('expected one NAME (quote a name with spaces)');
            const key = str(parsed.values.key);
            const theme = notebook.addTheme({
              name: rest[0]!,
              colour: str(parsed.values.colour),
              description: str(parsed.values.description),
              key: key === undefined ? undefined : parseKey(key),
            });
            io.stdout(`Added theme ${theme.id} "${theme.name}"${theme.key ? ` on key ${theme.key}` : ''}\n`);
            return 0;
          }
          case 'rename': {
            if (rest.length !== 2) throw new UsageError('expected THEME and NEW-NAME');
            const theme = notebook.findTheme(rest[0]!);
            const renamed = notebook.updateTheme(theme.id, { name: rest[1]! });
            io.stdout(`Renamed "${theme.name}" to "${renamed.name}"\n`);
            return 0;
          }
          case 'delete': {
            if (rest.length !== 1) throw new UsageError('expected one THEME');
            const theme = notebook.findTheme(rest[0]!);
            const { removedTags } = notebook.deleteTheme(theme.id);
            io.stdout(`Deleted theme "${theme.name}" and its ${plural(removedTags, 'tag')} (themata undo brings them back)\n`);
            return 0;
          }
          default:
            throw new UsageError(`"themes ${action}" is not a codebook action; use add, rename or delete`);
        }
      },
      { create: action === 'add' },
    );
  },

  tag(args, io) {
    const parsed = parse('tag', args, { note: { type: 'string' } });
    if (!parsed) return help('tag', io);
    const [reference, themeName] = expectPositionals(parsed, 2, 2, 'DOC:N and THEME');
    parseSentenceReference(reference!);
    return withNotebook(parsed, io, (notebook) => {
      const theme = notebook.findTheme(themeName!);
      const ids = sentenceIds(notebook, reference!);
      const note = str(parsed.values.note);
      if (note !== undefined && ids.length !== 1) throw new UsageError('--note goes on one sentence, not a range');
      const added = notebook.tag(ids, theme.id);
      if (note !== undefined) notebook.setNote(ids[0]!, note);
      io.stdout(`Tagged ${reference} as "${theme.name}"${added < ids.length ? ` (${ids.length - added} already were)` : ''}${note !== undefined ? ', with a note' : ''}\n`);
      return 0;
    });
  },

  untag(args, io) {
    const parsed = parse('untag', args, {});
    if (!parsed) return help('untag', io);
    const [reference, themeName] = expectPositionals(parsed, 2, 2, 'DOC:N and THEME');
    parseSentenceReference(reference!);
    return withNotebook(parsed, io, (notebook) => {
      const theme = notebook.findTheme(themeName!);
      const removed = notebook.untag(sentenceIds(notebook, reference!), theme.id);
      io.stdout(removed > 0 ? `Removed "${theme.name}" from ${reference}\n` : `${reference} was not tagged "${theme.name}"; nothing changed\n`);
      return 0;
    });
  },

  note(args, io) {
    const parsed = parse('note', args, { clear: { type: 'boolean' } });
    if (!parsed) return help('note', io);
    const clear = parsed.values.clear === true;
    const [reference, text] = clear ? expectPositionals(parsed, 1, 1, 'DOC:N with --clear') : expectPositionals(parsed, 2, 2, 'DOC:N and the note TEXT');
    const { from, to } = parseSentenceReference(reference!);
    if (from !== to) throw new UsageError('a note goes on one sentence, not a range');
    return withNotebook(parsed, io, (notebook) => {
      const [id] = sentenceIds(notebook, reference!);
      notebook.setNote(id!, clear ? '' : text!);
      io.stdout(clear || !text!.trim() ? `Removed the note on ${reference}\n` : `Saved the note on ${reference}\n`);
      return 0;
    });
  },

  search(args, io) {
    const parsed = parse('search', args, { limit: { type: 'string' } });
    if (!parsed) return help('search', io);
    const query = expectPositionals(parsed, 1, Infinity, 'a QUERY').join(' ');
    const limit = parsed.values.limit === undefined ? 50 : Number(parsed.values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit is a whole number above 0');
    return withNotebook(parsed, io, (notebook) => {
      const hits = notebook.search(query, limit);
      if (hits.length === 0) io.stdout(`No sentence or note contains "${query}".\n`);
      for (const hit of hits) {
        io.stdout(`${hit.documentId}:${hit.sentenceNumber}\t${hit.text.replace(/\s+/g, ' ')}${hit.matchedIn !== 'sentence' && hit.note ? `\n\tnote: ${hit.note.replace(/\s+/g, ' ')}` : ''}\n`);
      }
      return 0;
    });
  },

  stats(args, io) {
    const parsed = parse('stats', args, { json: { type: 'boolean' } });
    if (!parsed) return help('stats', io);
    expectPositionals(parsed, 0, 0, 'no arguments');
    return withNotebook(parsed, io, (notebook) => {
      const stats = notebook.stats();
      if (parsed.values.json) {
        io.stdout(JSON.stringify(stats, null, 2) + '\n');
        return 0;
      }
      const names = new Map(notebook.listThemes().map((t) => [t.id, t.name]));
      io.stdout(`${plural(stats.sentenceCount, 'sentence')}, ${stats.taggedSentenceCount} tagged, ${plural(stats.tagCount, 'tag')}, ${plural(stats.noteCount, 'note')}\n\nThemes\n`);
      for (const t of stats.themes) io.stdout(`  ${String(t.count).padStart(6)}  ${names.get(t.themeId)}\n`);
      io.stdout('\nDocuments\n');
      for (const d of stats.documents) io.stdout(`  ${String(d.taggedCount).padStart(6)} of ${d.sentenceCount} tagged  ${d.documentId}: ${d.title}\n`);
      if (stats.cooccurrence.length) {
        io.stdout('\nThemes sharing a sentence\n');
        for (const c of stats.cooccurrence) io.stdout(`  ${String(c.count).padStart(6)}  ${names.get(c.a)} + ${names.get(c.b)}\n`);
      }
      return 0;
    });
  },

  export(args, io) {
    const parsed = parse('export', args, {
      by: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      theme: { type: 'string', multiple: true },
      'no-notes': { type: 'boolean' },
    });
    if (!parsed) return help('export', io);
    expectPositionals(parsed, 0, 0, 'no arguments (use -o FILE to name the output)');
    const by = str(parsed.values.by) ?? 'theme';
    if (by !== 'theme' && by !== 'document') throw new UsageError('--by is "theme" or "document"');
    return withNotebook(parsed, io, (notebook) => {
      const wanted = parsed.values.theme;
      const themeIds = Array.isArray(wanted) ? wanted.map((name) => notebook.findTheme(name).id) : undefined;
      const markdown = notebook.exportMarkdown({ by, themeIds, includeNotes: parsed.values['no-notes'] !== true });
      const output = str(parsed.values.output);
      if (!output) {
        io.stdout(markdown);
        return 0;
      }
      writeFileAtomic(output, markdown, { overwrite: parsed.values.force === true });
      io.stdout(`Wrote ${output}\n`);
      return 0;
    });
  },

  undo: (args, io) => replay('undo', args, io),
  redo: (args, io) => replay('redo', args, io),
};

/** Undo and redo walk the same notebook history the app's Edit menu does. */
function replay(direction: 'undo' | 'redo', args: string[], io: CliIo): number {
  const parsed = parse(direction, args, {});
  if (!parsed) return help(direction, io);
  expectPositionals(parsed, 0, 0, 'no arguments');
  return withNotebook(parsed, io, (notebook) => {
    const state = notebook.historyState();
    const label = direction === 'undo' ? state.undoLabel : state.redoLabel;
    if (direction === 'undo') notebook.undo();
    else notebook.redo();
    io.stdout(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${label}\n`);
    return 0;
  });
}

function parseKey(value: string): number {
  const key = Number(value);
  if (!Number.isInteger(key) || key < 1 || key > 9) throw new UsageError('--key is a number from 1 to 9');
  return key;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function readStdin(): Buffer {
  try {
    return fs.readFileSync(0);
  } catch {
    return Buffer.alloc(0);
  }
}
