import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setDetails } from '../details';
import { setMemo } from '../memos';
import { setNote } from '../notes';
import { changeTags } from '../tags';
import { addTheme } from '../themes';
import { memoryNotebook, type MemoryNotebook } from '../test-support/memory-notebook';
import { markdownChunks, renderMarkdown, type MarkdownOptions } from './markdown';
import { exportSource } from './read-export';
import { readSnapshot } from './read-snapshot';

const ARTICLES = [
  'Moscow denied the strike. Officials in Ankara disagreed.\nTalks were planned for Friday. The ministry said nothing.',
  'The observatory counted casualties. A pilot was rescued.\nGas prices rose. Erdogan warned of trade limits. Envoys met.',
  'One line only.',
];

interface Plan {
  tags: [article: number, sentence: number, theme: number][];
  notes: [article: number, sentence: number, body: string][];
  details: [article: number, outlet: string, date: string | null, attribute: string | null][];
  /** On the notebook (0), a document (1) or a theme (2), by number. */
  memos: [on: number, which: number, body: string][];
  removeSecond: boolean;
}

/** Builds a notebook from a plan; the streamed export and the snapshot export must agree on it. */
function build(plan: Plan, shuffleIds: boolean): MemoryNotebook {
  const nb = memoryNotebook();
  const themes = ['Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats'].map((name) =>
    nb.write(() => addTheme(nb.ctx, nb.history, { name })).id,
  );
  const documents = ARTICLES.map((text, i) => nb.importDocument({ title: `Article ${i + 1}`, text, sourceName: `a${i}.txt` }));
  if (shuffleIds) {
    // As a salvaged notebook may hold: the first document's sentences no longer in id order.
    const ids = nb.sentenceIds(documents[0]!);
    nb.db.exec('PRAGMA foreign_keys = OFF');
    nb.db.prepare('UPDATE sentences SET id = id + 1000 WHERE id = ?').run(ids[0]!);
    nb.db.exec('PRAGMA foreign_keys = ON');
  }
  for (const [article, sentence, theme] of plan.tags) {
    const ids = nb.sentenceIds(documents[article % documents.length]!);
    nb.write(() => changeTags(nb.ctx, nb.history, [ids[sentence % ids.length]!], themes[theme % themes.length]!, 'add'));
  }
  for (const [article, sentence, body] of plan.notes) {
    const ids = nb.sentenceIds(documents[article % documents.length]!);
    nb.write(() => setNote(nb.ctx, nb.history, ids[sentence % ids.length]!, body));
  }
  for (const [article, outlet, date, attribute] of plan.details) {
    const patch = { outlet, publishedOn: date, ...(attribute === null ? {} : { attributes: { country: attribute } }) };
    nb.write(() => setDetails(nb.ctx, nb.history, documents[article % documents.length]!, patch));
  }
  for (const [on, which, body] of plan.memos) {
    const subject = on % 3 === 0 ? { kind: 'notebook' as const } : on % 3 === 1
      ? { kind: 'document' as const, documentId: documents[which % documents.length]! } : { kind: 'theme' as const, themeId: themes[which % themes.length]! };
    nb.write(() => setMemo(nb.ctx, nb.history, subject, body));
  }
  if (plan.removeSecond) nb.removeDocument(documents[1]!);
  return nb;
}

const plans = fc.record({
  tags: fc.array(fc.tuple(fc.nat(5), fc.nat(9), fc.nat(5)), { maxLength: 25 }),
  notes: fc.array(fc.tuple(fc.nat(5), fc.nat(9), fc.constantFrom('Check the date.', '# not a heading', 'Two\nlines')), { maxLength: 5 }),
  details: fc.array(
    fc.tuple(fc.nat(5), fc.constantFrom('Reuters', '', '1. TASS'), fc.constantFrom(null, '2017-04-07'), fc.constantFrom(null, 'Syria', '')),
    { maxLength: 4 },
  ),
  memos: fc.array(fc.tuple(fc.nat(5), fc.nat(5), fc.constantFrom('Framing.', '- not a list', '')), { maxLength: 4 }),
  removeSecond: fc.boolean(),
});

function exports(nb: MemoryNotebook, options: MarkdownOptions) {
  const streamed = nb.db.transaction(() => Buffer.concat(markdownChunks(exportSource(nb.ctx, 'Study'), options)).toString('utf8'))();
  const snapshot = renderMarkdown(readSnapshot(nb.ctx, 'Study'), options);
  return { streamed, snapshot };
}

describe('the export read as it is written', () => {
  it('writes the same Markdown as the export of a whole snapshot, by theme and by document', () => {
    fc.assert(
      fc.property(plans, fc.boolean(), fc.constantFrom<MarkdownOptions['by']>('theme', 'document'), fc.boolean(), (plan, shuffle, by, includeNotes) => {
        const nb = build(plan, shuffle);
        try {
          const { streamed, snapshot } = exports(nb, { by, includeNotes });
          expect(streamed).toBe(snapshot);
        } finally {
          nb.db.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('carries the details and memos of visible documents, and leaves out those of a removed one', () => {
    const nb = build({
      tags: [[0, 0, 0], [1, 0, 1]],
      notes: [],
      details: [[0, 'Reuters', '2017-04-07', 'Syria'], [1, 'TASS', null, null]],
      memos: [[0, 0, 'About the study.'], [1, 1, 'Removed document memo.'], [2, 2, 'Trade memo.']],
      removeSecond: true,
    }, false);
    try {
      for (const by of ['theme', 'document'] as const) {
        const { streamed, snapshot } = exports(nb, { by, includeNotes: true });
        expect(streamed).toBe(snapshot);
        expect(streamed).toContain('*Memo:* About the study.');
        expect(streamed).not.toContain('Removed document memo.');
        expect(streamed).not.toContain('TASS');
        expect(streamed).toContain('    outlet: "Reuters"');
      }
      expect(exports(nb, { by: 'document', includeNotes: true }).streamed).toContain('## Article 1\n\nReuters · 2017-04-07 · country: Syria\n');
      expect(exports(nb, { by: 'theme', includeNotes: true }).streamed).toContain('## Turkey trade threats\n\nNo tagged sentences · #theme/turkey-trade-threats\n\n*Memo:* Trade memo.');
    } finally {
      nb.db.close();
    }
  });

  it('quotes every tagged sentence of a document whose sentences are not in id order', () => {
    const nb = build({ tags: [[0, 0, 0], [0, 1, 0], [0, 3, 1]], notes: [], details: [], memos: [], removeSecond: false }, true);
    try {
      const { streamed } = exports(nb, { by: 'document', includeNotes: true });
      expect(streamed).toContain('Moscow denied the strike.');
      expect(streamed).toContain('Officials in Ankara disagreed.');
      expect(streamed).toContain('The ministry said nothing.');
      expect(streamed).toContain('3 tagged sentences from 1 document');
    } finally {
      nb.db.close();
    }
  });

  it('reads a sparsely tagged long document the same way as a densely tagged one', () => {
    const nb = memoryNotebook();
    try {
      const theme = nb.write(() => addTheme(nb.ctx, nb.history, { name: 'Deconfliction talks' })).id;
      const other = nb.write(() => addTheme(nb.ctx, nb.history, { name: 'Missile claims' })).id;
      const text = Array.from({ length: 60 }, (_, i) => `Envoys met for round ${i + 1}.`).join(' ');
      const sparse = nb.sentenceIds(nb.importDocument({ title: 'Sparse', text, sourceName: null }));
      const dense = nb.sentenceIds(nb.importDocument({ title: 'Dense', text, sourceName: null }));
      nb.write(() => changeTags(nb.ctx, nb.history, [sparse[3]!, sparse[41]!], theme, 'add'));
      nb.write(() => changeTags(nb.ctx, nb.history, [sparse[41]!], other, 'add'));
      nb.write(() => changeTags(nb.ctx, nb.history, dense.slice(0, 50), theme, 'add'));
      nb.write(() => setNote(nb.ctx, nb.history, sparse[41]!, 'Second round of talks.'));
      nb.write(() => setNote(nb.ctx, nb.history, sparse[42]!, 'Untagged, so not quoted.'));
      for (const by of ['theme', 'document'] as const) {
        const { streamed, snapshot } = exports(nb, { by, includeNotes: true });
        expect(streamed).toBe(snapshot);
        expect(streamed).toContain('Envoys met for round 42. ^');
        expect(streamed).toContain('*Note:* Second round of talks.');
        expect(streamed).not.toContain('Untagged, so not quoted.');
      }
    } finally {
      nb.db.close();
    }
  });
});
