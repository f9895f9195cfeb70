/**
 * Runs changes to the notebook one after another, in the order the
 * researcher made them, even when the screen has already shown them all.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private running = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    this.running += 1;
    const result = this.tail.then(task, task);
    this.tail = result.then(
      () => this.running--,
      () => this.running--,
    );
    return result;
  }

  /** Resolves once every change queued so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  get busy(): boolean {
    return this.running > 0;
  }
}
