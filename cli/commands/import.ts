/**
 * `themata import`: articles (text, Markdown, web pages, PDFs, Word files),
 * and folders of them, become documents. Each
 * file is imported whole or not at all; a file that cannot be is named on one
 * line while the others are imported, and the exit status says some were refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readArticleFile } from '../../db/import/article-file';
import { findTextFiles, type ImportFile } from '../../db/import/find-files';
import type { ImportOutcome } from '../../db/import/import-files';
import { type CliIo, type Command, expectPositionals, help, parse, plural, str, UsageError, withNotebook } from '../command';
import { printable } from '../terminal-text';
import { importRefi, isRefiFile } from './refi-exchange';

export const importCommand: Command = async (args, io) => {
  const parsed = parse(args, { title: { type: 'string' } });
  if (!parsed) return help('import', io);
  const paths = expectPositionals(parsed, 1, Infinity, 'at least one FILE or FOLDER to import');
  if (paths.some(isRefiFile)) return importRefi(parsed, io, paths);
  const title = str(parsed.values.title);
  if (title !== undefined && paths.length > 1) throw new UsageError('--title names one document; import one file at a time to title it');
  let files: ImportFile[] | undefined;
  // A single file that cannot be imported is refused before the notebook is opened, so a new one is not created for nothing;
  // one that can is imported as it was read here, not read twice.
  if (paths.length === 1 && !isFolder(paths[0]!)) {
    const article = await readArticleFile(paths[0]!);
    files = [{ path: paths[0]!, read: () => article }];
  }
  return withNotebook(
    parsed,
    io,
    async (notebook) => {
      const progress = new ProgressLine(io);
      const tally = { total: 0, imported: 0, duplicate: 0, refused: 0 };
      try {
        await notebook.importFileList(files ?? findTextFiles(paths), {
          title,
          onFileStarted: (file, index, total) => {
            tally.total = total;
            progress.show(`Importing ${index + 1} of ${total}: ${path.basename(file)}`, total);
          },
          onFileDone: (outcome) => {
            tally[outcome.status] += 1;
            progress.clear();
            printOutcome(outcome, io);
          },
        });
      } catch (error) {
        // The notebook failed part way (a full disk, say): what was kept is said before the reason.
        progress.clear();
        if (tally.total > 1) io.stderr(`${summary(tally)} before the import stopped:\n`);
        throw error;
      }
      progress.clear();
      if (tally.total > 1) io.stderr(`${summary(tally)}.\n`);
      return tally.refused > 0 ? 1 : 0;
    },
    { create: true },
  );
};

/** "Imported 998 of 1000 files (1 already in the notebook, 1 refused)". */
function summary(tally: { total: number; imported: number; duplicate: number; refused: number }): string {
  const also = [tally.duplicate ? `${tally.duplicate} already in the notebook` : '', tally.refused ? `${tally.refused} refused` : ''].filter(Boolean);
  return `Imported ${tally.imported} of ${plural(tally.total, 'file')}${also.length ? ` (${also.join(', ')})` : ''}`;
}

function printOutcome(outcome: ImportOutcome, io: CliIo): void {
  switch (outcome.status) {
    case 'imported': {
      const { id, title, sentenceCount } = outcome.document;
      io.stdout(`Imported document ${id} "${printable(title)}": ${plural(sentenceCount, 'sentence')}\n`);
      return;
    }
    case 'duplicate':
      io.stdout(`Skipped ${printable(outcome.file)}: its text is already document ${outcome.sameAs.id} "${printable(outcome.sameAs.title)}"\n`);
      return;
    case 'refused':
      io.stderr(`${printable(`themata: ${outcome.reason.message}`)}\n`);
      return;
  }
}

/**
 * Which file is being read, on one line of a terminal's standard error,
 * redrawn at most ten times a second and cleared before any other line is
 * printed. Nothing is drawn for one file, or when standard error is not a
 * terminal (a log file gets the outcome lines and the summary only).
 */
class ProgressLine {
  private shown = false;
  private drawnAt = 0;
  private readonly enabled: boolean;

  constructor(private readonly io: CliIo) {
    this.enabled = process.stderr.isTTY === true;
  }

  show(text: string, total: number): void {
    if (!this.enabled || total < 2) return;
    const now = Date.now();
    if (this.shown && now - this.drawnAt < 100) return;
    this.drawnAt = now;
    // A line longer than the terminal would wrap, and only its last row would be cleared.
    const width = Math.max(20, (process.stderr.columns ?? 80) - 1);
    const line = printable(text);
    this.io.stderr(`\r\x1b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.io.stderr('\r\x1b[K');
    this.shown = false;
  }
}

function isFolder(given: string): boolean {
  try {
    return fs.statSync(given).isDirectory();
  } catch {
    return false;
  }
}
