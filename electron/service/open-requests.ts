import path from 'node:path';

/**
 * Notebooks the operating system asked to open (Open Recent, a second launch,
 * a double-clicked file). The page saves its pending note first and then
 * accepts the request, so the note lands in the notebook it was written in.
 * Only paths offered here can be opened that way: the page cannot name its own.
 */
export class OpenRequests {
  readonly #pending = new Set<string>();

  /** Records a request; returns the path the page will be told. */
  offer(filePath: string): string {
    const resolved = path.resolve(filePath);
    this.#pending.add(resolved);
    return resolved;
  }

  /** True, once, for a path that was offered. */
  take(filePath: string): boolean {
    return this.#pending.delete(path.resolve(filePath));
  }
}
