/** `themata coders`: who has coded in the notebook, with their tags, notes and documents marked as coded. */
import { type Command, expectPositionals, help, parse, plural, withNotebook } from '../command';
import { printable, printableJson } from '../terminal-text';

export const codersCommand: Command = (args, io) => {
  const parsed = parse(args, { json: { type: 'boolean' } });
  if (!parsed) return help('coders', io);
  expectPositionals(parsed, 0, 0, 'no arguments');
  return withNotebook(
    parsed,
    io,
    (notebook) => {
      const coders = notebook.coders();
      const current = notebook.coder;
      if (parsed.values.json) {
        io.stdout(printableJson({ current, coders: coders.map((c) => ({ name: c.name, tags: c.tags, notes: c.notes, codedDocuments: c.codedDocuments })) }, 2) + '\n');
        return 0;
      }
      if (coders.length === 0) io.stdout(`No one has tagged or noted anything yet; you code as ${printable(current)}.\n`);
      for (const coder of coders) {
        const you = coder.name === current ? '\t(you)' : '';
        io.stdout(`${printable(coder.name)}\t${plural(coder.tags, 'tag')}\t${plural(coder.notes, 'note')}\t${plural(coder.codedDocuments, 'document')} coded${you}\n`);
      }
      return 0;
    },
    { access: 'read' },
  );
};
