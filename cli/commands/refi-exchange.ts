/**
 * REFI-QDA on the command line: `themata export --format qdpx|qdc` and
 * `themata import FILE.qdpx|FILE.qdc`. Kept apart from the export and import
 * commands, which only hand over to it, so each format stays in its own module.
 */
import path from 'node:path';
import type { RefiImportReport } from '../../db/exchange/refi-import';
import { readProjectFile } from '../../db/exchange/project-file';
import { readRefi } from '../../db/exchange/refi-read';
import { writeFileAtomic } from '../../db/export';
import { type CliIo, type Parsed, plural, str, UsageError, withNotebook } from '../command';
import { printable } from '../terminal-text';

export const REFI_FORMATS = ['qdpx', 'qdc'] as const;
export type RefiFormat = (typeof REFI_FORMATS)[number];

export function isRefiFormat(format: string | undefined): format is RefiFormat {
  return (REFI_FORMATS as readonly string[]).includes(format ?? '');
}

export function isRefiFile(file: string): boolean {
  return /\.(qdpx|qdc)$/i.test(file);
}

/** Writes the project (.qdpx, a zip: to a file only) or the codebook (.qdc: to standard output or a file). */
export function exportRefi(parsed: Parsed, io: CliIo, format: RefiFormat): Promise<number> {
  const output = str(parsed.values.output);
  if (format === 'qdpx' && !output) throw new UsageError('--format qdpx writes a zip archive: name the file with -o FILE.qdpx');
  if (parsed.values.theme !== undefined || parsed.values.by !== undefined || parsed.values['no-notes'] !== undefined) {
    throw new UsageError(`--by, --theme and --no-notes shape the Markdown export; --format ${format} writes the whole ${format === 'qdpx' ? 'project' : 'codebook'}`);
  }
  return withNotebook(parsed, io, (notebook) => {
    const bytes = format === 'qdpx' ? Buffer.from(notebook.exportQdpx()) : Buffer.from(notebook.exportQdc(), 'utf8');
    if (!output) {
      io.stdout(bytes.toString('utf8'));
      return 0;
    }
    writeFileAtomic(output, [bytes], { overwrite: parsed.values.force === true });
    io.stdout(`Wrote ${printable(output)}\n`);
    return 0;
  }, { access: 'read' });
}

/** Imports one REFI-QDA project or codebook and says what it added and what it could not hold. */
export function importRefi(parsed: Parsed, io: CliIo, files: string[]): Promise<number> {
  if (files.length !== 1 || !isRefiFile(files[0]!)) throw new UsageError('import a REFI-QDA project (.qdpx) or codebook (.qdc) on its own');
  if (str(parsed.values.title) !== undefined) throw new UsageError('--title names one text document; a REFI-QDA file names its own sources');
  const file = files[0]!;
  return readRefi(readProjectFile(file), path.basename(file)).then((project) =>
    // Read and checked before the notebook is opened, so a bad file creates nothing.
    withNotebook(parsed, io, (notebook) => {
      const report = notebook.importReadRefi(project, path.basename(file));
      io.stdout(describeImport(path.basename(file), report));
      return 0;
    }, { create: true }),
  );
}

export function describeImport(name: string, report: RefiImportReport): string {
  const added = [
    `${plural(report.documents, 'document')}${report.documentsMatched ? ` (${report.documentsMatched} already in the notebook)` : ''}`,
    `${plural(report.themes, 'theme')}${report.themesMatched ? ` (${report.themesMatched} already in the codebook)` : ''}`,
    `${plural(report.tags, 'tag')}${report.coders.length ? ` by ${report.coders.map(printable).join(', ')}` : ''}`,
    plural(report.notes, 'note'),
    plural(report.memos, 'memo'),
  ];
  const lines = [`Imported ${printable(name)}: ${added.join(', ')}.`];
  if (report.documentsWithDetails) lines.push(`Details or attributes on ${plural(report.documentsWithDetails, 'document')}.`);
  if (report.selections) {
    const off = report.selectionsOffSentenceBoundaries;
    lines.push(`${plural(report.selections, 'selection')}, ${off} not on sentence boundaries${off ? ' (each tags every sentence it overlaps)' : ''}.`);
  }
  if (report.notRepresented.length) {
    lines.push('Not represented:');
    for (const line of report.notRepresented) lines.push(`  - ${printable(line)}`);
  }
  return `${lines.join('\n')}\n`;
}
