/**
 * Tests only: a notebook two coders have coded, with answers worked by hand.
 *
 * Report (4 sentences) and Ankara (3) are marked as coded by ana and ben;
 * Later (2) by ana alone. Claims has the sub-theme Missiles; Trade is a
 * theme of its own.
 *
 *   Claims    ana 1:1 1:2 (and 3:1)   ben 1:1 1:3      over 7 sentences: 5 alike, κ = 0.3
 *   Missiles  ana 1:2                 ben 1:2          alike throughout, κ = 1
 *   Trade     ana 2:1                 ben 2:1 2:2      6 alike, κ = 10/17
 *
 * ana's note on 1:2 says why she tagged it; ben's note on 1:3 why he did.
 */
import path from 'node:path';
import { openAs } from '../exchange/refi-test-study';
import type { Notebook } from '../notebook';

export const TEXTS = {
  report: 'Moscow denied the strike. The Pentagon said 59 missiles hit. Officials claimed success. Markets were calm.\n',
  ankara: 'Ankara threatened tariffs. Trade talks stalled. Nobody commented.\n',
  later: 'Moscow claimed victory. The war went on.\n',
};

export function twoCoderStudy(folder: string): string {
  const file = path.join(folder, 'Study.themata');
  const ana = openAs(file, 'ana');
  try {
    const report = ana.importDocument({ title: 'Report', text: TEXTS.report, sourceName: null }).id;
    const ankara = ana.importDocument({ title: 'Ankara', text: TEXTS.ankara, sourceName: null }).id;
    const later = ana.importDocument({ title: 'Later', text: TEXTS.later, sourceName: null }).id;
    const claims = ana.addTheme({ name: 'Claims' }).id;
    const missiles = ana.addTheme({ name: 'Missiles', parentId: claims }).id;
    const trade = ana.addTheme({ name: 'Trade' }).id;
    ana.tag([ana.sentenceId(report, 1), ana.sentenceId(report, 2), ana.sentenceId(later, 1)], claims);
    ana.tag([ana.sentenceId(report, 2)], missiles);
    ana.tag([ana.sentenceId(ankara, 1)], trade);
    ana.setNote(ana.sentenceId(report, 2), 'A claim about the strike.');
    for (const id of [report, ankara, later]) markCoded(ana, id);
  } finally {
    ana.close();
  }
  const ben = openAs(file, 'ben', Date.UTC(2026, 0, 6, 9, 0, 0));
  try {
    const [claims, missiles, trade] = ben.listThemes();
    ben.tag([ben.sentenceId(1, 1), ben.sentenceId(1, 3)], claims!.id);
    ben.tag([ben.sentenceId(1, 2)], missiles!.id);
    ben.tag([ben.sentenceId(2, 1), ben.sentenceId(2, 2)], trade!.id);
    ben.setNote(ben.sentenceId(1, 3), 'Officials claiming is a claim.');
    for (const id of [1, 2]) markCoded(ben, id);
  } finally {
    ben.close();
  }
  return file;
}

/** The coder of this notebook marks the document as coded. */
export function markCoded(notebook: Notebook, documentId: number): void {
  notebook.markDocumentCoded(documentId, true);
}
