/**
 * A document's details, edited in its details panel: each field saved as it
 * is typed (one undo step per field), attributes added, renamed and removed,
 * and the documents list sorted by them.
 */
import type { DetailsPatch, DocumentSummary } from '../../../electron/contract';
import { KeyedAutosave } from '../../lib/keyed-autosave';
import { call } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import type { DocumentSort } from '../../state/workspace-state';

export class DetailsActions {
  private readonly autosave: KeyedAutosave<DetailsPatch>;

  constructor(private readonly session: NotebookSession) {
    this.autosave = new KeyedAutosave<DetailsPatch>({
      delayMs: 500,
      save: (key, patch) => this.save(Number(key.split(':')[0]), patch),
      onStateChange: (state) => session.typingSaveStateChanged('details', state),
    });
  }

  /** Shows or hides the open document's details. */
  toggle(open = !this.session.state.get().detailsOpen): void {
    this.session.state.set({ detailsOpen: open, view: 'reader' });
  }

  /** One field typed into (`field` names it: title, outlet, an attribute's value...): saved after a pause. */
  change(documentId: number, field: string, patch: DetailsPatch): void {
    if (this.session.readOnly) return;
    this.autosave.change(`${documentId}:${field}`, patch);
  }

  /** A field put back to what is stored: nothing to save. */
  unchanged(documentId: number, field: string): void {
    this.autosave.drop(`${documentId}:${field}`);
  }

  /** Sets or removes attributes at once (adding one, removing one). */
  async setNow(documentId: number, patch: DetailsPatch): Promise<boolean> {
    if (this.session.refuseChange()) return false;
    await this.autosave.flush();
    return this.save(documentId, patch);
  }

  async renameAttribute(documentId: number, from: string, to: string): Promise<boolean> {
    if (this.session.refuseChange()) return false;
    await this.autosave.flush();
    const result = await this.session.send(() => call('documents:rename-attribute', { documentId, from, to }));
    if (!result) return false;
    this.replaceDocument(result.document);
    await this.session.apply({ history: result.history });
    return true;
  }

  sortBy(documentSort: DocumentSort): void {
    this.session.state.set({ documentSort });
  }

  /** Saves every detail waiting for a pause in typing, now. */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  private async save(documentId: number, patch: DetailsPatch): Promise<boolean> {
    const result = await this.session.send(() => call('documents:set-details', { documentId, patch }));
    if (!result) return false;
    this.replaceDocument(result.document);
    await this.session.apply({ history: result.history });
    return true;
  }

  private replaceDocument(document: DocumentSummary): void {
    this.session.state.set((s) => ({ documents: s.documents.map((d) => (d.id === document.id ? document : d)) }));
  }
}

/** The documents in the order the researcher chose: import order, or by title, outlet or date (those without last). */
export function sortDocuments(documents: readonly DocumentSummary[], sort: DocumentSort): readonly DocumentSummary[] {
  if (sort === 'import') return documents;
  const compare = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
  const keyOf = (d: DocumentSummary): string | null => (sort === 'title' ? d.title : sort === 'outlet' ? d.outlet : d.publishedOn);
  return [...documents].sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    if (x === null || y === null) return x === y ? a.id - b.id : x === null ? 1 : -1;
    return compare(x, y) || a.id - b.id;
  });
}

/** The details actions, as this feature's components reach them. */
export const [DetailsProvider, useDetails] = actionsContext<DetailsActions>('details actions');
