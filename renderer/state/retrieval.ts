/**
 * One retrieval for the Retrieve view: where its sentences are (the counts
 * per document) and its sentences, fetched a page at a time as the list
 * scrolls. The list shows a heading per document and the document's
 * sentences under it; `rowAt` finds what a row shows from the counts alone,
 * so a hundred thousand sentences never sit in memory at once.
 */
import type { RetrievedSentence, RetrievePage, RetrieveSummary } from '../../electron/contract';

export type FetchRetrieved = (offset: number, limit: number) => Promise<RetrievePage | null>;

export const RETRIEVE_PAGE_SIZE = 100;

export type RetrieveRow =
  | { kind: 'document'; documentId: number; title: string; count: number; group: number }
  /** The `index`-th retrieved sentence overall; `sentence` is undefined while its page is on its way. */
  | { kind: 'sentence'; index: number; documentId: number; group: number; sentence: RetrievedSentence | undefined };

export interface RetrievalSnapshot {
  version: number;
}

export class Retrieval {
  /** Per document, the row of its heading: heading g sits after g headings and the sentences before it. */
  private readonly starts: number[] = [];
  /** Per document, the overall index of its first sentence. */
  private readonly firstIndex: number[] = [];
  private readonly pages = new Map<number, RetrievedSentence[]>();
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private snapshot: RetrievalSnapshot = { version: 0 };
  readonly rowCount: number;

  constructor(
    readonly summary: RetrieveSummary,
    private readonly fetchPage: FetchRetrieved,
    readonly pageSize = RETRIEVE_PAGE_SIZE,
  ) {
    let row = 0;
    let index = 0;
    for (const document of summary.documents) {
      this.starts.push(row);
      this.firstIndex.push(index);
      row += 1 + document.count;
      index += document.count;
    }
    this.rowCount = row;
  }

  readonly getSnapshot = (): RetrievalSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** What row `row` of the list shows. */
  rowAt(row: number): RetrieveRow | undefined {
    if (row < 0 || row >= this.rowCount) return undefined;
    // The last heading at or before the row.
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle]! <= row) low = middle;
      else high = middle - 1;
    }
    const document = this.summary.documents[low]!;
    const offset = row - this.starts[low]!;
    if (offset === 0) return { kind: 'document', documentId: document.documentId, title: document.title, count: document.count, group: low };
    const index = this.firstIndex[low]! + offset - 1;
    return { kind: 'sentence', index, documentId: document.documentId, group: low, sentence: this.sentence(index) };
  }

  /** The row of the heading of a document's group. */
  headingRow(group: number): number {
    return this.starts[group] ?? 0;
  }

  sentence(index: number): RetrievedSentence | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Fetches the pages holding the sentences of rows `from`..`to`. */
  ensureRows(from: number, to: number): void {
    const first = this.rowAt(Math.max(from, 0));
    const last = this.rowAt(Math.min(to, this.rowCount - 1));
    if (!first || !last) return;
    const low = first.kind === 'sentence' ? first.index : this.firstIndex[first.group]!;
    const high = last.kind === 'sentence' ? last.index : this.firstIndex[last.group]!;
    for (let page = Math.floor(low / this.pageSize); page <= Math.floor(high / this.pageSize); page += 1) void this.ensurePage(page);
  }

  private ensurePage(page: number): Promise<void> {
    if (page * this.pageSize >= this.summary.total || this.pages.has(page)) return Promise.resolve();
    const pending = this.inFlight.get(page);
    if (pending) return pending;
    const promise = this.fetchPage(page * this.pageSize, this.pageSize).then((result) => {
      this.inFlight.delete(page);
      if (!result) return;
      this.pages.set(page, result.sentences);
      this.snapshot = { version: this.snapshot.version + 1 };
      for (const listener of [...this.listeners]) listener();
    });
    this.inFlight.set(page, promise);
    return promise;
  }
}
