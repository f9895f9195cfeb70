import { afterEach, describe, expect, it } from 'vitest';
import { openAs } from '../exchange/refi-test-study';
import type { Notebook } from '../notebook';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { markCoded, twoCoderStudy } from './test-study';

const folder = useTemporaryFolder();
const open: Notebook[] = [];
afterEach(() => {
  for (const notebook of open.splice(0)) notebook.close();
});

function study(coder = 'ana'): Notebook {
  const notebook = openAs(twoCoderStudy(folder()), coder, Date.UTC(2026, 0, 7, 9, 0, 0));
  open.push(notebook);
  return notebook;
}

const themeId = (notebook: Notebook, name: string) => notebook.findTheme(name).id;

describe('the coders of a notebook', () => {
  it('are listed by name with their tags and the documents they marked as coded', () => {
    expect(study().coders()).toEqual([
      { name: 'ana', tags: 5, notes: 1, codedDocuments: 3 },
      { name: 'ben', tags: 5, notes: 1, codedDocuments: 2 },
    ]);
  });
});

describe('agreement over a notebook', () => {
  it('compares the sentences of the documents every coder marked as coded, per theme and overall', () => {
    const report = study().agreement();
    expect(report).toMatchObject({ coders: ['ana', 'ben'], documents: 2, sentences: 7, all: false });
    const [claims, missiles, trade] = report.themes;
    // Claims: 5 of 7 alike; each coder tagged 2 of 7: chance = (4 + 25) / 49, κ = (35 - 29) / (49 - 29).
    expect(claims).toMatchObject({ name: 'Claims', depth: 0, units: 7, disagreements: 2, tagged: [2, 2] });
    expect(claims!.percentAgreement).toBeCloseTo(5 / 7, 10);
    expect(claims!.cohensKappa).toBeCloseTo(0.3, 10);
    // A sub-theme is judged on its own tags: both tagged Missiles on 1:2 alone.
    expect(missiles).toMatchObject({ name: 'Missiles', depth: 1, percentAgreement: 1, cohensKappa: 1, krippendorffsAlpha: 1, disagreements: 0 });
    // Trade: 6 of 7 alike, tagged 1 and 2 times: chance = (2 + 30) / 49, κ = (42 - 32) / (49 - 32).
    expect(trade!.cohensKappa).toBeCloseTo(10 / 17, 10);
    expect(report.overall.units).toBe(21);
    expect(report.overall.percentAgreement).toBeCloseTo(18 / 21, 10);
    expect(report.overall.mean.cohensKappa).toBeCloseTo((0.3 + 1 + 10 / 17) / 3, 10);
  });

  it('takes every document with all, a sentence a coder left untagged judged absent', () => {
    const report = study().agreement({ all: true });
    expect(report).toMatchObject({ documents: 3, sentences: 9, all: true });
    // ana's Claims on Later 1, which ben never marked as coded, is now a disagreement.
    expect(report.themes[0]).toMatchObject({ units: 9, disagreements: 3, tagged: [3, 2] });
  });

  it('reports only the themes asked for, in codebook order', () => {
    const notebook = study();
    const report = notebook.agreement({ themeIds: [themeId(notebook, 'Trade'), themeId(notebook, 'Claims')] });
    expect(report.themes.map((t) => t.name)).toEqual(['Claims', 'Trade']);
  });

  it('refuses an unknown coder, a single coder, an unknown theme, and coders with no coded document in common', () => {
    const notebook = study();
    expect(() => notebook.agreement({ coders: ['ana', 'cem'] })).toThrow('No coder named "cem" has coded in this notebook; its coders are "ana" and "ben".');
    expect(() => notebook.agreement({ coders: ['ana', 'ana'] })).toThrow(/once/);
    expect(() => notebook.agreement({ themeIds: [999] })).toThrow('There is no theme 999 in this codebook.');
    const other = openAs(twoCoderStudy(folder()), 'cem', Date.UTC(2026, 0, 8, 9, 0, 0));
    open.push(other);
    other.tag([other.sentenceId(3, 2)], themeId(other, 'Trade'));
    markCoded(other, 3);
    expect(() => other.agreement({ coders: ['ben', 'cem'] })).toThrow('"ben" and "cem" have no coded document in common');
    expect(other.agreement({ coders: ['ana', 'cem'] })).toMatchObject({ documents: 1, sentences: 2 });
  });

  it('compares three coders with α and no κ', () => {
    const notebook = study('cem');
    notebook.tag([notebook.sentenceId(1, 1)], themeId(notebook, 'Claims'));
    markCoded(notebook, 1);
    markCoded(notebook, 2);
    const report = notebook.agreement();
    expect(report.coders).toEqual(['ana', 'ben', 'cem']);
    expect(report.themes[0]!.cohensKappa).toBeNull();
    expect(report.themes[0]!.krippendorffsAlpha).not.toBeNull();
    expect(report.overall.cohensKappa).toBeNull();
  });
});

describe('the disagreements on a theme', () => {
  it('are the sentences judged differently, in reading order, with context, every coder’s answer and note', () => {
    const notebook = study();
    const list = notebook.disagreements({ themeId: themeId(notebook, 'Claims') });
    expect(list).toMatchObject({ coders: ['ana', 'ben'], theme: { name: 'Claims' }, documents: 2, units: 7, all: false });
    expect(list.disagreements).toEqual([
      {
        sentenceId: notebook.sentenceId(1, 2), documentId: 1, documentTitle: 'Report', sentenceNumber: 2, text: 'The Pentagon said 59 missiles hit.',
        before: 'Moscow denied the strike.', after: 'Officials claimed success.',
        judgements: [
          { coder: 'ana', present: true, note: 'A claim about the strike.' },
          { coder: 'ben', present: false, note: null },
        ],
        consensus: null,
      },
      {
        sentenceId: notebook.sentenceId(1, 3), documentId: 1, documentTitle: 'Report', sentenceNumber: 3, text: 'Officials claimed success.',
        before: 'The Pentagon said 59 missiles hit.', after: 'Markets were calm.',
        judgements: [
          { coder: 'ana', present: false, note: null },
          { coder: 'ben', present: true, note: 'Officials claiming is a claim.' },
        ],
        consensus: null,
      },
    ]);
  });

  it('reach the first and last sentence of a document with all, where there is no sentence before or after', () => {
    const notebook = study();
    const later = notebook.disagreements({ themeId: themeId(notebook, 'Claims'), all: true }).disagreements.at(-1)!;
    expect(later).toMatchObject({ documentTitle: 'Later', sentenceNumber: 1, before: null, after: 'The war went on.' });
  });

  it('come as Markdown with the theme’s figures, under a file name for the theme', () => {
    const notebook = study();
    const { fileName, text } = notebook.disagreementsMarkdown({ themeId: themeId(notebook, 'Claims') });
    expect(fileName).toBe('Study – Claims disagreements.md');
    expect(text).toMatch(/^# Claims: where ana and ben differ\n/);
    expect(text).toContain("Percent agreement 71.4%, Cohen's κ 0.300");
    expect(text).toContain('## 2. Report, sentence 3');
  });
});
