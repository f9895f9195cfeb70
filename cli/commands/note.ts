/** `themata note`: write or clear the note on one sentence. */
import { parseSentenceReference, sentenceIds } from '../sentence-reference';
import { type Command, expectPositionals, help, parse, UsageError, withNotebook } from '../command';
import { printable } from '../terminal-text';

export const noteCommand: Command = (args, io) => {
  const parsed = parse('note', args, { clear: { type: 'boolean' } });
  if (!parsed) return help('note', io);
  const clear = parsed.values.clear === true;
  const [reference, text] = clear ? expectPositionals(parsed, 1, 1, 'DOC:N with --clear') : expectPositionals(parsed, 2, 2, 'DOC:N and the note TEXT');
  const { from, to } = parseSentenceReference(reference!);
  if (from !== to) throw new UsageError('a note goes on one sentence, not a range');
  return withNotebook(parsed, io, (notebook) => {
    const [id] = sentenceIds(notebook, reference!);
    notebook.setNote(id!, clear ? '' : text!);
    io.stdout(clear || !text!.trim() ? `Removed the note on ${printable(reference!)}\n` : `Saved the note on ${printable(reference!)}\n`);
    return 0;
  });
};
