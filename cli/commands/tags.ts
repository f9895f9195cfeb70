/** `themata tag` and `themata untag`: a theme on a sentence or a range of sentences. */
import { type Command, expectPositionals, help, parse, str, UsageError, withNotebook } from '../command';
import { printable } from '../terminal-text';
import { parseSentenceReference, sentenceIds } from '../sentence-reference';

export const tagCommand: Command = (args, io) => {
  const parsed = parse(args, { note: { type: 'string' } });
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
    io.stdout(`Tagged ${printable(reference!)} as "${printable(theme.name)}"${added < ids.length ? ` (${ids.length - added} already were)` : ''}${note !== undefined ? ', with a note' : ''}\n`);
    return 0;
  });
};

export const untagCommand: Command = (args, io) => {
  const parsed = parse(args, {});
  if (!parsed) return help('untag', io);
  const [reference, themeName] = expectPositionals(parsed, 2, 2, 'DOC:N and THEME');
  parseSentenceReference(reference!);
  return withNotebook(parsed, io, (notebook) => {
    const theme = notebook.findTheme(themeName!);
    const removed = notebook.untag(sentenceIds(notebook, reference!), theme.id);
    io.stdout(removed > 0 ? `Removed "${printable(theme.name)}" from ${printable(reference!)}\n` : `${printable(reference!)} was not tagged "${printable(theme.name)}"; nothing changed\n`);
    return 0;
  });
};
