/** `themata note`: write or clear the note on one sentence. */
import { NotebookError } from '../../db';
import { decodeInput, readTextFile, type ReadLimit } from '../../db/text-file';
import { parseSentenceReference } from '../sentence-reference';
import { type CliIo, type Command, expectPositionals, help, parse, str, UsageError, withNotebook } from '../command';
import { printable } from '../terminal-text';

/** Far above the longest note (200,000 characters), far below what would slow a terminal. */
const NOTE_FILE_LIMIT: ReadLimit = { maxBytes: 1024 * 1024, limitedBy: 'Themata reads a note' };

export const noteCommand: Command = (args, io) => {
  const parsed = parse(args, { clear: { type: 'boolean' }, file: { type: 'string' } });
  if (!parsed) return help('note', io);
  const clear = parsed.values.clear === true;
  const file = str(parsed.values.file);
  if (clear && file !== undefined) throw new UsageError('--clear removes the note; it takes no --file');
  const [reference, argument] =
    clear || file !== undefined
      ? expectPositionals(parsed, 1, 1, clear ? 'DOC:N with --clear' : 'DOC:N with --file, and no TEXT (the note is read from the file)')
      : expectPositionals(parsed, 2, 2, 'DOC:N and the note TEXT (or --file FILE)');
  const { documentId, from, to } = parseSentenceReference(reference!);
  if (from !== to) throw new UsageError('a note goes on one sentence, not a range');
  // Read the file before opening the notebook, so a bad file changes nothing.
  const text = clear ? '' : file !== undefined ? readNote(file, io) : argument!;
  return withNotebook(parsed, io, (notebook) => {
    notebook.setNote(notebook.sentenceId(documentId, from), text);
    io.stdout(!text.trim() ? `Removed the note on ${printable(reference!)}\n` : `Saved the note on ${printable(reference!)}\n`);
    return 0;
  });
};

/**
 * A note from a file, or from standard input for "-": strict UTF-8, for notes
 * longer than the system lets one argument be. The line breaks an editor or
 * `echo` end a file with are dropped, as the shell's $(...) drops them.
 */
function readNote(file: string, io: CliIo): string {
  const fromStdin = file === '-';
  const label = fromStdin ? 'Standard input' : file;
  let text: string;
  try {
    text = fromStdin ? decodeInput(io.stdin(), label, NOTE_FILE_LIMIT) : readTextFile(file, NOTE_FILE_LIMIT).text;
  } catch (error) {
    // An empty file is more likely a mistake than a way to remove a note: say how to do that.
    if (error instanceof NotebookError && error.code === 'file-empty') {
      throw new NotebookError('file-empty', `${error.message.replace(/\.$/, '')}; to remove the note, use --clear.`);
    }
    throw error;
  }
  return text.replace(/(\r?\n)+$/, '');
}
