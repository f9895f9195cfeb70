/** `themata export`: the tagged sentences as Markdown, to standard output or a file. */
import { writeFileAtomic } from '../../db/export';
import { type Command, expectPositionals, help, parse, str, UsageError, withNotebook } from '../command';
import { printable } from '../terminal-text';
import { exportRefi, isRefiFormat } from './refi-exchange';

export const exportCommand: Command = (args, io) => {
  const parsed = parse(args, {
    by: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    theme: { type: 'string', multiple: true },
    'no-notes': { type: 'boolean' },
    format: { type: 'string' },
  });
  if (!parsed) return help('export', io);
  expectPositionals(parsed, 0, 0, 'no arguments (use -o FILE to name the output)');
  const format = str(parsed.values.format);
  if (isRefiFormat(format)) return exportRefi(parsed, io, format);
  if (format !== undefined && format !== 'markdown') throw new UsageError('--format is markdown, qdpx or qdc');
  const by = str(parsed.values.by) ?? 'theme';
  if (by !== 'theme' && by !== 'document') throw new UsageError('--by is "theme" or "document"');
  return withNotebook(parsed, io, (notebook) => {
    const wanted = parsed.values.theme;
    const themeIds = Array.isArray(wanted) ? wanted.map((name) => notebook.findTheme(name).id) : undefined;
    const chunks = notebook.markdownChunks({ by, themeIds, includeNotes: parsed.values['no-notes'] !== true });
    const output = str(parsed.values.output);
    // The Markdown is the file's content: written byte for byte, as it would be to -o FILE.
    if (!output) {
      io.stdout(Buffer.concat(chunks).toString('utf8'));
      return 0;
    }
    writeFileAtomic(output, chunks, { overwrite: parsed.values.force === true });
    io.stdout(`Wrote ${printable(output)}\n`);
    return 0;
  }, { access: 'read' });
};
