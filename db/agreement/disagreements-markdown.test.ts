import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { nastyText, textOf } from '../export/markdown-test-support';
import { disagreementsMarkdown } from './disagreements-markdown';
import type { DisagreementList } from './domain';

const list: DisagreementList = {
  coders: ['ana', 'ben'],
  theme: { id: 3, name: 'Claims *and* counts' },
  documents: 2,
  units: 9,
  all: false,
  disagreements: [
    {
      sentenceId: 12, documentId: 1, documentTitle: 'Syria # report', sentenceNumber: 2, text: 'The Pentagon <b>disagreed</b>.',
      before: 'Moscow said 23 missiles reached the base.', after: null,
      judgements: [
        { coder: 'ana', present: false, note: null },
        { coder: 'ben', present: true, note: '# Not a heading\nA second line.' },
      ],
      consensus: null,
    },
    {
      sentenceId: 14, documentId: 2, documentTitle: 'Astral', sentenceNumber: 1, text: 'The sign was painted.',
      before: null, after: 'Nobody knew why.',
      judgements: [
        { coder: 'ana', present: true, note: null },
        { coder: 'ben', present: false, note: null },
      ],
      consensus: false,
    },
  ],
};

describe('the disagreements as Markdown', () => {
  const markdown = disagreementsMarkdown(list, 'Study', {
    themeId: 3, name: 'Claims *and* counts', depth: 0, units: 9, percentAgreement: 7 / 9, cohensKappa: 0.4, krippendorffsAlpha: 0.41, disagreements: 2, tagged: [1, 2],
  });
  const tree = fromMarkdown(markdown);

  it('has a heading for the theme and one per sentence, researcher text kept literal', () => {
    const headings = tree.children.filter((n) => n.type === 'heading').map((h) => [h.depth, textOf(h)]);
    expect(headings).toEqual([
      [1, 'Claims *and* counts: where ana and ben differ'],
      [2, '1. Syria # report, sentence 2'],
      [2, '2. Astral, sentence 1'],
    ]);
    expect(tree.children.some((n) => n.type === 'html')).toBe(false);
  });

  it('quotes each sentence between its neighbours and gives every coder’s answer and note', () => {
    const text = textOf(tree);
    expect(text).toContain('Before: Moscow said 23 missiles reached the base.');
    expect(text).toContain('The Pentagon <b>disagreed</b>.');
    expect(text).toContain('After: Nobody knew why.');
    expect(markdown).toMatch(/- \*\*ana\*\*: absent\n- \*\*ben\*\*: present, with a note:/);
    expect(text).toContain('# Not a heading');
  });

  it('gives the figures and where the consensus stands', () => {
    expect(markdown).toContain("Percent agreement 77.8%, Cohen's κ 0.400, Krippendorff's α 0.410.");
    expect(markdown).toContain('9 sentences compared, from 2 documents every compared coder marked as coded; the coders differ on 2 sentences.');
    expect(markdown).toContain('Consensus: not settled yet.');
    expect(markdown).toMatch(/Consensus: settled, Claims \\\*and\\\* counts absent\./);
  });

  it('says when there is nothing to discuss', () => {
    expect(disagreementsMarkdown({ ...list, disagreements: [] }, 'Study')).toContain('nothing to discuss');
  });
});

describe('researcher text in the Markdown', () => {
  it('never adds a heading, a block of HTML or a definition, and a sentence reads back as written', () => {
    fc.assert(
      fc.property(nastyText, nastyText, nastyText, nastyText, (title, text, note, theme) => {
        const disagreement = { ...list.disagreements[0]!, documentTitle: title, text, before: note, after: text, judgements: [{ coder: theme, present: true, note }, { coder: 'ben', present: false, note: null }] };
        const tree = fromMarkdown(disagreementsMarkdown({ ...list, theme: { id: 1, name: theme }, disagreements: [disagreement, disagreement] }, title));
        expect(tree.children.filter((n) => n.type === 'heading').map((h) => (h as { depth: number }).depth)).toEqual([1, 2, 2]);
        expect(tree.children.some((n) => n.type === 'html' || n.type === 'definition')).toBe(false);
        const quotes = tree.children.filter((n) => n.type === 'blockquote');
        expect(quotes).toHaveLength(2);
        if (text.trim() !== '' && !/^[\s\u00a0\u3000\ufeff]|[\s\u00a0\u3000\ufeff]$/.test(text)) expect(textOf(quotes[0]!)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
