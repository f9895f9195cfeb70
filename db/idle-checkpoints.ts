/**
 * When an open notebook's write-ahead log is folded back into the file.
 * SQLite does it by default inside whichever commit crosses 1,000 pages, so
 * one keystroke in a few hundred waits for a checkpoint's writes and syncs:
 * the tail of the durable tag. Here it happens once the researcher pauses,
 * with SQLite's own checkpoint kept only as a bound on a long burst of work.
 */
import type { Database } from 'better-sqlite3';

/** A pause this long after a change, and the log is folded in. */
export const IDLE_CHECKPOINT_MS = 1000;
/** SQLite still checkpoints inside a commit past this many pages (64 MB of 4 KB pages). */
export const CHECKPOINT_BOUND_PAGES = 16_384;
/** After a checkpoint the log file is cut back to at most this size. */
export const JOURNAL_SIZE_LIMIT_BYTES = 4 * 1024 * 1024;

export class IdleCheckpoints {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly idleMs: number = IDLE_CHECKPOINT_MS,
  ) {
    db.pragma(`wal_autocheckpoint = ${CHECKPOINT_BOUND_PAGES}`);
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
  }

  /** After each commit: the pause starts again. */
  changed(): void {
    if (this.timer) this.timer.refresh();
    else {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.checkpoint();
      }, this.idleMs);
      // A command-line process does not wait for it: closing the notebook checkpoints anyway.
      this.timer.unref();
    }
  }

  /**
   * Folds the log into the file now; false when it could not (the notebook is
   * closed, or the disk fails). The log file is kept and written over from its
   * start by the next change: cutting it to nothing would make each following
   * commit grow the file again, a slower sync than overwriting.
   */
  checkpoint(): boolean {
    this.cancel();
    if (!this.db.open) return false;
    try {
      // Exclusive locking: no reader can hold the log back, so a passive checkpoint folds all of it.
      const [result] = this.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number }[];
      return result?.busy === 0;
    } catch {
      // The log stays and is still read; the next checkpoint, or the next open, folds it in.
      return false;
    }
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
