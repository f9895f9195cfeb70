import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAs, STUDY_TEXTS, studyContents } from '../exchange/refi-test-study';
import { caughtAsync } from '../test-support/caught';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { Notebook } from '../notebook';

/**
 * Two coders who set out from the same article: ana's notebook (the report,
 * Claims and Trade, her tag and note on the first sentence) and ben's (the
 * report and a second article, his own codebook with Claims and a new
 * sub-theme, his tags and note).
 */
function twoCoders(folder: string): { mine: string; bens: string } {
  const mine = path.join(folder, 'Ana.themata');
  const ana = openAs(mine, 'ana');
  const report = ana.importDocument({ title: 'Syria report', text: STUDY_TEXTS.report, sourceName: 'report.txt' }).id;
  const claims = ana.addTheme({ name: 'Claims' }).id;
  ana.addTheme({ name: 'Trade' });
  ana.tag([ana.sentenceId(report, 1)], claims);
  ana.setNote(ana.sentenceId(report, 1), 'Ana: the figure.');
  ana.close();

  const bens = path.join(folder, 'Ben.themata');
  const ben = openAs(bens, 'ben', Date.UTC(2026, 0, 6, 9, 0, 0));
  const astral = ben.importDocument({ title: 'Astral', text: STUDY_TEXTS.astral, sourceName: null }).id;
  const hisReport = ben.importDocument({ title: 'The report, as ben saved it', text: STUDY_TEXTS.report.replace(/\n/g, '\r\n'), sourceName: null }).id;
  const hisClaims = ben.addTheme({ name: 'claims', colour: '#0072B2' }).id;
  const missiles = ben.addTheme({ name: 'Missile claims', colour: '#D55E00', parentId: hisClaims, description: 'Counts of missiles.' }).id;
  ben.tag([ben.sentenceId(hisReport, 2)], hisClaims);
  ben.tag([ben.sentenceId(hisReport, 1)], missiles);
  ben.tag([ben.sentenceId(astral, 1), ben.sentenceId(astral, 2)], hisClaims);
  ben.setNote(ben.sentenceId(hisReport, 2), 'Ben: the denial.');
  ben.close();
  return { mine, bens };
}

describe('merging another coder’s notebook', () => {
  const folder = useTemporaryFolder();

  it('adds their tags and notes under their name, the documents and themes new here, in one step named for the file', async () => {
    const { mine, bens } = twoCoders(folder());
    const notebook = openAs(mine, 'ana', Date.UTC(2026, 0, 7, 9, 0, 0));
    try {
      const report = await notebook.merge(bens);
      expect(report).toMatchObject({
        file: 'Ben.themata',
        matched: { documents: 1, themes: 1 },
        added: { documents: ['Astral'], themes: ['Missile claims'], tags: 4, notes: 1, coders: [{ coder: 'ben', tags: 4, notes: 1, doneMarks: 0 }] },
        leftOut: [],
        changed: true,
      });
      expect(notebook.historyState().undoLabel).toBe('Merge work from Ben.themata');
      const missiles = notebook.findTheme('Missile claims');
      expect(missiles).toMatchObject({ parentId: notebook.findTheme('Claims').id, colour: '#D55E00', description: 'Counts of missiles.' });
    } finally {
      notebook.close();
    }
    const contents = studyContents(mine) as { tags: { title: string; ordinal: number; name: string; coder: string }[]; notes: { title: string; ordinal: number; body: string }[] };
    expect(contents.tags.map((t) => `${t.title} ${t.ordinal} ${t.name} ${t.coder}`)).toEqual([
      'Astral 1 Claims ben',
      'Astral 2 Claims ben',
      'Syria report 1 Claims ana',
      'Syria report 1 Missile claims ben',
      'Syria report 2 Claims ben',
    ]);
    expect(contents.notes.map((n) => `${n.title} ${n.ordinal} ${n.body}`)).toEqual(['Syria report 1 Ana: the figure.', 'Syria report 2 Ben: the denial.']);
  });

  it('leaves the other coder’s notebook byte for byte as it was', async () => {
    const { mine, bens } = twoCoders(folder());
    const before = fs.readFileSync(bens);
    const notebook = Notebook.open(mine, { coder: 'ana' });
    await notebook.merge(bens);
    notebook.close();
    expect(fs.readFileSync(bens).equals(before)).toBe(true);
  });

  it('is undone as one step, leaving the notebook as it was', async () => {
    const { mine, bens } = twoCoders(folder());
    const before = studyContents(mine);
    let notebook = Notebook.open(mine, { coder: 'ana' });
    await notebook.merge(bens);
    notebook.close();
    expect(studyContents(mine)).not.toEqual(before);
    notebook = Notebook.open(mine, { coder: 'ana' });
    expect(notebook.undo().redoLabel).toBe('Merge work from Ben.themata');
    expect(notebook.listDocuments().map((d) => d.title)).toEqual(['Syria report']);
    notebook.close();
    expect(studyContents(mine)).toEqual(before);
  });

  it('changes nothing the second time: everything is already present, and no step is added', async () => {
    const { mine, bens } = twoCoders(folder());
    let notebook = Notebook.open(mine, { coder: 'ana' });
    const first = await notebook.merge(bens);
    const steps = notebook.historyState();
    notebook.close();
    const after = studyContents(mine);
    notebook = Notebook.open(mine, { coder: 'ana' });
    const second = await notebook.merge(bens);
    expect(notebook.historyState()).toEqual(steps);
    notebook.close();
    expect(second).toMatchObject({
      matched: { documents: 2, themes: 2 },
      added: { documents: [], themes: [], tags: 0, notes: 0, doneMarks: 0, coders: [] },
      alreadyPresent: { tags: first.added.tags, notes: first.added.notes, doneMarks: first.added.doneMarks },
      leftOut: [],
      changed: false,
    });
    expect(studyContents(mine)).toEqual(after);
  });

  it('brings in the same work from the other coder’s REFI-QDA project', async () => {
    const { mine, bens } = twoCoders(folder());
    const ben = Notebook.open(bens, { access: 'read' });
    const qdpx = path.join(path.dirname(bens), 'Ben.qdpx');
    fs.writeFileSync(qdpx, ben.exportQdpx());
    ben.close();
    const notebook = Notebook.open(mine, { coder: 'ana' });
    try {
      const report = await notebook.merge(qdpx);
      expect(report).toMatchObject({
        file: 'Ben.qdpx',
        matched: { documents: 1, themes: 1 },
        added: { documents: ['Astral'], themes: ['Missile claims'], tags: 4, notes: 1, coders: [{ coder: 'ben', tags: 4, notes: 1 }] },
        leftOut: [],
      });
      expect((await notebook.merge(qdpx)).changed).toBe(false);
    } finally {
      notebook.close();
    }
  });

  it('refuses this notebook itself, and any change to a notebook opened for reading, before reading the other file', async () => {
    const { mine, bens } = twoCoders(folder());
    const notebook = Notebook.open(mine, { coder: 'ana' });
    expect((await caughtAsync(() => notebook.merge(mine))).message).toMatch(/is this notebook itself/);
    notebook.close();
    const reader = Notebook.open(mine, { access: 'read' });
    expect((await caughtAsync(() => reader.merge(bens))).code).toBe('read-only');
    reader.close();
  });
});

describe('merging work by several coders on the same sentences (format 4)', () => {
  const folder = useTemporaryFolder();

  /** Ana's notebook and a copy of it where ben tagged, noted and finished the same sentences, and ana wrote another note. */
  function sameSentences(home: string): { mine: string; copy: string } {
    const mine = path.join(home, 'Ana.themata');
    const ana = openAs(mine, 'ana');
    const report = ana.importDocument({ title: 'Syria report', text: STUDY_TEXTS.report, sourceName: null }).id;
    const claims = ana.addTheme({ name: 'Claims' }).id;
    ana.tag([ana.sentenceId(report, 1)], claims);
    ana.setNote(ana.sentenceId(report, 1), 'Ana: the figure.');
    ana.markDocumentCoded(report, true);
    ana.close();
    const copy = path.join(home, 'Shared copy.themata');
    fs.copyFileSync(mine, copy);
    const ben = openAs(copy, 'ben', Date.UTC(2026, 0, 6, 9, 0, 0));
    ben.tag([ben.sentenceId(report, 1), ben.sentenceId(report, 2)], claims);
    ben.setNote(ben.sentenceId(report, 1), 'Ben: the same figure, differently read.');
    ben.markDocumentCoded(report, true);
    ben.close();
    // Ana, on the shared copy, rewrote her note: a merge must not replace the one in her own notebook.
    const anaOnCopy = openAs(copy, 'ana', Date.UTC(2026, 0, 7, 9, 0, 0));
    anaOnCopy.setNote(anaOnCopy.sentenceId(report, 1), 'Ana: rewritten on the shared copy.');
    anaOnCopy.close();
    return { mine, copy };
  }

  it('keeps each coder’s tag of one theme on one sentence, each coder’s note, and each coder’s done mark; never replaces a note', async () => {
    const { mine, copy } = sameSentences(folder());
    const notebook = Notebook.open(mine, { coder: 'ana' });
    try {
      const report = await notebook.merge(copy);
      expect(report).toMatchObject({
        matched: { documents: 1, themes: 1 },
        added: { documents: [], themes: [], tags: 2, notes: 1, doneMarks: 1, coders: [{ coder: 'ben', tags: 2, notes: 1, doneMarks: 1 }] },
        alreadyPresent: { tags: 1, notes: 0, doneMarks: 1 },
        leftOut: [{ what: 'notes', count: 1, reason: 'ana already has a different note on that sentence here, which a merge never replaces' }],
      });
      expect(notebook.codedDocuments().get(1)).toEqual(['ana', 'ben']);
      expect((await notebook.merge(copy)).changed).toBe(false);
      notebook.undo();
      expect(notebook.codedDocuments().get(1)).toEqual(['ana']);
    } finally {
      notebook.close();
    }
    const contents = studyContents(mine) as { tags: { ordinal: number; name: string; coder: string }[] };
    expect(contents.tags.map((t) => `${t.ordinal} ${t.name} ${t.coder}`)).toEqual(['1 Claims ana']);
  });
});
