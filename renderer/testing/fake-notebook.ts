/**
 * For unit tests: a notebook with one three-sentence document and two
 * keyed themes, answering on `window.themata` as the real one does. A tag
 * toggle waits until the test answers it, so a test can look at the screen
 * before the notebook confirms.
 */
import type { DocumentSummary, HistoryState, Sentence, Theme } from '../../electron/contract';
import { messages } from '../lib/messages';

export const fakeHistory: HistoryState = { canUndo: true, canRedo: false, undoLabel: 'Tag sentence 2 as Missile claims', redoLabel: null };

/** Reads that only show what the notebook holds; any other call would change it. */
const READS = ['notebook:info', 'documents:list', 'themes:list', 'history:state', 'sentences:page', 'imports:current', 'coders:list', 'on'];

function theme(id: number, name: string, key: number): Theme {
  return { id, name, colour: '#D55E00', description: '', key, order: id - 1, parentId: null, depth: 0, tagCount: 0, rollupCount: 0 };
}

export function fakeNotebook({ readOnly = false } = {}) {
  const sentences: Sentence[] = [1, 2, 3].map((number) => ({
    id: 10 + number,
    documentId: 1,
    number,
    paragraph: 0,
    text: `Sentence ${number}.`,
    start: 0,
    end: 0,
    themeIds: [],
    tags: [],
    note: null,
    otherNotes: [],
  }));
  const document: DocumentSummary = {
    id: 1,
    title: 'Syria report',
    outlet: null,
    author: null,
    publishedOn: null,
    url: null,
    language: null,
    attributes: [],
    sourceName: null,
    importedAt: '2026-11-25T10:00:00.000Z',
    sentenceCount: 3,
    paragraphCount: 1,
    taggedCount: 0,
    noteCount: 0,
    codedBy: [],
  };
  const calls: string[] = [];
  let current = fakeHistory;
  let refuseTags = false;
  let releaseToggle: (() => void) | null = null;
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const api = {
    'notebook:info': () => ok({ path: '/tmp/n.themata', name: 'n', coder: 'ana', documentCount: 1, schemaVersion: 1, readOnly }),
    'documents:list': () => ok([document]),
    'themes:list': () => ok([theme(1, 'Missile claims', 1), theme(2, 'Deconfliction talks', 2)]),
    'history:state': () => ok(current),
    'sentences:page': ({ offset, limit }: { offset: number; limit: number }) =>
      ok({ documentId: 1, total: 3, offset, sentences: sentences.slice(offset, offset + limit).map((s) => ({ ...s })) }),
    'tags:toggle': ({ sentenceIds, themeId }: { sentenceIds: number[]; themeId: number }) =>
      new Promise((resolve) => {
        releaseToggle = () => {
          if (refuseTags) {
            resolve({ ok: false, error: { code: 'notebook-busy', message: 'The notebook is busy; try again.' } });
            return;
          }
          for (const s of sentences) if (sentenceIds.includes(s.id)) s.themeIds = [...s.themeIds, themeId];
          const touched = sentences.filter((s) => sentenceIds.includes(s.id)).map((s) => ({ ...s }));
          resolve({
            ok: true,
            value: {
              applied: true,
              history: fakeHistory,
              sentences: touched,
              themeCounts: [{ themeId, count: sentences.filter((s) => s.themeIds.includes(themeId)).length }],
              rollupCounts: [],
              documentCounts: [{ documentId: 1, taggedCount: sentences.filter((s) => s.themeIds.length > 0).length, noteCount: 0 }],
            },
          });
        };
      }),
    'history:undo': () => {
      for (const s of sentences) s.themeIds = [];
      current = { ...fakeHistory, canUndo: false, undoLabel: null };
      return ok(current);
    },
    stats: () => ok({ sentenceCount: 3, taggedSentenceCount: 0, tagCount: 0, noteCount: 0, themes: [], documents: [], cooccurrence: [] }),
    'imports:current': () => ok(null),
    'coders:list': () => ok({ current: 'ana', view: { kind: 'everyone' }, coders: [] }),
    on: () => () => {},
  };
  const themata = new Proxy(api, {
    get(target, key: string) {
      calls.push(key);
      return (target as Record<string, unknown>)[key];
    },
  });
  return {
    themata,
    calls,
    /** The calls that would change the notebook (or were refused before changing it). */
    changes: () => calls.filter((c) => !READS.includes(c)),
    sentences,
    refuse: () => (refuseTags = true),
    answerToggle: () => releaseToggle?.(),
  };
}

export type FakeNotebook = ReturnType<typeof fakeNotebook>;

/** Puts a fake notebook where the renderer looks for the real one. */
export function installFakeNotebook(options: { readOnly?: boolean } = {}): FakeNotebook {
  const notebook = fakeNotebook(options);
  (globalThis as { window?: unknown }).window = { themata: notebook.themata };
  return notebook;
}

/** Takes the fake notebook away, and the messages it left on screen. */
export function removeFakeNotebook(): void {
  delete (globalThis as { window?: unknown }).window;
  messages.set({ list: [] });
}

/** Lets every answer already given reach the screen. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
