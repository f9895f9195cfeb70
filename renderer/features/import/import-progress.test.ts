import { describe, expect, it } from 'vitest';
import type { ImportFileProgress, ImportProgress } from '../../../electron/contract';
import {
  applyProgress,
  chosenDuplicates,
  countsOf,
  firstImported,
  fractionDone,
  headingOf,
  sendingBatches,
  stateWords,
  summaryOf,
  toggleChoice,
  viewOf,
} from './import-progress';

const waiting = (index: number, name = `file-${index + 1}.txt`): ImportFileProgress => ({ index, name, state: 'waiting' });
const imported = (index: number, id: number, sentenceCount: number): ImportFileProgress => ({
  index,
  name: `file-${index + 1}.txt`,
  state: 'imported',
  document: { id, title: `File ${index + 1}`, sentenceCount },
});

function progress(version: number, files: ImportFileProgress[], rest: Partial<ImportProgress> = {}): ImportProgress {
  return { jobId: 'job', version, status: 'running', stopping: false, failure: null, total: 4, files, ...rest };
}

describe('the progress of an import, as the page follows it', () => {
  const start = viewOf(progress(1, [waiting(0), waiting(1), waiting(2), waiting(3)]));

  it('folds each answer\'s changed files into the picture of every file', () => {
    const later = applyProgress(start, progress(5, [imported(0, 7, 12), { index: 1, name: 'file-2.txt', state: 'importing' }]));
    expect(later.files.map((f) => f.state)).toEqual(['imported', 'importing', 'waiting', 'waiting']);
    expect(countsOf(later)).toMatchObject({ imported: 1, importing: 1, waiting: 2, done: 1, sentences: 12 });
    expect(fractionDone(later)).toBe(0.25);
    expect(headingOf(later)).toBe('Importing 2 of 4 files');
  });

  it('ignores an answer older than what it shows, or about another import', () => {
    const later = applyProgress(start, progress(5, [imported(0, 7, 12)]));
    expect(applyProgress(later, progress(3, [waiting(0)]))).toBe(later);
    expect(applyProgress(later, progress(9, [waiting(0)], { jobId: 'other' }))).toBe(later);
  });

  it('says it is stopping once cancelled, and sums up what became of every file', () => {
    const stopping = applyProgress(start, progress(6, [imported(0, 7, 12)], { stopping: true }));
    expect(headingOf(stopping)).toBe('Stopping after this file…');
    const over = applyProgress(
      stopping,
      progress(9, [
        { index: 1, name: 'same.txt', state: 'duplicate', sameAs: { id: 3, title: 'Syria report' } },
        { index: 2, name: 'bad.txt', state: 'refused', reason: 'bad.txt is empty.' },
        { index: 3, name: 'late.txt', state: 'skipped' },
      ], { status: 'cancelled' }),
    );
    expect(headingOf(over)).toBe('Import cancelled');
    expect(summaryOf(over)).toBe('Imported 1 document (12 sentences) · 1 duplicate · 1 refused · 1 not imported');
    expect(over.files.map(stateWords)).toEqual(['Imported · 12 sentences', 'Duplicate of “Syria report”', 'bad.txt is empty.', 'Not imported']);
    expect(fractionDone(over)).toBe(1);
    expect(firstImported(over)).toMatchObject({ id: 7, title: 'File 1' });
  });

  it('imports anyway only the duplicates chosen, and only while they are duplicates', () => {
    const over = applyProgress(start, progress(9, [
      imported(0, 7, 12),
      { index: 1, name: 'a.txt', state: 'duplicate', sameAs: { id: 7, title: 'File 1' } },
      { index: 2, name: 'b.txt', state: 'duplicate', sameAs: { id: 2, title: 'Old' } },
    ], { status: 'finished' }));
    let chosen = toggleChoice(new Set(), 1);
    chosen = toggleChoice(chosen, 2);
    chosen = toggleChoice(chosen, 2);
    chosen = toggleChoice(chosen, 0);
    expect(chosenDuplicates(over, chosen)).toEqual([1]);
    expect(summaryOf(viewOf(progress(1, [], { total: 0 })))).toBe('Imported 0 documents (0 sentences)');
  });
});

describe('sending files from the page', () => {
  it('groups small files into one call and sends a large one alone, in order', () => {
    const files = [
      { index: 0, size: 10 },
      { index: 2, size: 10 },
      { index: 3, size: 95 },
      { index: 4, size: 10 },
      { index: 5, size: 10 },
      { index: 6, size: 10 },
    ];
    expect(sendingBatches(files, { files: 2, bytes: 100 })).toEqual([[0, 2], [3], [4, 5], [6]]);
    expect(sendingBatches([], { files: 2, bytes: 100 })).toEqual([]);
  });
});
