import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from './context';
import { History } from './history';
import { isNotebookError } from './notebook-error';
import { NOTE_MAX_LENGTH, setNote } from './notes';
import { RunningCounts } from './running-counts';
import { changeTags, type TagChange } from './tags';
import { addTheme, deleteTheme, listThemes, mergeThemes, moveTheme, reorderThemes, updateTheme, type ThemePatch } from './themes';
import { subtreeIds } from './theme-tree';
import { historyCount, memoryNotebook, testClock, type MemoryNotebook, type NotebookRows } from './test-support/memory-notebook';

/**
 * Things a change refers to are generated as picks: a pick chooses among what
 * exists when the change runs; NOTHING_PICK names nothing there is, and
 * REMOVED_PICK a sentence of a removed document, which is refused alike.
 */
type Pick = number;
const NOTHING_PICK = -1;
const REMOVED_PICK = -2;

type Change =
  | { kind: 'import'; title: string; text: string }
  | { kind: 'remove-document'; document: Pick }
  | { kind: 'add-theme'; name: string; colour?: string; parent?: Pick | null }
  | { kind: 'move-theme'; theme: Pick; parent: Pick | null; before: Pick | null }
  | { kind: 'update-theme'; theme: Pick; patch: Patch }
  | { kind: 'reorder-themes'; themes: Pick[] }
  | { kind: 'merge-themes'; source: Pick; target: Pick }
  | { kind: 'delete-theme'; theme: Pick }
  | { kind: 'tags'; change: TagChange; sentences: Pick[]; theme: Pick }
  | { kind: 'note'; sentence: Pick; body: string }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** A change, after a pause long enough (or not) to end the typing of a note. */
interface Step {
  pause: boolean;
  change: Change;
}

/** The id a change gets for a pick that names nothing. */
const NOTHING = 9_999;
const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

interface Patch {
  name?: string;
  colour?: string;
  description?: string;
  parent?: Pick | null;
}

const pick = fc.oneof(
  { arbitrary: fc.nat({ max: 11 }), weight: 18 },
  { arbitrary: fc.constant(NOTHING_PICK), weight: 1 },
  { arbitrary: fc.constant(REMOVED_PICK), weight: 1 },
);
/** For a selection of several sentences: each pick rarely invalid, so that most selections are valid. */
const sentencePick = fc.oneof(
  { arbitrary: fc.nat({ max: 11 }), weight: 48 },
  { arbitrary: fc.constant(NOTHING_PICK), weight: 1 },
  { arbitrary: fc.constant(REMOVED_PICK), weight: 1 },
);
const valid = <T>(arbitrary: fc.Arbitrary<T>, weight = 8) => ({ arbitrary, weight });
const invalid = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 1 });

const themeName = fc.oneof(
  valid(fc.constantFrom('Gas', 'Déclarations', 'تصريحات رسمية', 'Gas 🔥', ' Talks ', 'Scud', 'Pipeline', 'Ceasefire', 'Sanctions', 'Drones')),
  // Names the codebook may already have, in another case.
  valid(fc.constantFrom('MISSILE CLAIMS', 'gas'), 2),
  invalid(fc.constantFrom('', '  ', '2024', 'x'.repeat(121), 'Tab\there', 'Right\u202eleft')),
);
const colour = fc.oneof(valid(fc.constantFrom('#112233', '#abcdef', '#D55E00')), invalid(fc.constantFrom('red', '#fff')));
const parent = fc.option(pick, { freq: 3 });
const noteBody = fc.oneof(
  valid(fc.constantFrom('D', 'De', 'Denial', 'Denial, *not* evidence.', 'déni 🔥 تصريح', '  padded\n')),
  valid(fc.constantFrom('', '   '), 2),
  invalid(fc.constant('x'.repeat(NOTE_MAX_LENGTH + 1))),
);

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      title: fc.oneof(valid(fc.constantFrom('Other', ' Déjà vu ', 'تقرير')), invalid(fc.constantFrom('', ' \n'))),
      text: fc.oneof(valid(fc.constantFrom('Gas flows. Prices fall.', 'Talks resumed.\nMoscow agreed. 🔥 Fine.')), invalid(fc.constant(' \n\t '))),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove-document' as const), document: pick }) },
  {
    weight: 3,
    arbitrary: fc.record(
      { kind: fc.constant('add-theme' as const), name: themeName, colour, parent },
      { requiredKeys: ['kind', 'name'] },
    ),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('update-theme' as const),
      theme: pick,
      // Mostly one thing at a time (rename, recolour, describe, nest), as the app does.
      patch: fc.oneof<fc.Arbitrary<Patch>[]>(
        fc.record({ name: themeName }),
        fc.record({ colour }),
        fc.record({ description: fc.constantFrom('', ' Why it matters ') }),
        fc.record({ parent }),
        fc.record({ name: themeName, colour, description: fc.constantFrom('', 'Why'), parent }, { requiredKeys: [] }),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('move-theme' as const), theme: pick, parent: fc.option(pick, { freq: 2 }), before: fc.option(pick, { freq: 2 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reorder-themes' as const), themes: fc.array(pick, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge-themes' as const), source: pick, target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-theme' as const), theme: pick }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('tags' as const),
      change: fc.constantFrom<TagChange>('add', 'remove', 'toggle'),
      sentences: fc.oneof(valid(fc.array(sentencePick, { minLength: 1, maxLength: 4 })), invalid(fc.constant<Pick[]>([]))),
      theme: pick,
    }),
  },
  // Mostly the first sentence, so one note is often edited again and again, as when typing.
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constant('note' as const), sentence: fc.oneof(valid(fc.constant(0), 3), valid(pick, 1)), body: noteBody }),
  },
  // Undo and redo along the way too: a change after an undo must forget what could be redone.
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

const step: fc.Arbitrary<Step> = fc.record({ pause: fc.nat({ max: 5 }).map((n) => n === 0), change });

/**
 * The notebook each run starts from, closed to undo by a baseline: two
 * themes, an article, and tags and notes by ana and by ben, a coder who had
 * the notebook before, so undo must give back who tagged what.
 */
function startingNotebook(): MemoryNotebook {
  // One millisecond per reading: timestamps stay distinct, and a run never drifts out of the note-typing minute by itself.
  const nb = memoryNotebook({ clock: testClock(Date.UTC(2026, 0, 5, 9, 0, 0), 1) });
  const missile = nb.write(() => addTheme(nb.ctx, nb.history, { name: 'Missile claims' })).id;
  const trade = nb.write(() => addTheme(nb.ctx, nb.history, { name: 'Turkey trade threats', parentId: missile })).id;
  const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: 'a.txt' });
  const [first, second] = nb.sentenceIds(doc);
  nb.write(() => changeTags(nb.ctx, nb.history, [first!, second!], missile, 'add'));
  nb.write(() => setNote(nb.ctx, nb.history, second!, 'Which officials?'));
  const ben = createContext(nb.db, 'ben', nb.clock);
  const bens = new History(ben);
  const [, , third, fourth] = nb.sentenceIds(doc);
  nb.write(() => changeTags(ben, bens, [second!, third!], trade, 'add'));
  nb.write(() => setNote(ben, bens, fourth!, 'Ben: planned by whom?'));
  // Ana's history never saw ben's entries; after the baseline, one rebuilt from the file could not undo them either.
  nb.history.baseline('Start');
  return nb;
}

function ids(nb: MemoryNotebook, table: 'themes' | 'documents'): number[] {
  const order = table === 'themes' ? 'position, id' : 'id';
  return (nb.db.prepare(`SELECT id FROM ${table} ORDER BY ${order}`).all() as { id: number }[]).map((r) => r.id);
}

function resolve(list: number[], p: Pick): number {
  return p < 0 || list.length === 0 ? NOTHING : list[p % list.length]!;
}

function resolveSentence(nb: MemoryNotebook, p: Pick): number {
  const removed = p === REMOVED_PICK;
  const rows = nb.db
    .prepare('SELECT s.id FROM sentences s JOIN documents d ON d.id = s.document_id WHERE (d.removed_at IS NOT NULL) = ? ORDER BY s.id')
    .all(removed ? 1 : 0) as { id: number }[];
  return resolve(rows.map((r) => r.id), removed ? 0 : p);
}

/**
 * Runs one change as Notebook does, in one transaction. Says whether it had
 * to be refused whatever the notebook held, and which note it edited.
 */
function run(nb: MemoryNotebook, c: Change): { mustFail: boolean; noteOn: number | null } {
  const { ctx, history } = nb;
  const theme = (p: Pick) => resolve(ids(nb, 'themes'), p);
  const sentence = (p: Pick) => resolveSentence(nb, p);
  const parentOf = (p: Pick | null | undefined) => (p === undefined ? undefined : p === null ? null : theme(p));
  const badTheme = (name?: string, colourValue?: string) =>
    (name !== undefined && !/^[\p{L} 🔥]+$/u.test(name.trim())) || (colourValue !== undefined && !/^#[0-9a-f]{6}$/i.test(colourValue));
  switch (c.kind) {
    case 'import': {
      nb.importDocument({ title: c.title, text: c.text, sourceName: null });
      return { mustFail: false, noteOn: null };
    }
    case 'remove-document': {
      const id = resolve(ids(nb, 'documents'), c.document);
      nb.removeDocument(id);
      return { mustFail: id === NOTHING, noteOn: null };
    }
    case 'add-theme': {
      const input = { name: c.name, colour: c.colour, parentId: parentOf(c.parent) };
      nb.write(() => addTheme(ctx, history, input));
      return { mustFail: badTheme(c.name, c.colour) || input.parentId === NOTHING, noteOn: null };
    }
    case 'update-theme': {
      const id = theme(c.theme);
      const { name, colour: colourValue, description } = c.patch;
      const patch: ThemePatch = { name, colour: colourValue, description, parentId: parentOf(c.patch.parent) };
      nb.write(() => updateTheme(ctx, history, id, patch));
      return { mustFail: id === NOTHING || badTheme(name, colourValue) || patch.parentId === NOTHING, noteOn: null };
    }
    case 'move-theme': {
      const id = theme(c.theme);
      const parentId = parentOf(c.parent)!;
      const beforeId = c.before === null ? null : theme(c.before);
      nb.write(() => moveTheme(ctx, history, id, parentId, beforeId));
      return { mustFail: [id, parentId, beforeId].includes(NOTHING) || parentId === id || beforeId === id, noteOn: null };
    }
    case 'reorder-themes': {
      const order = c.themes.map(theme);
      nb.write(() => reorderThemes(ctx, history, order));
      return { mustFail: new Set(order).size !== order.length || order.includes(NOTHING), noteOn: null };
    }
    case 'merge-themes': {
      const [source, target] = [theme(c.source), theme(c.target)];
      nb.write(() => mergeThemes(ctx, history, source, target));
      return { mustFail: source === target || source === NOTHING || target === NOTHING, noteOn: null };
    }
    case 'delete-theme': {
      const id = theme(c.theme);
      nb.write(() => deleteTheme(ctx, history, id));
      return { mustFail: id === NOTHING, noteOn: null };
    }
    case 'tags': {
      const [selection, id] = [c.sentences.map(sentence), theme(c.theme)];
      nb.write(() => changeTags(ctx, history, selection, id, c.change));
      return { mustFail: selection.length === 0 || selection.includes(NOTHING) || id === NOTHING, noteOn: null };
    }
    case 'note': {
      const id = sentence(c.sentence);
      nb.write(() => setNote(ctx, history, id, c.body));
      return { mustFail: id === NOTHING || c.body.length > NOTE_MAX_LENGTH, noteOn: id };
    }
    case 'undo':
    case 'redo':
      // Whether there is anything to undo or redo is the model's to say: see check.
      nb.write(() => (c.kind === 'undo' ? history.undo() : history.redo()));
      return { mustFail: false, noteOn: null };
  }
}

/**
 * Undoing an import hides the document rather than deleting its rows (redo
 * shows it again; removal is soft throughout), so the rows of a document
 * imported after a checkpoint may remain: hidden, with no tags or notes.
 */
function expectSameRows(actual: NotebookRows, expected: NotebookRows): void {
  const known = new Set(expected.documents.map((d) => d.id));
  for (const document of actual.documents.filter((d) => !known.has(d.id))) expect(document.removed_at).not.toBeNull();
  expect({
    ...actual,
    documents: actual.documents.filter((d) => known.has(d.id)),
    sentences: actual.sentences.filter((s) => known.has(s.document_id)),
  }).toEqual(expected);
}

/** SQLite's own check that the search indexes match the sentences and notes they index. */
function expectSearchIndexesSound(nb: MemoryNotebook): void {
  expect(() => nb.db.exec("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")).not.toThrow();
  expect(() => nb.db.exec("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")).not.toThrow();
}

/** The counts kept up to date change by change equal the counts counted afresh. */
function expectCountsCurrent(nb: MemoryNotebook): void {
  const fresh = new RunningCounts(nb.db);
  for (const themeId of ids(nb, 'themes')) expect(nb.ctx.counts.themeCount(themeId), `theme ${themeId}`).toBe(fresh.themeCount(themeId));
  const rows = nb.rows().themes;
  for (const theme of listThemes(nb.ctx)) {
    const subtree = subtreeIds(rows, theme.id);
    expect(theme.rollupCount, `roll-up of theme ${theme.id}`).toBe(subtree.length > 1 ? fresh.rollupCount(theme.id, subtree) : fresh.themeCount(theme.id));
  }
  for (const documentId of ids(nb, 'documents')) expect(nb.ctx.counts.documentCount(documentId)).toEqual(fresh.documentCount(documentId));
}

function check(steps: Step[]): void {
  const nb = startingNotebook();
  try {
    // The model: the rows after each step undo would walk back through, oldest first,
    // and the rows each redo would bring back, the next one last.
    const done = [nb.rows()];
    const undone: NotebookRows[] = [];
    // The sentence whose note the last recorded step edited: a further edit there, within the minute, amends that step.
    let typingOn: number | null = null;
    for (const { pause, change: c } of steps) {
      if (pause) {
        nb.clock.advance(120_000);
        // Two minutes without an edit end the typing, whatever comes between.
        typingOn = null;
      }
      const before = { rows: nb.rows(), entries: historyCount(nb.db), state: nb.history.state() };
      let outcome: ReturnType<typeof run> | undefined;
      let refusal: unknown;
      try {
        outcome = run(nb, c);
      } catch (error) {
        refusal = error;
      }
      expectCountsCurrent(nb);
      const unchanged = () => expect({ rows: nb.rows(), entries: historyCount(nb.db), state: nb.history.state() }).toEqual(before);

      if (c.kind === 'undo' || c.kind === 'redo') {
        const [from, to] = c.kind === 'undo' ? [done, undone] : [undone, done];
        if (c.kind === 'undo' ? done.length === 1 : undone.length === 0) {
          expect(refusal).toMatchObject({ code: `nothing-to-${c.kind}` });
          unchanged();
          continue;
        }
        expect(refusal).toBeUndefined();
        to.push(from.pop()!);
        expectSameRows(nb.rows(), done.at(-1)!);
        expect(historyCount(nb.db)).toBe(before.entries + 1);
        typingOn = null;
        continue;
      }

      if (outcome === undefined) {
        expect(isNotebookError(refusal), String(refusal)).toBe(true);
        unchanged();
        continue;
      }
      expect(outcome.mustFail, `${JSON.stringify(c).slice(0, 200)} should have been refused`).toBe(false);
      const rows = nb.rows();
      if (isDeepStrictEqual(rows, before.rows)) {
        // A change that changes nothing is not recorded, and ends no typing.
        unchanged();
        continue;
      }
      expect(historyCount(nb.db)).toBe(before.entries + 1);
      if (outcome.noteOn !== null && outcome.noteOn === typingOn) done[done.length - 1] = rows;
      else done.push(rows);
      undone.length = 0;
      typingOn = outcome.noteOn;
    }
    const after = nb.rows();
    const nothingToRedo = undone.length === 0;
    const entries = historyCount(nb.db);
    const [undoable, redoable] = [done.length - 1, undone.length];

    // Undo everything: each undo gives back the rows before the step it takes back.
    while (done.length > 1) {
      undone.push(done.pop()!);
      nb.write(() => nb.history.undo());
      expectSameRows(nb.rows(), done.at(-1)!);
      expectCountsCurrent(nb);
    }
    expect(nb.history.state().canUndo).toBe(false);
    expectSearchIndexesSound(nb);

    // Redo everything: each redo gives back the rows after the step it replays.
    while (undone.length > 0) {
      done.push(undone.pop()!);
      nb.write(() => nb.history.redo());
      expectSameRows(nb.rows(), done.at(-1)!);
      expectCountsCurrent(nb);
    }
    expect(nb.history.state().canRedo).toBe(false);
    expect(nb.rows()).toEqual(done.at(-1));
    if (nothingToRedo) expect(nb.rows()).toEqual(after);
    expectSearchIndexesSound(nb);
    // The history only grows: one entry per undo and per redo.
    expect(historyCount(nb.db)).toBe(entries + undoable + (undoable + redoable));
  } finally {
    nb.db.close();
  }
}

describe('undo and redo over any sequence of changes', () => {
  it('undoing every change gives back the rows before it, step by step, and redoing them gives back the rows after', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 25, size: 'max' }), check), { numRuns: 100 });
  });
});
