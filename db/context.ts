import type { Database, Statement } from 'better-sqlite3';
import { RunningCounts } from './running-counts';
import type { TagView } from './domain';

/** What every repository function needs: the open notebook, who is coding, and the clock. */
export interface NotebookContext {
  readonly db: Database;
  /** Who is coding: key presses and notes change this coder's own tags and note. */
  coder: string;
  /** Whose tags and notes the reader shows. */
  view: TagView;
  /** ISO-8601 UTC; injectable so tests and exports are reproducible. */
  now(): string;
  /** A prepared statement for this SQL, prepared once per notebook and reused, in its default mode (rows as objects). */
  sql(text: string): Statement;
  /** Tags per theme, tagged sentences and notes per document, kept up to date by each change. */
  readonly counts: RunningCounts;
}

export function createContext(db: Database, coder: string, now: () => string): NotebookContext {
  const cache = new Map<string, Statement>();
  return {
    db,
    coder,
    view: { kind: 'everyone' },
    now,
    counts: new RunningCounts(db),
    sql(text) {
      let statement = cache.get(text);
      if (!statement) {
        statement = db.prepare(text);
        cache.set(text, statement);
      } else if (statement.reader && !statement.busy) {
        // Handed back as prepared: one caller's .raw() or .pluck() must not change what the next caller's rows look like.
        // (A statement still iterating cannot change mode; it is then handed back as it is.)
        statement.raw(false).pluck(false).expand(false);
      }
      return statement;
    },
  };
}
