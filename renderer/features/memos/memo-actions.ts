/** Memos on the notebook, a document or a theme: read when their editor opens, saved as they are typed. */
import type { Memo, MemoSubject } from '../../../electron/contract';
import { KeyedAutosave } from '../../lib/keyed-autosave';
import { call } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';

export function memoKey(subject: MemoSubject): string {
  return subject.kind === 'notebook' ? 'notebook' : subject.kind === 'document' ? `document:${subject.documentId}` : `theme:${subject.themeId}`;
}

export class MemoActions {
  private readonly autosave: KeyedAutosave<{ subject: MemoSubject; body: string }>;

  constructor(private readonly session: NotebookSession) {
    this.autosave = new KeyedAutosave({
      delayMs: 500,
      save: (_key, { subject, body }) => this.save(subject, body),
      onStateChange: (state) => session.typingSaveStateChanged('memos', state),
    });
  }

  /** The memo as the notebook holds it; null when there is none (or it could not be read, said on screen). */
  async read(subject: MemoSubject): Promise<Memo | null> {
    await this.autosave.flush();
    const result = await call('memos:get', { subject });
    return result.ok ? result.value : null;
  }

  change(subject: MemoSubject, body: string): void {
    if (this.session.readOnly) return;
    this.autosave.change(memoKey(subject), { subject, body });
  }

  /** Opens the memo on the notebook, a document or a theme in its own window. */
  open(subject: MemoSubject): void {
    this.session.state.set({ dialog: { kind: 'memo', subject } });
  }

  flush(): Promise<void> {
    return this.autosave.flush();
  }

  private async save(subject: MemoSubject, body: string): Promise<boolean> {
    const result = await this.session.send(() => call('memos:set', { subject, body }));
    if (!result) return false;
    await this.session.apply({ history: result.history });
    return true;
  }
}

/** The memo actions, as this feature's components reach them. */
export const [MemosProvider, useMemos] = actionsContext<MemoActions>('memo actions');
