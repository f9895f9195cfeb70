import { describe, expect, it } from 'vitest';
import { segmentText } from '../segmenter';
import { contentHash } from './content-hash';
import { NO_DETAILS, type IncomingWork } from './incoming-work';
import { planMerge, type CurrentWork } from './match';

const REPORT = 'Moscow said 23 missiles reached the base. The Pentagon disagreed.\n\nAnkara threatened trade measures. Talks were planned.\n';
const OTHER = 'A second article. It has two sentences.\n';

/** Sentence i (from 0) of a text as an incoming range. */
function range(text: string, documentKey: string, index: number, last = index) {
  const sentences = segmentText(text);
  return { documentKey, start: sentences[index]!.start, end: sentences[last]!.end };
}

/** This notebook: the report (sentences 101...), themes Claims > Missile claims and Trade; ana's tag and note on sentence 1. */
function current(extra: Partial<{ tags: string[]; notes: Record<string, string>; done: string[] }> = {}): CurrentWork {
  const tags = new Set(['101/1/ana', ...(extra.tags ?? [])]);
  const notes = new Map(Object.entries({ '101/ana': 'Compare figures.', ...(extra.notes ?? {}) }));
  const done = new Set(extra.done ?? []);
  return {
    documents: [{ id: 7, title: 'Syria report', hash: contentHash(REPORT), sentences: segmentText(REPORT).map((s, i) => ({ id: 101 + i, start: s.start, end: s.end })) }],
    themes: [
      { id: 1, guid: 'g-claims', name: 'Claims', parentId: null },
      { id: 2, guid: 'g-missiles', name: 'Missile claims', parentId: 1 },
      { id: 3, guid: null, name: 'Trade', parentId: null },
    ],
    hasTag: (s, t, c) => tags.has(`${s}/${t}/${c}`),
    noteOf: (s, c) => notes.get(`${s}/${c}`) ?? null,
    isDone: (d, c) => done.has(`${d}/${c}`),
  };
}

function incoming(work: Partial<IncomingWork>): IncomingWork {
  return {
    kind: 'notebook', fileName: 'Ben.themata', notCarried: [], tags: [], notes: [], doneMarks: [],
    documents: [{ key: 'd1', guid: null, title: 'Syria report (Ben)', text: REPORT.replace(/\n/g, '\r\n'), hash: contentHash(REPORT.replace(/\n/g, '\r\n')), details: NO_DETAILS }],
    themes: [
      { key: 't1', guid: 'g-claims', name: 'Assertions', parentKey: null, colour: null, description: '' },
      { key: 't2', guid: null, name: 'MISSILE CLAIMS', parentKey: 't1', colour: null, description: '' },
      { key: 't3', guid: null, name: 'trade', parentKey: null, colour: null, description: '' },
    ],
    ...work,
  };
}

describe('matching another coder’s work with this notebook', () => {
  it('matches a document by its text, whatever its title or line endings, and adds a new text once', () => {
    const other = { key: 'd2', guid: null, title: 'Second', text: OTHER, hash: contentHash(OTHER), details: NO_DETAILS };
    const plan = planMerge(incoming({ documents: [...incoming({}).documents, other, { ...other, key: 'd3' }] }), current());
    expect(plan.report.matched.documents).toBe(1);
    expect(plan.documents.map((d) => d.title)).toEqual(['Second']);
    expect(plan.report.added.documents).toEqual(['Second']);
  });

  it('matches themes by GUID (a renamed theme too), then by name in the same place, ignoring case', () => {
    const plan = planMerge(incoming({}), current());
    expect(plan.report.matched.themes).toBe(3);
    expect(plan.themes).toEqual([]);
    expect(plan.report.remarks).toEqual([]);
  });

  it('adds a theme new to the codebook under the parent it matched, and a sub-theme of a new theme under it', () => {
    const plan = planMerge(incoming({
      themes: [
        { key: 't1', guid: 'g-claims', name: 'Claims', parentKey: null, colour: null, description: '' },
        { key: 't4', guid: 'g-denials', name: 'Denials', parentKey: 't1', colour: '#112233', description: 'Who denied what.' },
        { key: 't5', guid: null, name: 'Flat denials', parentKey: 't4', colour: null, description: '' },
      ],
    }), current());
    expect(plan.themes.map((t) => [t.theme.name, t.parent])).toEqual([
      ['Denials', { kind: 'existing', id: 1 }],
      ['Flat denials', { kind: 'added', index: 0 }],
    ]);
    expect(plan.report.added.themes).toEqual(['Denials', 'Flat denials']);
  });

  it('matches a theme whose name sits elsewhere in the codebook to that theme, and says so', () => {
    const plan = planMerge(incoming({ themes: [{ key: 't9', guid: null, name: 'Trade', parentKey: null, colour: null, description: '' }, { key: 't8', guid: null, name: 'missile claims', parentKey: 't9', colour: null, description: '' }] }), current());
    expect(plan.themes).toEqual([]);
    expect(plan.report.remarks).toEqual(['“missile claims” (under “Trade” in Ben.themata) matched the theme of that name, which sits under “Claims” in this notebook']);
  });

  it('leaves out a theme whose name the codebook cannot hold, and the tags of it', () => {
    const plan = planMerge(incoming({
      themes: [{ key: 't1', guid: null, name: '2017', parentKey: null, colour: null, description: '' }],
      tags: [{ ...range(REPORT, 'd1', 1), themeKey: 't1', coder: 'ben', at: null, guid: null }],
    }), current());
    expect(plan.tags).toEqual([]);
    expect(plan.report.leftOut).toEqual([
      { what: 'themes', count: 1, reason: '“2017” cannot name a theme (at most 120 characters, not only digits, no line breaks)' },
      { what: 'tags', count: 1, reason: 'their theme “2017” was left out' },
    ]);
  });

  it('adds the other coder’s tags under their name, finds this coder’s own as already present, and counts per coder', () => {
    const crlf = REPORT.replace(/\n/g, '\r\n');
    const plan = planMerge(incoming({
      tags: [
        { ...range(REPORT, 'd1', 0), themeKey: 't1', coder: 'ana', at: '2026-01-05T09:00:00.000Z', guid: null },
        { ...range(REPORT, 'd1', 0), themeKey: 't1', coder: 'ben', at: '2026-01-06T09:00:00.000Z', guid: 'g-tag' },
        // Offsets on the normalised text, as the readers give them, though the file's text has CRLF.
        { ...range(crlf.replace(/\r\n/g, '\n'), 'd1', 2, 3), themeKey: 't3', coder: 'ben', at: 'yesterday', guid: null },
      ],
    }), current());
    expect(plan.report.alreadyPresent.tags).toBe(1);
    expect(plan.tags).toEqual([
      { sentence: { kind: 'existing', id: 101 }, theme: { kind: 'existing', id: 1 }, coder: 'ben', at: '2026-01-06T09:00:00.000Z', guid: 'g-tag' },
      { sentence: { kind: 'existing', id: 103 }, theme: { kind: 'existing', id: 3 }, coder: 'ben', at: null, guid: null },
      { sentence: { kind: 'existing', id: 104 }, theme: { kind: 'existing', id: 3 }, coder: 'ben', at: null, guid: null },
    ]);
    expect(plan.report.added.coders).toEqual([{ coder: 'ben', tags: 3, notes: 0, doneMarks: 0 }]);
  });

  it('leaves out a tag whose coder’s name cannot be one here, saying why', () => {
    const plan = planMerge(incoming({ tags: [{ ...range(REPORT, 'd1', 1), themeKey: 't1', coder: 'ben\u0007', at: null, guid: null }] }), current());
    expect(plan.tags).toEqual([]);
    expect(plan.report.leftOut).toEqual([{ what: 'tags', count: 1, reason: 'their coder’s name “ben\u0007” cannot name a coder (one line, at most 60 characters)' }]);
  });

  it('leaves out a tag whose range starts or ends inside a sentence, naming the document', () => {
    const whole = range(REPORT, 'd1', 1);
    const plan = planMerge(incoming({ tags: [{ ...whole, end: whole.end - 3, themeKey: 't1', coder: 'ben', at: null, guid: null }] }), current());
    expect(plan.tags).toEqual([]);
    expect(plan.report.leftOut).toEqual([{ what: 'tags', count: 1, reason: 'their range does not match the sentences of “Syria report”' }]);
  });

  it('tags the sentences of a document it adds by their number, as Themata will segment it', () => {
    const plan = planMerge(incoming({
      documents: [{ key: 'd2', guid: null, title: 'Second', text: OTHER, hash: contentHash(OTHER), details: NO_DETAILS }],
      tags: [{ ...range(OTHER, 'd2', 1), themeKey: 't3', coder: 'ben', at: null, guid: null }],
      doneMarks: [{ documentKey: 'd2', coder: 'ben', at: null }],
    }), current());
    expect(plan.tags.map((t) => t.sentence)).toEqual([{ kind: 'added', document: 0, ordinal: 2 }]);
    expect(plan.doneMarks).toEqual([{ document: { kind: 'added', index: 0 }, coder: 'ben', at: null }]);
  });

  it('never replaces a coder’s note: a different one is left out, the same one is already present, another coder’s is added', () => {
    const first = range(REPORT, 'd1', 0);
    const plan = planMerge(incoming({
      notes: [
        { ...first, coder: 'ana', body: 'Another thought.', createdAt: null, updatedAt: null, guid: null },
        { ...first, coder: 'ben', body: 'Ben’s thought.', createdAt: null, updatedAt: null, guid: null },
        { ...range(REPORT, 'd1', 1), coder: 'cy', body: 'Compare figures.', createdAt: null, updatedAt: null, guid: null },
      ],
    }), current({ notes: { '102/cy': 'Compare figures.' } }));
    expect(plan.notes.map((n) => [n.sentence, n.coder, n.body])).toEqual([[{ kind: 'existing', id: 101 }, 'ben', 'Ben’s thought.']]);
    expect(plan.report.alreadyPresent.notes).toBe(1);
    expect(plan.report.leftOut).toEqual([{ what: 'notes', count: 1, reason: 'ana already has a different note on that sentence here, which a merge never replaces' }]);
  });

  it('adds a done mark once, and finds one this notebook holds already present', () => {
    const plan = planMerge(incoming({ doneMarks: [{ documentKey: 'd1', coder: 'ben', at: null }, { documentKey: 'd1', coder: 'ana', at: null }, { documentKey: 'd1', coder: 'ben', at: null }] }), current({ done: ['7/ana'] }));
    expect(plan.doneMarks).toEqual([{ document: { kind: 'existing', id: 7 }, coder: 'ben', at: null }]);
    expect(plan.report.alreadyPresent.doneMarks).toBe(1);
  });

  it('finds everything already present when this notebook holds all of it, and changes nothing', () => {
    const plan = planMerge(incoming({
      tags: [{ ...range(REPORT, 'd1', 0), themeKey: 't1', coder: 'ana', at: null, guid: null }],
      notes: [{ ...range(REPORT, 'd1', 0), coder: 'ana', body: 'Compare figures.', createdAt: null, updatedAt: null, guid: null }],
    }), current());
    expect(plan.report.changed).toBe(false);
    expect(plan.report.alreadyPresent).toEqual({ tags: 1, notes: 1, doneMarks: 0 });
  });
});
