import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { createContext, type NotebookContext } from '../context';
import { insertDocument, requireVisibleDocument, type DocumentInput } from '../documents';
import { History } from '../history';
import { migrate } from '../migrations';
import type { DocumentRow, NoteRow, SentenceRow, TagRow, ThemeRow } from '../rows';

/**
 * A clock the test drives: each reading moves it on by `stepMs` (so
 * timestamps are distinct), and `advance` jumps it, to step over the
 * one-minute window in which note edits fold into one undo step.
 */
export interface TestClock {
  (): string;
  advance(ms: number): void;
  /** The instant the next reading returns, as milliseconds since the epoch. */
  peek(): number;
}

export function testClock(start = Date.UTC(2026, 0, 5, 9, 0, 0), stepMs = 1000): TestClock {
  let next = start;
  const clock = (() => {
    const reading = new Date(next).toISOString();
    next += stepMs;
    return reading;
  }) as TestClock;
  clock.advance = (ms) => {
    next += ms;
  };
  clock.peek = () => next;
  return clock;
}

/** Every researcher-data row of a notebook, in a stable order; the history is left out as it only grows. */
export interface NotebookRows {
  documents: DocumentRow[];
  sentences: SentenceRow[];
  themes: ThemeRow[];
  tags: TagRow[];
  notes: NoteRow[];
}

export function notebookRows(db: Database.Database): NotebookRows {
  return {
    documents: db.prepare('SELECT * FROM documents ORDER BY id').all() as DocumentRow[],
    sentences: db.prepare('SELECT * FROM sentences ORDER BY id').all() as SentenceRow[],
    themes: db.prepare('SELECT * FROM themes ORDER BY id').all() as ThemeRow[],
    tags: db.prepare('SELECT * FROM tags ORDER BY sentence_id, theme_id, coder').all() as TagRow[],
    notes: db.prepare(`SELECT ${noteColumns(db)} FROM notes ORDER BY ${noteColumns(db).includes('coder') ? 'sentence_id, coder' : 'sentence_id'}`).all() as NoteRow[],
  };
}

/** A note's columns but its row id (format 4 on), so notebooks of every format compare by what they hold. */
function noteColumns(db: Database.Database): string {
  return (db.prepare("SELECT name FROM pragma_table_info('notes') WHERE name <> 'id' ORDER BY cid").pluck().all() as string[]).join(', ');
}

export function historyCount(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
}

/**
 * A migrated notebook held in memory, for calling repository functions
 * directly: the context and history Notebook builds, without a file.
 */
export interface MemoryNotebook {
  readonly db: Database.Database;
  readonly ctx: NotebookContext;
  readonly history: History;
  readonly clock: TestClock;
  /** Runs a change in one immediate transaction, as Notebook does: all of it lands, or none. */
  write<T>(change: () => T): T;
  /** Imports as Notebook.importDocument does: the rows, then an undoable step that shows them. */
  importDocument(input: DocumentInput): number;
  /** Removes as Notebook.deleteDocument does: an undoable step that hides the document. */
  removeDocument(documentId: number): void;
  /** The document's sentence ids, in reading order. */
  sentenceIds(documentId: number): number[];
  rows(): NotebookRows;
}

export function memoryNotebook(options: { coder?: string; clock?: TestClock } = {}): MemoryNotebook {
  const db = new Database(':memory:');
  // As openDatabase sets it: the schema's cascades and references hold only with it on.
  db.pragma('foreign_keys = ON');
  migrate(db);
  const clock = options.clock ?? testClock();
  const ctx = createContext(db, options.coder ?? 'ana', clock);
  const history = new History(ctx);
  const write = <T>(change: () => T): T => {
    try {
      return db.transaction(change).immediate();
    } catch (error) {
      // As Notebook does: counts that followed rolled-back operations are counted again.
      ctx.counts.forget();
      throw error;
    }
  };
  return {
    db,
    ctx,
    history,
    clock,
    write,
    importDocument(input) {
      return write(() => {
        const documentId = insertDocument(ctx, input);
        history.record(`Import ${input.title.trim()}`, [{ type: 'document-visibility', documentId, visible: true, at: ctx.now() }]);
        return documentId;
      });
    },
    removeDocument(documentId) {
      write(() => {
        const document = requireVisibleDocument(ctx, documentId);
        history.record(`Remove ${document.title}`, [{ type: 'document-visibility', documentId, visible: false, at: ctx.now() }]);
      });
    },
    sentenceIds(documentId) {
      return (db.prepare('SELECT id FROM sentences WHERE document_id = ? ORDER BY ordinal').all(documentId) as { id: number }[]).map((r) => r.id);
    },
    rows: () => notebookRows(db),
  };
}

/** A fresh in-memory notebook per call, closed after each test. */
export function useMemoryNotebook(options: { coder?: string } = {}): (clock?: TestClock) => MemoryNotebook {
  const open: MemoryNotebook[] = [];
  afterEach(() => {
    for (const notebook of open.splice(0)) notebook.db.close();
  });
  return (clock) => {
    const notebook = memoryNotebook({ ...options, ...(clock ? { clock } : {}) });
    open.push(notebook);
    return notebook;
  };
}
