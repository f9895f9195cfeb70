/**
 * An import of many files as the page shows it: the notebook's answers
 * (imports:progress, only what changed each time) folded into one picture
 * of every file, and the words the progress view and the report use.
 */
import type { ImportFileProgress, ImportProgress, ImportStatus } from '../../../electron/contract';

export interface ImportView {
  jobId: string;
  version: number;
  status: ImportStatus;
  stopping: boolean;
  failure: string | null;
  total: number;
  /** One per file, in the import's order. */
  files: readonly ImportFileProgress[];
}

export function viewOf(progress: ImportProgress): ImportView {
  return applyProgress(
    { jobId: progress.jobId, version: 0, status: progress.status, stopping: false, failure: null, total: progress.total, files: [] },
    progress,
  );
}

/** The view with an answer folded in; an older answer (or another import's) changes nothing. */
export function applyProgress(view: ImportView, progress: ImportProgress): ImportView {
  if (progress.jobId !== view.jobId || (progress.version < view.version && view.version > 0)) return view;
  let files = view.files;
  if (progress.files.length > 0) {
    const next = files.slice();
    for (const file of progress.files) next[file.index] = file;
    files = next;
  }
  return {
    ...view,
    version: progress.version,
    status: progress.status,
    stopping: progress.stopping,
    failure: progress.failure,
    total: progress.total,
    files,
  };
}

export interface ImportCounts {
  waiting: number;
  importing: number;
  imported: number;
  duplicates: number;
  refused: number;
  skipped: number;
  /** Files with an outcome: imported, duplicate, refused or not imported. */
  done: number;
  /** Sentences of the documents imported. */
  sentences: number;
}

export function countsOf(view: ImportView): ImportCounts {
  const counts: ImportCounts = { waiting: 0, importing: 0, imported: 0, duplicates: 0, refused: 0, skipped: 0, done: 0, sentences: 0 };
  for (const file of view.files) {
    if (!file) continue;
    switch (file.state) {
      case 'waiting':
        counts.waiting += 1;
        break;
      case 'importing':
        counts.importing += 1;
        break;
      case 'imported':
        counts.imported += 1;
        counts.sentences += file.document.sentenceCount;
        break;
      case 'duplicate':
        counts.duplicates += 1;
        break;
      case 'refused':
        counts.refused += 1;
        break;
      case 'skipped':
        counts.skipped += 1;
        break;
    }
  }
  counts.done = counts.imported + counts.duplicates + counts.refused + counts.skipped;
  return counts;
}

/** How far the import has come, 0 to 1. */
export function fractionDone(view: ImportView): number {
  return view.total === 0 ? 1 : Math.min(1, countsOf(view).done / view.total);
}

const number = (n: number) => n.toLocaleString('en');
const plural = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;

/** The one line that sums an import up: "Imported 3 documents (1,204 sentences) · 1 duplicate · 1 refused". */
export function summaryOf(view: ImportView): string {
  const counts = countsOf(view);
  const parts = [`Imported ${plural(counts.imported, 'document')} (${plural(counts.sentences, 'sentence')})`];
  if (counts.duplicates > 0) parts.push(plural(counts.duplicates, 'duplicate'));
  if (counts.refused > 0) parts.push(`${number(counts.refused)} refused`);
  if (counts.skipped > 0) parts.push(`${number(counts.skipped)} not imported`);
  return parts.join(' · ');
}

/** The progress view's heading while it runs. */
export function headingOf(view: ImportView): string {
  const { done } = countsOf(view);
  if (view.status !== 'running') return titleOf(view);
  if (view.stopping) return 'Stopping after this file…';
  return `Importing ${number(Math.min(done + 1, view.total))} of ${plural(view.total, 'file')}`;
}

/** The report's title. */
export function titleOf(view: ImportView): string {
  switch (view.status) {
    case 'running':
      return 'Importing';
    case 'finished':
      return 'Import finished';
    case 'cancelled':
      return 'Import cancelled';
    case 'failed':
      return 'Import stopped';
  }
}

/** A file's state in a few words, as its row shows it. */
export function stateWords(file: ImportFileProgress): string {
  switch (file.state) {
    case 'waiting':
      return 'Waiting';
    case 'importing':
      return 'Importing…';
    case 'imported':
      return `Imported · ${plural(file.document.sentenceCount, 'sentence')}`;
    case 'duplicate':
      return `Duplicate of “${file.sameAs.title}”`;
    case 'refused':
      return file.reason;
    case 'skipped':
      return 'Not imported';
  }
}

export function filesIn<S extends ImportFileProgress['state']>(view: ImportView, state: S): Extract<ImportFileProgress, { state: S }>[] {
  return view.files.filter((file): file is Extract<ImportFileProgress, { state: S }> => file?.state === state);
}

/** The first document the import brought in, to open from the report. */
export function firstImported(view: ImportView): { id: number; title: string; sentenceCount: number } | null {
  return filesIn(view, 'imported')[0]?.document ?? null;
}

/** Files sent in one call: a few small ones travel (and are committed) together; a large one alone. */
export const SENDING_BATCH: { files: number; bytes: number } = { files: 16, bytes: 2 * 1024 * 1024 };

/** The files to send, in order, grouped into calls. */
export function sendingBatches(files: readonly { index: number; size: number }[], limits = SENDING_BATCH): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= limits.files || bytes + file.size > limits.bytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file.index);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Duplicates chosen for Import anyway: none at first, each toggled by its checkbox. */
export function toggleChoice(chosen: ReadonlySet<number>, index: number): Set<number> {
  const next = new Set(chosen);
  if (!next.delete(index)) next.add(index);
  return next;
}

/** Only files still offered as duplicates can be imported anyway. */
export function chosenDuplicates(view: ImportView, chosen: ReadonlySet<number>): number[] {
  return filesIn(view, 'duplicate')
    .map((file) => file.index)
    .filter((index) => chosen.has(index));
}
