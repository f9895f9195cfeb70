import { describe, expect, it } from 'vitest';
import type { SalvageReport } from '../../../electron/contract';
import { copiedCounts, folderOf, notebookName, salvageOfferOf } from './salvage-offer';

describe('salvageOfferOf', () => {
  it('offers to salvage a notebook refused for foreign SQL or damage, naming its path', () => {
    const error = { code: 'untrusted-notebook' as const, message: '/d/Received.themata holds a trigger.', path: '/d/Received.themata' };
    expect(salvageOfferOf(error)).toEqual({ path: '/d/Received.themata', reason: 'untrusted-notebook', message: error.message });
    expect(salvageOfferOf({ ...error, code: 'notebook-damaged' })?.reason).toBe('notebook-damaged');
  });

  it('offers nothing for other refusals, or when the error names no notebook', () => {
    expect(salvageOfferOf({ code: 'not-a-notebook', message: 'no', path: '/d/x.themata' })).toBeNull();
    expect(salvageOfferOf({ code: 'notebook-damaged', message: 'damaged' })).toBeNull();
  });
});

describe('names from a path', () => {
  it('takes the notebook name and its folder, on any system', () => {
    expect(notebookName('/home/ana/Received.themata')).toBe('Received');
    expect(notebookName('C:\\Users\\ana\\Field notes.THEMATA')).toBe('Field notes');
    expect(folderOf('/home/ana/Received.themata')).toBe('/home/ana');
    expect(folderOf('C:\\Users\\ana\\Received.themata')).toBe('C:\\Users\\ana');
  });
});

describe('copiedCounts', () => {
  it('counts each kind of row, singular when there is one', () => {
    const report: SalvageReport = {
      source: '/d/a.themata',
      target: '/d/b.themata',
      copied: { documents: 1, sentences: 13, themes: 4, tags: 3, notes: 1, details: 0, memos: 0, historyEntries: 12 },
      leftOut: [],
    };
    expect(copiedCounts(report).map((c) => `${c.count} ${c.label}`)).toEqual([
      '1 document',
      '13 sentences',
      '4 themes',
      '3 tags',
      '1 note',
      '12 history entries',
    ]);
  });
});
