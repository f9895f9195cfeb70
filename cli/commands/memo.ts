/** `themata memo`: read or write the notebook's memo, a document's or a theme's. */
import { NotebookError, type MemoSubject, type Notebook } from '../../db';
import { decodeInput, readTextFile, type ReadLimit } from '../../db/text-file';
import { type CliIo, type Command, expectPositionals, help, parse, str, UsageError, withNotebook } from '../command';
import { printable } from '../terminal-text';

/** Far above the longest memo (200,000 characters), far below what would slow a terminal. */
const MEMO_FILE_LIMIT: ReadLimit = { maxBytes: 1024 * 1024, limitedBy: 'Themata reads a memo' };

export const memoCommand: Command = (args, io) => {
  const parsed = parse(args, { clear: { type: 'boolean' }, file: { type: 'string' } });
  if (!parsed) return help('memo', io);
  const clear = parsed.values.clear === true;
  const file = str(parsed.values.file);
  if (clear && file !== undefined) throw new UsageError('--clear removes the memo; it takes no --file');
  const [reference, ...words] = expectPositionals(parsed, 1, Infinity, 'what the memo is about: notebook, a document\'s number or theme:NAME');
  if ((clear || file !== undefined) && words.length > 0) throw new UsageError(clear ? '--clear takes no TEXT' : 'with --file, give no TEXT (the memo is read from the file)');
  const writing = clear || file !== undefined || words.length > 0;
  // Read the file before opening the notebook, so a bad file changes nothing.
  const text = clear ? '' : file !== undefined ? readMemo(file, io) : words.join(' ');
  return withNotebook(parsed, io, (notebook) => {
    const subject = subjectOf(notebook, reference!);
    if (!writing) {
      const memo = notebook.memo(subject);
      // Line by line: a memo's line breaks are its own, every other control character is shown.
      if (memo) io.stdout(`${memo.body.split('\n').map(printable).join('\n')}\n`);
      else io.stderr(`There is no memo on ${describe(notebook, subject)} yet; write one with "themata memo ${printable(reference!)} TEXT".\n`);
      return 0;
    }
    const saved = notebook.setMemo(subject, text);
    io.stdout(`${saved ? 'Saved' : 'Removed'} the memo on ${printable(describe(notebook, subject))}\n`);
    return 0;
  }, { access: writing ? 'write' : 'read' });
};

/** notebook, a document's number, or theme:NAME (a theme's name, key or id). */
function subjectOf(notebook: Notebook, reference: string): MemoSubject {
  if (reference === 'notebook') return { kind: 'notebook' };
  if (/^[0-9]+$/.test(reference)) {
    const documentId = Number(reference);
    notebook.documentDetails(documentId);
    return { kind: 'document', documentId };
  }
  if (reference.startsWith('theme:')) return { kind: 'theme', themeId: notebook.findTheme(reference.slice('theme:'.length)).id };
  throw new NotebookError('invalid-input', `"${reference}" names no memo; write notebook, a document's number, or theme:NAME.`);
}

function describe(notebook: Notebook, subject: MemoSubject): string {
  if (subject.kind === 'notebook') return 'the notebook';
  if (subject.kind === 'document') return `document ${subject.documentId}, "${notebook.documentDetails(subject.documentId).title}"`;
  return `theme "${notebook.listThemes().find((t) => t.id === subject.themeId)?.name ?? subject.themeId}"`;
}

/** A memo from a UTF-8 file, or from standard input for "-"; the line breaks an editor ends a file with are dropped. */
function readMemo(file: string, io: CliIo): string {
  const fromStdin = file === '-';
  try {
    const text = fromStdin ? decodeInput(io.stdin(), 'Standard input', MEMO_FILE_LIMIT) : readTextFile(file, MEMO_FILE_LIMIT).text;
    return text.replace(/(\r?\n)+$/, '');
  } catch (error) {
    if (error instanceof NotebookError && error.code === 'file-empty') {
      throw new NotebookError('file-empty', `${error.message.replace(/\.$/, '')}; to remove the memo, use --clear.`);
    }
    throw error;
  }
}
