/** `themata export`: the tagged sentences as Markdown, CSV or JSON, to standard output or a file. */
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormat } from '../../db/domain';
import { writeFileAtomic } from '../../db/export';
import { type Command, expectPositionals, help, parse, str, UsageError, withNotebook } from '../command';
import { printable } from '../terminal-text';
import { DOCUMENT_FILTER_OPTIONS, documentFilterOf, documentsPicked } from '../document-filter-options';
import { exportRefi, isRefiFormat } from './refi-exchange';

export const exportCommand: Command = (args, io) => {
  const parsed = parse(args, {
    format: { type: 'string', short: 'f' },
    by: { type: 'string' },
    counts: { type: 'boolean' },
    bom: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    theme: { type: 'string', multiple: true },
    'no-notes': { type: 'boolean' },
    'untagged-notes': { type: 'boolean' },
    'tags-by': { type: 'string' },
    ...DOCUMENT_FILTER_OPTIONS,
  });
  if (!parsed) return help('export', io);
  expectPositionals(parsed, 0, 0, 'no arguments (use -o FILE to name the output)');
  const given = str(parsed.values.format);
  const filter = documentFilterOf(parsed);
  const tagsBy = str(parsed.values['tags-by']);
  if (isRefiFormat(given)) {
    // A project is the whole notebook: its documents, codebook and every coder's work.
    if (tagsBy !== undefined) throw new UsageError(`--tags-by goes with --format markdown, csv or json; a ${given} export holds every coder's work`);
    if (filter) throw new UsageError(`--outlet, --author, --lang, --from, --to and --attr go with --format markdown, csv or json; a ${given} export holds the whole notebook`);
    return exportRefi(parsed, io, given);
  }
  const format = exportFormat(given);
  const info = EXPORT_FORMATS[format];
  const by = str(parsed.values.by);
  if (by !== undefined && !info.grouped) throw new UsageError(`--by goes with --format markdown; a ${info.label} export has a row per tag`);
  if (by !== undefined && by !== 'theme' && by !== 'document') throw new UsageError('--by is "theme" or "document"');
  const counts = parsed.values.counts === true;
  if (counts && !info.counts) throw new UsageError(`--counts goes with --format csv or json`);
  const bom = parsed.values.bom === true;
  if (bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
  const output = str(parsed.values.output);
  if (!output && info.binary) throw new UsageError(`a ${info.label} export is not text: name a file with -o FILE`);
  return withNotebook(parsed, io, (notebook) => {
    const documentIds = documentsPicked(notebook, filter) ?? undefined;
    const wanted = parsed.values.theme;
    const themeIds = Array.isArray(wanted) ? wanted.map((name) => notebook.findTheme(name).id) : undefined;
    const chunks = notebook.exportChunks({
      format,
      by: by ?? 'theme',
      themeIds,
      ...(documentIds ? { documentIds } : {}),
      includeNotes: parsed.values['no-notes'] !== true,
      ...(parsed.values['untagged-notes'] === true ? { includeUntaggedNotes: true } : {}),
      counts,
      bom,
      ...(tagsBy !== undefined ? { coder: tagsBy } : {}),
    });
    // The export is the file's content: written byte for byte, as it would be to -o FILE.
    if (!output) {
      io.stdout(Buffer.concat(chunks).toString('utf8'));
      return 0;
    }
    writeFileAtomic(output, chunks, { overwrite: parsed.values.force === true });
    io.stdout(`Wrote ${printable(output)}\n`);
    return 0;
  }, { access: 'read' });
};

function exportFormat(given: string | undefined): ExportFormat {
  if (given === undefined) return 'markdown';
  const format = EXPORT_FORMAT_IDS.find((id) => id === given.toLowerCase());
  if (!format) throw new UsageError(`--format is one of ${EXPORT_FORMAT_IDS.join(', ')}`);
  return format;
}
