import { afterEach, describe, expect, it } from 'vitest';
import type { AgreementCoder, AgreementReport, Disagreement, DisagreementList } from '../../../electron/contract';
import { messages } from '../../lib/messages';
import { NotebookSession } from '../../state/notebook-session';
import { noHistory } from '../../state/workspace-state';
import { FilterActions } from '../filter/filter-actions';
import { NoteActions } from '../notes/note-actions';
import { ReaderActions } from '../reader/reader-actions';
import { SelectionActions } from '../reader/selection-actions';
import { AgreementActions } from './agreement-actions';

const figures = { units: 13, percentAgreement: 11 / 13, cohensKappa: 34 / 60, krippendorffsAlpha: 0.583 };

function report(coders: string[], all: boolean): AgreementReport {
  return {
    coders,
    documents: 1,
    sentences: 13,
    all,
    themes: [{ themeId: 1, name: 'Missile claims', depth: 0, disagreements: 2, tagged: [3, 3], ...figures }],
    overall: { ...figures, mean: { percentAgreement: figures.percentAgreement, cohensKappa: figures.cohensKappa, krippendorffsAlpha: figures.krippendorffsAlpha } },
  };
}

const disagreement: Disagreement = {
  sentenceId: 11,
  documentId: 1,
  documentTitle: 'Syria report',
  sentenceNumber: 1,
  text: 'Moscow said 23 missiles reached the base.',
  before: null,
  after: 'The Pentagon disagreed.',
  judgements: [
    { coder: 'ana', present: true, note: null },
    { coder: 'ben', present: false, note: null },
  ],
  consensus: null,
};

interface Asked {
  channel: string;
  input: unknown;
}

/** The notebook as the Agreement view asks it, answering as a test sets it up, and noting what was asked. */
function install(options: { coders: AgreementCoder[]; refuse?: string }) {
  const asked: Asked[] = [];
  let releaseSettle: (() => void) | null = null;
  let consensus: boolean | null = null;
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const themata: Record<string, (input: unknown) => Promise<unknown>> = {
    'agreement:coders': (input) => (asked.push({ channel: 'agreement:coders', input }), ok(options.coders)),
    'agreement:report': (input) => {
      asked.push({ channel: 'agreement:report', input });
      const request = input as { coders: string[]; all?: boolean };
      if (options.refuse && !request.all) return Promise.resolve({ ok: false, error: { code: 'not-found', message: options.refuse } });
      return ok(report(request.coders, request.all === true));
    },
    'agreement:disagreements': (input) => {
      asked.push({ channel: 'agreement:disagreements', input });
      const list: DisagreementList = { coders: ['ana', 'ben'], theme: { id: 1, name: 'Missile claims' }, documents: 1, units: 13, all: false, disagreements: [{ ...disagreement, consensus }] };
      return ok(list);
    },
    'agreement:settle': (input) => {
      asked.push({ channel: 'agreement:settle', input });
      return new Promise((resolve) => {
        releaseSettle = () => {
          consensus = (input as { keep: string[] }).keep.includes('ana');
          resolve({ ok: true, value: { consensus: [{ themeId: 1, present: consensus }], history: { ...noHistory, canUndo: true, undoLabel: 'Settle sentence 1' } } });
        };
      });
    },
  };
  (globalThis as { window?: unknown }).window = { themata };
  const session = new NotebookSession({ afterCounts: async () => {}, everything: async () => {} });
  session.state.set({ themes: [{ id: 1, name: 'Missile claims', colour: '#D55E00', description: '', key: 1, order: 0, parentId: null, depth: 0, tagCount: 0, rollupCount: 0 }] });
  const selection = new SelectionActions(session);
  const filter = new FilterActions(session, selection);
  const reader = new ReaderActions(session, selection, new NoteActions(session, selection), filter);
  const agreement = new AgreementActions(session, selection, reader, filter);
  return { agreement, state: session.state, asked, release: () => releaseSettle?.() };
}

const coder = (name: string, codedDocuments: number, tags = 3): AgreementCoder => ({ name, tags, notes: 0, codedDocuments });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Agreement view’s state', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
    messages.set({ list: [] });
  });

  it('compares every coder who marked documents as coded, never the consensus, over the coded documents', async () => {
    const { agreement, state, asked } = install({ coders: [coder('ana', 1), coder('ben', 1), coder('cy', 0), coder('Consensus', 1)] });
    await agreement.load();
    expect(asked.find((a) => a.channel === 'agreement:report')?.input).toEqual({ coders: ['ana', 'ben'], all: false });
    expect(state.get().agreement.report?.coders).toEqual(['ana', 'ben']);
    expect(state.get().agreement.gap).toBeNull();
  });

  it('asks for a second coder when only one has marked documents as coded, without asking for a report', async () => {
    const { agreement, state, asked } = install({ coders: [coder('ana', 1), coder('ben', 0)] });
    await agreement.load();
    expect(state.get().agreement.gap).toEqual({ kind: 'coders', message: 'Only ana has marked documents as coded in this notebook.' });
    expect(asked.some((a) => a.channel === 'agreement:report')).toBe(false);
  });

  it('explains coders with no coded document in common, and compares every document when asked', async () => {
    const refuse = 'ana and ben have no coded document in common: agreement compares the documents every compared coder has marked as coded.';
    const { agreement, state } = install({ coders: [coder('ana', 1), coder('ben', 1)], refuse });
    await agreement.load();
    expect(state.get().agreement.gap).toEqual({ kind: 'coded', message: refuse });
    await agreement.compareAll(true);
    expect(state.get().agreement.gap).toBeNull();
    expect(state.get().agreement.report?.all).toBe(true);
    // A refusal the view explains is not also shown as an error.
    expect(messages.get().list).toEqual([]);
  });

  it('keeps the coders chosen, and asks for two or more when fewer are', async () => {
    const { agreement, state, asked } = install({ coders: [coder('ana', 1), coder('ben', 1), coder('cy', 1)] });
    await agreement.load();
    await agreement.toggleCoder('cy');
    expect(state.get().agreement.chosen).toEqual(['ana', 'ben']);
    expect(asked.filter((a) => a.channel === 'agreement:report').at(-1)?.input).toEqual({ coders: ['ana', 'ben'], all: false });
    await agreement.toggleCoder('ben');
    expect(state.get().agreement.gap?.kind).toBe('choose');
    expect(state.get().agreement.report).toBeNull();
  });

  it('shows a settling at once, sends whose answer is kept, and reads the list and the table again once the notebook has it', async () => {
    const { agreement, state, asked, release } = install({ coders: [coder('ana', 1), coder('ben', 1)] });
    await agreement.chooseTheme(1);
    expect(state.get().agreement.disagreements?.disagreements[0]?.consensus).toBeNull();
    const reports = asked.filter((a) => a.channel === 'agreement:report').length;

    const settling = agreement.settle(disagreement, { label: 'Keep ana’s', keep: ['ana'], present: true });
    await settled();
    expect(state.get().agreement.disagreements?.disagreements[0]?.consensus).toBe(true);
    expect(asked.find((a) => a.channel === 'agreement:settle')?.input).toEqual({ sentenceId: 11, themeIds: [1], keep: ['ana'] });

    release();
    await settling;
    expect(state.get().history.undoLabel).toBe('Settle sentence 1');
    expect(asked.filter((a) => a.channel === 'agreement:report').length).toBe(reports + 1);
    expect(state.get().agreement.disagreements?.disagreements[0]?.consensus).toBe(true);
    // The counts the settling changed are read again after it, before the notebook goes away.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('turns a column round on a second click and goes back to the table', async () => {
    const { agreement, state } = install({ coders: [coder('ana', 1), coder('ben', 1)] });
    agreement.sortBy('disagreements');
    expect(state.get().agreement.sort).toEqual({ column: 'disagreements', direction: 'descending' });
    agreement.sortBy('disagreements');
    expect(state.get().agreement.sort).toEqual({ column: 'disagreements', direction: 'ascending' });
    await agreement.chooseTheme(1);
    await agreement.chooseTheme(null);
    expect(state.get().agreement.themeId).toBeNull();
    expect(state.get().agreement.disagreements).toBeNull();
  });
});
