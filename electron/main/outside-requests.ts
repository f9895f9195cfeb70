/**
 * Notebooks the system asks the app to open: a second launch, macOS's
 * open-file, Open Recent. They can come before start-up has finished (a
 * double-click while the first notebook is still being checked), so until
 * the app can open them they are held, and then handed over in order.
 */
export type OpenRequestHandler = (notebookPath: string | null) => void;

export class OutsideRequests {
  readonly #held: string[] = [];
  #handler: OpenRequestHandler | null = null;

  /** A request; null brings the window forward without naming a notebook. */
  ask(notebookPath: string | null): void {
    if (this.#handler) this.#handler(notebookPath);
    else if (notebookPath !== null) this.#held.push(notebookPath);
  }

  /** The earliest held request, taken to be the first notebook opened at start-up. */
  takeEarliest(): string | null {
    return this.#held.shift() ?? null;
  }

  /** From now on requests go to handler, the held ones first. */
  handle(handler: OpenRequestHandler): void {
    this.#handler = handler;
    for (const notebookPath of this.#held.splice(0)) handler(notebookPath);
  }
}
