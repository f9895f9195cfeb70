/** `themata import`: text files become documents; one bad file imports nothing. */
import { readTextFile } from '../../db/text-file';
import { type Command, expectPositionals, help, parse, plural, str, UsageError, withNotebook } from '../command';
import { printable } from '../terminal-text';

export const importCommand: Command = (args, io) => {
  const parsed = parse(args, { title: { type: 'string' } });
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
        io.stdout(`Imported document ${document.id} "${printable(document.title)}": ${plural(document.sentenceCount, 'sentence')}\n`);
      }
      return 0;
    },
    { create: true },
  );
};
