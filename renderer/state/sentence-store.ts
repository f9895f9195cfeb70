/**
 * The open document's sentences, fetched a page at a time as the reader needs
 * them, and edited in place for optimistic updates. React reads it through
 * `subscribe`/`getSnapshot` (the versions tell what kind of change happened).
 */
import type { Sentence, SentencePage } from '../../electron/contract';

export type FetchPage = (offset: number, limit: number) => Promise<SentencePage | null>;

export interface SentenceStoreSnapshot {
  total: number;
  /** Changes when pages arrive: the rows of the reader may be cut differently. */
  layoutVersion: number;
  /** Changes whenever any sentence changes. */
  dataVersion: number;
}

export const PAGE_SIZE = 2000;

/** The page (from 0) that holds a sentence (numbers count from 1). */
export function pageOf(number: number, pageSize: number): number {
  return Math.floor((number - 1) / pageSize);
}

export class SentenceStore {
  private readonly pages = new Map<number, Sentence[]>();
  private readonly inFlight = new Map<number, Promise<boolean>>();
  private readonly stale = new Set<number>();
  /** Per page, how many local edits it has had: a fetch that raced an edit is not trusted. */
  private readonly edits = new Map<number, number>();
  private readonly listeners = new Set<() => void>();
  private snapshot: SentenceStoreSnapshot;
  private disposed = false;
  /** The pages the reader shows now: after a change they are fetched again first. */
  pagesInView: readonly number[] = [0];

  constructor(
    readonly documentId: number,
    total: number,
    private readonly fetchPage: FetchPage,
    readonly pageSize: number = PAGE_SIZE,
  ) {
    this.snapshot = { total, layoutVersion: 0, dataVersion: 0 };
  }

  readonly getSnapshot = (): SentenceStoreSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get total(): number {
    return this.snapshot.total;
  }

  get(number: number): Sentence | undefined {
    const page = this.pages.get(pageOf(number, this.pageSize));
    return page?.[(number - 1) % this.pageSize];
  }

  readonly isPageLoaded = (page: number): boolean => this.pages.has(page);

  readonly paragraphOf = (number: number): number | undefined => this.get(number)?.paragraph;

  /** Fetches a page unless it is here and fresh; resolves to whether it is here. */
  ensurePage(page: number): Promise<boolean> {
    if (page < 0 || page * this.pageSize >= Math.max(this.snapshot.total, 1)) return Promise.resolve(false);
    if (this.pages.has(page) && !this.stale.has(page)) return Promise.resolve(true);
    const pending = this.inFlight.get(page);
    if (pending) return pending;
    const editsAtStart = this.edits.get(page) ?? 0;
    const promise = this.fetchPage(page * this.pageSize, this.pageSize).then((result) => {
      this.inFlight.delete(page);
      if (this.disposed || !result) return this.pages.has(page);
      if ((this.edits.get(page) ?? 0) !== editsAtStart) {
        // An optimistic edit landed while this page was on its way: keep the edit, fetch again later.
        this.stale.add(page);
        return this.pages.has(page);
      }
      const fresh = !this.pages.has(page);
      this.pages.set(page, result.sentences);
      this.stale.delete(page);
      const totalChanged = result.total !== this.snapshot.total;
      this.publish(fresh || totalChanged, result.total);
      return true;
    });
    this.inFlight.set(page, promise);
    return promise;
  }

  /** Makes sure every sentence from `low` to `high` is here. */
  async ensureRange(low: number, high: number): Promise<boolean> {
    const first = pageOf(Math.max(low, 1), this.pageSize);
    const last = pageOf(Math.min(high, this.snapshot.total), this.pageSize);
    const results = await Promise.all(
      Array.from({ length: Math.max(last - first + 1, 0) }, (_, i) => this.ensurePage(first + i)),
    );
    return results.every(Boolean);
  }

  /** Replaces sentences (matched by number) with edited copies. */
  replace(sentences: readonly Sentence[]): void {
    if (sentences.length === 0) return;
    const touched = new Map<number, Sentence[]>();
    for (const sentence of sentences) {
      const index = pageOf(sentence.number, this.pageSize);
      let page = touched.get(index);
      if (!page) {
        const current = this.pages.get(index);
        if (!current) continue;
        page = current.slice();
        touched.set(index, page);
      }
      page[(sentence.number - 1) % this.pageSize] = sentence;
    }
    for (const [index, page] of touched) {
      this.pages.set(index, page);
      this.edits.set(index, (this.edits.get(index) ?? 0) + 1);
    }
    if (touched.size > 0) this.publish(false);
  }

  /**
   * After an undo, a redo or a change from outside: every page may be out of
   * date. The ones given (by default those in view) are fetched again now, the
   * rest when next needed; the old text stays on screen until the new
   * arrives, so nothing flickers.
   */
  async refresh(pagesInView: readonly number[] = this.pagesInView): Promise<void> {
    for (const page of this.pages.keys()) this.stale.add(page);
    await Promise.all(pagesInView.map((page) => this.ensurePage(page)));
  }

  loadedPages(): number[] {
    return [...this.pages.keys()].sort((a, b) => a - b);
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  private publish(layoutChanged: boolean, total = this.snapshot.total): void {
    this.snapshot = {
      total,
      layoutVersion: this.snapshot.layoutVersion + (layoutChanged || total !== this.snapshot.total ? 1 : 0),
      dataVersion: this.snapshot.dataVersion + 1,
    };
    for (const listener of [...this.listeners]) listener();
  }
}
