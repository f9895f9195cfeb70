/**
 * The app's one workspace window: opened when it is needed, brought forward
 * when it is already open, forgotten when it closes. Its title names the open
 * notebook, also when the window is opened after the notebook changed.
 */

/** What this needs of a BrowserWindow. */
export interface WindowLike {
  on(event: 'closed', listener: () => void): unknown;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  setTitle(title: string): void;
}

export class OneWindow<W extends WindowLike> {
  #window: W | null = null;

  constructor(
    private readonly open: (title: string) => W,
    private title: string,
  ) {}

  /** The open window, or null. */
  get current(): W | null {
    return this.#window;
  }

  setTitle(title: string): void {
    this.title = title;
    this.#window?.setTitle(title);
  }

  /** Shows the window; true when it was already open (its page may hold an unsaved note). */
  show(): boolean {
    const open = this.#window;
    if (open) {
      if (open.isMinimized()) open.restore();
      open.focus();
      return true;
    }
    const window = this.open(this.title);
    window.on('closed', () => {
      if (this.#window === window) this.#window = null;
    });
    this.#window = window;
    return false;
  }
}
