import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORED_GUID as GUID } from './guid';
import { inverse, invert, OperationWriter, type Operation } from './operations';
import type { NoteRow, ThemeRow } from './rows';
import { useMemoryNotebook } from './test-support/memory-notebook';

const AT = '2026-01-05T09:00:00.000Z';
const LATER = '2026-01-05T10:00:00.000Z';

function themeRow(id: number, patch: Partial<ThemeRow> = {}): ThemeRow {
  return { id, name: `Theme ${id}`, colour: '#D55E00', description: '', key_slot: null, position: id, parent_id: null, created_at: AT, guid: `theme-${id}`, ...patch };
}

function noteRow(sentenceId: number, body: string, patch: Partial<NoteRow> = {}): NoteRow {
  return { sentence_id: sentenceId, coder: 'ana', body, created_at: AT, updated_at: AT, guid: `note-${sentenceId}`, ...patch };
}

const tagRecord = fc.record({ sentenceId: fc.nat(), coder: fc.string(), at: fc.string() });
const note = fc.option(fc.record({ sentence_id: fc.nat(), coder: fc.string(), body: fc.string(), created_at: fc.string(), updated_at: fc.string(), guid: fc.uuid() }));
const theme = fc.option(
  fc.record({
    id: fc.nat(), name: fc.string(), colour: fc.string(), description: fc.string(), key_slot: fc.option(fc.nat()),
    position: fc.nat(), parent_id: fc.option(fc.nat()), created_at: fc.string(), guid: fc.uuid(),
  }),
);
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ type: fc.constantFrom('tags-add' as const, 'tags-remove' as const), themeId: fc.nat(), tags: fc.array(tagRecord) }),
  fc.record({ type: fc.constant('note' as const), sentenceId: fc.nat(), before: note, after: note }),
  fc.record({ type: fc.constant('theme' as const), themeId: fc.nat(), before: theme, after: theme }),
  fc.record({ type: fc.constant('document-visibility' as const), documentId: fc.nat(), visible: fc.boolean(), at: fc.string() }),
);

describe('invert and inverse', () => {
  it('inverts each kind of operation', () => {
    const tags = [{ sentenceId: 1, coder: 'ana', at: AT }];
    expect(invert({ type: 'tags-add', themeId: 2, tags })).toEqual({ type: 'tags-remove', themeId: 2, tags });
    expect(invert({ type: 'tags-remove', themeId: 2, tags })).toEqual({ type: 'tags-add', themeId: 2, tags });
    const before = noteRow(1, 'a');
    expect(invert({ type: 'note', sentenceId: 1, before, after: null })).toEqual({ type: 'note', sentenceId: 1, before: null, after: before });
    const row = themeRow(3);
    expect(invert({ type: 'theme', themeId: 3, before: null, after: row })).toEqual({ type: 'theme', themeId: 3, before: row, after: null });
    expect(invert({ type: 'document-visibility', documentId: 4, visible: true, at: AT })).toEqual({
      type: 'document-visibility', documentId: 4, visible: false, at: AT,
    });
  });

  it('gives back any operation when inverted twice', () => {
    fc.assert(
      fc.property(operation, (op) => {
        expect(invert(invert(op))).toEqual(op);
      }),
      { numRuns: 300 },
    );
  });

  it('inverts a list of operations last first, and is its own inverse', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 6 }), (ops) => {
        expect(inverse(ops)).toEqual([...ops].reverse().map(invert));
        expect(inverse(inverse(ops))).toEqual(ops);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves the operations it was given as they were', () => {
    const ops: Operation[] = [{ type: 'tags-add', themeId: 1, tags: [] }, { type: 'document-visibility', documentId: 1, visible: true, at: AT }];
    const copy = structuredClone(ops);
    inverse(ops);
    expect(ops).toEqual(copy);
  });
});

describe('OperationWriter', () => {
  const notebook = useMemoryNotebook();

  /** A notebook with one document of two sentences and two themes, written straight through the writer. */
  function setUp() {
    const nb = notebook();
    const doc = nb.importDocument({ title: 'Article', text: 'Moscow denied it. Officials disagreed.', sourceName: null });
    const [first, second] = nb.sentenceIds(doc) as [number, number];
    const writer = new OperationWriter(nb.db, nb.ctx.counts);
    writer.applyAll([
      { type: 'theme', themeId: 1, before: null, after: themeRow(1, { key_slot: 1 }) },
      { type: 'theme', themeId: 2, before: null, after: themeRow(2) },
    ]);
    return { nb, writer, doc, first, second };
  }

  /** Applies the operations, then their inverse, and checks the rows are back exactly. */
  function expectUndoable(nb: ReturnType<typeof setUp>['nb'], writer: OperationWriter, ops: Operation[], check: () => void) {
    const before = nb.rows();
    writer.applyAll(ops);
    check();
    writer.applyAll(inverse(ops));
    expect(nb.rows()).toEqual(before);
  }

  it('adds and removes tags with their coder and time', () => {
    const { nb, writer, first, second } = setUp();
    const tags = [{ sentenceId: first, coder: 'ana', at: AT, guid: 'tag-1' }, { sentenceId: second, coder: 'ben', at: LATER, guid: 'tag-2' }];
    expectUndoable(nb, writer, [{ type: 'tags-add', themeId: 2, tags }], () => {
      expect(nb.rows().tags).toEqual([
        { sentence_id: first, theme_id: 2, coder: 'ana', tagged_at: AT, guid: 'tag-1' },
        { sentence_id: second, theme_id: 2, coder: 'ben', tagged_at: LATER, guid: 'tag-2' },
      ]);
    });
  });

  it('gives a GUID to a tag, note or theme that an entry from before format 3 brings back without one', () => {
    const { nb, writer, first } = setUp();
    const { guid: _theme, ...oldTheme } = themeRow(3);
    const { guid: _note, ...oldNote } = noteRow(first, 'old');
    writer.applyAll([
      { type: 'tags-add', themeId: 2, tags: [{ sentenceId: first, coder: 'ana', at: AT }] },
      { type: 'note', sentenceId: first, before: null, after: oldNote as NoteRow },
      { type: 'theme', themeId: 3, before: null, after: oldTheme as ThemeRow },
    ]);
    const rows = nb.rows();
    expect([rows.tags[0]?.guid, rows.notes[0]?.guid, rows.themes[2]?.guid]).toEqual([
      expect.stringMatching(GUID), expect.stringMatching(GUID), expect.stringMatching(GUID),
    ]);
    // An edit recorded before format 3 keeps the GUID the row has.
    const kept = rows.notes[0]!.guid;
    writer.apply({ type: 'note', sentenceId: first, before: oldNote as NoteRow, after: { ...oldNote, body: 'newer' } as NoteRow });
    expect(nb.rows().notes[0]).toMatchObject({ body: 'newer', guid: kept });
  });

  it('writes, rewrites and deletes a note, with its times', () => {
    const { nb, writer, first } = setUp();
    const written = noteRow(first, 'first');
    const rewritten = noteRow(first, 'second', { created_at: LATER, updated_at: LATER });
    expectUndoable(
      nb,
      writer,
      [
        { type: 'note', sentenceId: first, before: null, after: written },
        { type: 'note', sentenceId: first, before: written, after: rewritten },
      ],
      () => expect(nb.rows().notes).toEqual([rewritten]),
    );
    writer.apply({ type: 'note', sentenceId: first, before: null, after: written });
    expectUndoable(nb, writer, [{ type: 'note', sentenceId: first, before: written, after: null }], () => expect(nb.rows().notes).toEqual([]));
  });

  it('adds, rewrites every column of, and deletes a theme', () => {
    const { nb, writer } = setUp();
    const added = themeRow(3, { name: 'Gas', key_slot: 3 });
    const rewritten: ThemeRow = {
      id: 3, name: 'Gas prices', colour: '#0072B2', description: 'Why', key_slot: 4, position: 0, parent_id: 1, created_at: LATER, guid: 'theme-3',
    };
    expectUndoable(
      nb,
      writer,
      [
        { type: 'theme', themeId: 3, before: null, after: added },
        { type: 'theme', themeId: 3, before: added, after: rewritten },
      ],
      () => expect(nb.rows().themes[2]).toEqual(rewritten),
    );
    expectUndoable(nb, writer, [{ type: 'theme', themeId: 2, before: themeRow(2), after: null }], () => {
      expect(nb.rows().themes.map((t) => t.id)).toEqual([1]);
    });
  });

  it('hides and shows a document, stamping when it was removed', () => {
    const { nb, writer, doc } = setUp();
    expectUndoable(nb, writer, [{ type: 'document-visibility', documentId: doc, visible: false, at: LATER }], () => {
      expect(nb.rows().documents[0]!.removed_at).toBe(LATER);
    });
  });

  it('refuses a tag that is already there rather than recording it twice', () => {
    const { nb, writer, first } = setUp();
    const op: Operation = { type: 'tags-add', themeId: 1, tags: [{ sentenceId: first, coder: 'ana', at: AT }] };
    writer.apply(op);
    expect(() => writer.apply(op)).toThrow(/UNIQUE constraint failed/);
    expect(nb.rows().tags).toHaveLength(1);
  });

  it('refuses a theme whose key another theme holds, as the schema keeps one theme per key', () => {
    const { nb, writer } = setUp();
    const before = nb.rows();
    expect(() => writer.apply({ type: 'theme', themeId: 3, before: null, after: themeRow(3, { key_slot: 1 }) })).toThrow(/UNIQUE constraint failed/);
    expect(nb.rows()).toEqual(before);
  });
});
