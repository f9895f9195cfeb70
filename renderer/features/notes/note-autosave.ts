/**
 * Notes save as the researcher types: each change waits a moment for the
 * next keystroke, then goes to the notebook. Leaving the note, switching
 * documents or closing the window flushes what is waiting.
 */
import type { SaveState } from '../../state/workspace-state';

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface NoteAutosaveOptions {
  delayMs?: number;
  /** Writes one note; resolves to whether the notebook took it. */
  save: (sentenceId: number, body: string) => Promise<boolean>;
  onStateChange?: (state: SaveState) => void;
  timers?: Timers;
}

export class NoteAutosave {
  private readonly waiting = new Map<number, string>();
  private timer: unknown = null;
  private saving = 0;
  private failed = false;
  private state: SaveState = 'saved';
  private readonly delayMs: number;
  private readonly timers: Timers;

  constructor(private readonly options: NoteAutosaveOptions) {
    this.delayMs = options.delayMs ?? 500;
    this.timers = options.timers ?? realTimers;
  }

  get saveState(): SaveState {
    return this.state;
  }

  /** The body waiting to be saved for a sentence, if any. */
  waitingBody(sentenceId: number): string | undefined {
    return this.waiting.get(sentenceId);
  }

  change(sentenceId: number, body: string): void {
    this.waiting.set(sentenceId, body);
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
    this.update();
  }

  /** Saves everything waiting, now. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
    const batch = [...this.waiting];
    this.waiting.clear();
    if (batch.length === 0) return;
    this.saving += batch.length;
    this.update();
    const results = await Promise.all(batch.map(([sentenceId, body]) => this.options.save(sentenceId, body)));
    this.saving -= batch.length;
    this.failed = results.some((ok) => !ok);
    this.update();
  }

  private update(): void {
    const next: SaveState =
      this.saving > 0 ? 'saving' : this.waiting.size > 0 ? 'pending' : this.failed ? 'failed' : 'saved';
    if (next === this.state) return;
    this.state = next;
    this.options.onStateChange?.(next);
  }
}
