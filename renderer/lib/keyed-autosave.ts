/**
 * Saving as the researcher types, for fields named by a key (a sentence's
 * note, a memo, one detail of one document): each change waits a moment for
 * the next keystroke, then goes to the notebook; flush() saves what is
 * waiting now (leaving the field, switching documents, closing the window).
 */
import type { SaveState } from '../state/workspace-state';

/** setTimeout and clearTimeout, or a test's own. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface KeyedAutosaveOptions<V, K> {
  delayMs?: number;
  /** Writes one field; resolves to whether the notebook took it. */
  save: (key: K, value: V) => Promise<boolean>;
  onStateChange?: (state: SaveState) => void;
  timers?: Timers;
}

export class KeyedAutosave<V, K = string> {
  private readonly waiting = new Map<K, V>();
  private timer: unknown = null;
  private saving = 0;
  private failed = false;
  private state: SaveState = 'saved';
  private readonly delayMs: number;
  private readonly timers: Timers;

  constructor(private readonly options: KeyedAutosaveOptions<V, K>) {
    this.delayMs = options.delayMs ?? 500;
    this.timers = options.timers ?? realTimers;
  }

  get saveState(): SaveState {
    return this.state;
  }

  change(key: K, value: V): void {
    this.waiting.set(key, value);
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
    this.update();
  }

  /** Forgets a change not yet saved (the field went back to what is stored). */
  drop(key: K): void {
    this.waiting.delete(key);
    this.update();
  }

  /** Saves everything waiting, now, one field after another in the order they were typed. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
    const batch = [...this.waiting];
    this.waiting.clear();
    if (batch.length === 0) return;
    this.saving += 1;
    this.update();
    let ok = true;
    for (const [key, value] of batch) ok = (await this.options.save(key, value)) && ok;
    this.saving -= 1;
    this.failed = !ok;
    this.update();
  }

  private update(): void {
    const next: SaveState = this.saving > 0 ? 'saving' : this.waiting.size > 0 ? 'pending' : this.failed ? 'failed' : 'saved';
    if (next === this.state) return;
    this.state = next;
    this.options.onStateChange?.(next);
  }
}
