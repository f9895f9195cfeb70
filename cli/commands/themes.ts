/** `themata themes`: list the codebook, or add, rename and delete a theme. */
import { type Command, help, parse, plural, str, UsageError, withNotebook } from '../command';
import { themesJson } from '../json-output';
import { printable, printableJson } from '../terminal-text';

export const themesCommand: Command = (args, io) => {
  const parsed = parse(args, {
    colour: { type: 'string' },
    key: { type: 'string' },
    description: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (!parsed) return help('themes', io);
  const [action = 'list', ...rest] = parsed.positionals;
  if (parsed.values.json && action !== 'list') throw new UsageError('--json lists the codebook; use "themata themes --json"');
  return withNotebook(
    parsed,
    io,
    (notebook) => {
      switch (action) {
        case 'list': {
          if (rest.length) throw new UsageError('"themes" lists the codebook; did you mean "themes add"?');
          if (parsed.values.json) {
            io.stdout(printableJson(themesJson(notebook.listThemes()), 2) + '\n');
            return 0;
          }
          for (const t of notebook.listThemes()) {
            io.stdout(`${t.key ?? '-'}\t${t.colour}\t${plural(t.tagCount, 'sentence')}\t${printable(t.name)}${t.description ? `\t${printable(t.description)}` : ''}\n`);
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
          io.stdout(`Added theme ${theme.id} "${printable(theme.name)}"${theme.key ? ` on key ${theme.key}` : ''}\n`);
          return 0;
        }
        case 'rename': {
          if (rest.length !== 2) throw new UsageError('expected THEME and NEW-NAME');
          const theme = notebook.findTheme(rest[0]!);
          const renamed = notebook.updateTheme(theme.id, { name: rest[1]! });
          io.stdout(`Renamed "${printable(theme.name)}" to "${printable(renamed.name)}"\n`);
          return 0;
        }
        case 'delete': {
          if (rest.length !== 1) throw new UsageError('expected one THEME');
          const theme = notebook.findTheme(rest[0]!);
          const { removedTags } = notebook.deleteTheme(theme.id);
          io.stdout(`Deleted theme "${printable(theme.name)}" and its ${plural(removedTags, 'tag')} (themata undo brings them back)\n`);
          return 0;
        }
        default:
          throw new UsageError(`"themes ${action}" is not a codebook action; use add, rename or delete`);
      }
    },
    { create: action === 'add', access: action === 'list' ? 'read' : 'write' },
  );
};

function parseKey(value: string): number {
  const key = Number(value);
  if (!Number.isInteger(key) || key < 1 || key > 9) throw new UsageError('--key is a number from 1 to 9');
  return key;
}
