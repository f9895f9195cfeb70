/** `themata documents`: the notebook's documents with their counts, as lines or as JSON. */
import { type Command, expectPositionals, help, parse, plural, withNotebook } from '../command';
import { documentsJson } from '../json-output';
import { printable, printableJson } from '../terminal-text';

export const documentsCommand: Command = (args, io) => {
  const parsed = parse(args, { json: { type: 'boolean' } });
  if (!parsed) return help('documents', io);
  expectPositionals(parsed, 0, 0, 'no arguments');
  return withNotebook(parsed, io, (notebook) => {
    const documents = notebook.listDocuments();
    if (parsed.values.json) {
      io.stdout(printableJson(documentsJson(documents), 2) + '\n');
      return 0;
    }
    if (documents.length === 0) io.stdout('The notebook has no documents yet; add one with "themata import FILE".\n');
    for (const d of documents) {
      io.stdout(`${d.id}\t${plural(d.sentenceCount, 'sentence')}\t${d.taggedCount} tagged\t${printable(d.title)}\n`);
    }
    return 0;
  }, { access: 'read' });
};
