import type { Statement } from 'better-sqlite3';
import type { HistoryState } from './domain';
import type { NotebookContext } from './context';
import { NotebookError } from './notebook-error';
import { inverse, type Operation, OperationWriter } from './operations';
import type { HistoryRow } from './rows';

/** Edits of the same note, memo or detail within this window undo as one step. */
const NOTE_TYPING_WINDOW_MS = 60_000;

/** A change that is typed (a note, a memo, a detail): each save writes `after`, and undo goes back to `before`. */
type TypedOperation = Extract<Operation, { type: 'note' | 'memo' | 'document-details' }>;

interface Typing {
  entryId: number;
  /** What is being typed into: one note, one memo, one detail of one document. */
  key: string;
  startedBefore: TypedOperation['before'];
  lastAt: number;
}

/**
 * The notebook's append-only history. Undo and redo append entries too; the
 * undo and redo stacks are derived by replaying the entry kinds, once at open
 * and incrementally after.
 */
export class History {
  private readonly writer: OperationWriter;
  private readonly insertEntry: Statement;
  private readonly entryById: Statement;
  private readonly labelById: Statement;
  private readonly undoStack: number[] = [];
  private redoStack: number[] = [];
  private typing: Typing | null = null;
  /** What undo and redo would do, asked after every call by the app's menu: kept until the stacks change. */
  private known: HistoryState | null = null;
  private appends = 0;

  constructor(private readonly ctx: NotebookContext) {
    this.writer = new OperationWriter(ctx.db, ctx.counts);
    this.insertEntry = ctx.db.prepare(
      'INSERT INTO history (at, coder, kind, label, target_id, ops) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.entryById = ctx.db.prepare('SELECT * FROM history WHERE id = ?');
    this.labelById = ctx.db.prepare('SELECT label FROM history WHERE id = ?').pluck();
    const entries = ctx.db
      .prepare('SELECT id, kind, target_id FROM history ORDER BY id')
      .all() as Pick<HistoryRow, 'id' | 'kind' | 'target_id'>[];
    for (const entry of entries) this.replay(entry);
  }

  /** Applies a change and records it. Call inside the caller's transaction. */
  record(label: string, ops: Operation[]): void {
    if (ops.length === 0) return;
    this.writer.applyAll(ops);
    const id = this.append('change', label, null, ops);
    this.replay({ id, kind: 'change', target_id: null });
    this.typing = null;
  }

  /**
   * Records a note edit; successive edits of one note while typing amend the
   * previous entry, so undo takes the whole edit back rather than a keystroke.
   */
  recordNote(label: string, op: Extract<Operation, { type: 'note' }>): void {
    this.recordTyping(`note:${op.sentenceId}`, label, op);
  }

  /**
   * Records an edit typed into one field (`key` names it): successive edits of
   * the same field within a minute amend the previous entry, which undo then
   * takes back whole, from before the first keystroke.
   */
  recordTyping(key: string, label: string, op: TypedOperation): void {
    const now = Date.parse(this.ctx.now());
    const typing = this.typing;
    const amends =
      typing !== null &&
      typing.key === key &&
      this.undoStack[this.undoStack.length - 1] === typing.entryId &&
      now - typing.lastAt <= NOTE_TYPING_WINDOW_MS;
    if (!amends) {
      this.record(label, [op]);
      this.typing = { entryId: this.undoStack[this.undoStack.length - 1]!, key, startedBefore: op.before, lastAt: now };
      return;
    }
    const merged = { ...op, before: typing.startedBefore } as TypedOperation;
    this.writer.apply(op);
    const id = this.append('change', label, typing.entryId, [merged]);
    this.replay({ id, kind: 'change', target_id: typing.entryId });
    this.typing = { ...typing, entryId: id, lastAt: now };
  }

  /** Everything recorded so far stays in the audit trail but can no longer be undone. */
  baseline(label: string): void {
    const id = this.append('baseline', label, null, []);
    this.replay({ id, kind: 'baseline', target_id: null });
    this.typing = null;
  }

  undo(): HistoryState {
    const target = this.undoStack[this.undoStack.length - 1];
    if (target === undefined) throw new NotebookError('nothing-to-undo', 'There is nothing to undo.');
    const entry = this.entry(target);
    this.writer.applyAll(inverse(parseOps(entry)));
    const id = this.append('undo', `Undo ${lowerFirst(entry.label)}`, target, []);
    this.replay({ id, kind: 'undo', target_id: target });
    this.typing = null;
    return this.state();
  }

  redo(): HistoryState {
    const target = this.redoStack[this.redoStack.length - 1];
    if (target === undefined) throw new NotebookError('nothing-to-redo', 'There is nothing to redo.');
    const entry = this.entry(target);
    this.writer.applyAll(parseOps(entry));
    const id = this.append('redo', `Redo ${lowerFirst(entry.label)}`, target, []);
    this.replay({ id, kind: 'redo', target_id: target });
    this.typing = null;
    return this.state();
  }

  state(): HistoryState {
    if (this.known) return { ...this.known };
    const undoId = this.undoStack[this.undoStack.length - 1];
    const redoId = this.redoStack[this.redoStack.length - 1];
    this.known = {
      canUndo: undoId !== undefined,
      canRedo: redoId !== undefined,
      // Only the labels: an entry's operations can be large (a tag on thousands of sentences).
      undoLabel: undoId === undefined ? null : (this.labelById.get(undoId) as string),
      redoLabel: redoId === undefined ? null : (this.labelById.get(redoId) as string),
    };
    return { ...this.known };
  }

  /**
   * Entries this history has appended. The stacks move with each one, inside
   * the caller's transaction: if that rolls back after this moved, they count
   * entries the file no longer has, and the history must be read again.
   */
  get appendCount(): number {
    return this.appends;
  }

  private append(kind: HistoryRow['kind'], label: string, target: number | null, ops: Operation[]): number {
    const result = this.insertEntry.run(this.ctx.now(), this.ctx.coder, kind, label, target, JSON.stringify(ops));
    this.appends += 1;
    return Number(result.lastInsertRowid);
  }

  private entry(id: number): HistoryRow {
    return this.entryById.get(id) as HistoryRow;
  }

  private replay(entry: Pick<HistoryRow, 'id' | 'kind' | 'target_id'>): void {
    this.known = null;
    switch (entry.kind) {
      case 'change':
        if (entry.target_id !== null && this.undoStack[this.undoStack.length - 1] === entry.target_id) {
          this.undoStack.pop();
        }
        this.undoStack.push(entry.id);
        this.redoStack = [];
        return;
      case 'undo':
        this.undoStack.pop();
        this.redoStack.push(entry.target_id!);
        return;
      case 'redo':
        this.redoStack.pop();
        this.undoStack.push(entry.target_id!);
        return;
      case 'baseline':
        this.undoStack.length = 0;
        this.redoStack = [];
        return;
    }
  }
}

function parseOps(entry: HistoryRow): Operation[] {
  return JSON.parse(entry.ops) as Operation[];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
