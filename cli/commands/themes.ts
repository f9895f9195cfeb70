/** `themata themes`: list the codebook as a tree, or add, move, rename and delete a theme. */
import type { Theme } from '../../db';
import { type Command, help, parse, plural, str, UsageError, withNotebook } from '../command';
import { themesJson } from '../json-output';
import { printable, printableJson } from '../terminal-text';

export const themesCommand: Command = (args, io) => {
  const parsed = parse(args, {
    colour: { type: 'string' },
    description: { type: 'string' },
    parent: { type: 'string' },
    top: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (!parsed) return help('themes', io);
  const [action = 'list', ...rest] = parsed.positionals;
  const parent = str(parsed.values.parent);
  const top = parsed.values.top === true;
  if (parsed.values.json && action !== 'list') throw new UsageError('--json lists the codebook; use "themata themes --json"');
  if (parent !== undefined && action !== 'add' && action !== 'move') throw new UsageError('--parent goes with "themes add" or "themes move"');
  if (top && action !== 'move') throw new UsageError('--top goes with "themes move"');
  return withNotebook(
    parsed,
    io,
    (notebook) => {
      switch (action) {
        case 'list': {
          if (rest.length) throw new UsageError('"themes" lists the codebook; did you mean "themes add"?');
          const themes = notebook.listThemes();
          if (parsed.values.json) {
            io.stdout(printableJson(themesJson(themes), 2) + '\n');
            return 0;
          }
          for (const t of themes) io.stdout(`${treeLine(t, themes)}\n`);
          return 0;
        }
        case 'add': {
          if (rest.length !== 1) throw new UsageError('expected one NAME (quote a name with spaces)');
          const above = parent === undefined ? null : notebook.findTheme(parent);
          const theme = notebook.addTheme({
            name: rest[0]!,
            colour: str(parsed.values.colour),
            description: str(parsed.values.description),
            parentId: above?.id ?? null,
          });
          const under = above === null ? '' : ` under "${printable(above.name)}"`;
          io.stdout(`Added theme ${theme.id} "${printable(theme.name)}"${under}${theme.key ? ` on key ${theme.key}` : ''}\n`);
          return 0;
        }
        case 'move': {
          if (rest.length !== 1) throw new UsageError('expected one THEME, then --parent THEME or --top');
          if ((parent === undefined) === !top) throw new UsageError('say where: --parent THEME, or --top for the top level');
          const theme = notebook.findTheme(rest[0]!);
          const target = parent === undefined ? null : notebook.findTheme(parent);
          notebook.moveTheme(theme.id, target?.id ?? null);
          io.stdout(
            target === null
              ? `Moved "${printable(theme.name)}" to the top level\n`
              : `Moved "${printable(theme.name)}" under "${printable(target.name)}"\n`,
          );
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
          throw new UsageError(`"themes ${action}" is not a codebook action; use add, move, rename or delete`);
      }
    },
    { create: action === 'add', access: action === 'list' ? 'read' : 'write' },
  );
};

/**
 * One theme of the listing, indented two spaces a level: key, colour, count, name, description.
 * A theme with sub-themes shows its roll-up, then its own count in brackets.
 */
function treeLine(theme: Theme, themes: readonly Theme[]): string {
  const parent = themes.some((t) => t.parentId === theme.id);
  const count = parent ? `${plural(theme.rollupCount, 'sentence')} (${theme.tagCount} itself)` : plural(theme.tagCount, 'sentence');
  const name = `${'  '.repeat(theme.depth)}${printable(theme.name)}`;
  return `${theme.key ?? '-'}\t${theme.colour}\t${count}\t${name}${theme.description ? `\t${printable(theme.description)}` : ''}`;
}
