/**
 * A note under its sentence: opened with n or a click, shown as typed, saved
 * after a pause in typing, on leaving it, and before anything that needs the
 * notebook to hold it (another document, export, a restore, closing).
 */
import { call } from '../../lib/themata';
import { actionsContext } from '../../state/actions-context';
import type { NotebookSession } from '../../state/notebook-session';
import { single } from '../../state/selection';
import type { SelectionActions } from '../reader/selection-actions';
import { KeyedAutosave } from '../../lib/keyed-autosave';

export class NoteActions {
  /** Note bodies by sentence id. */
  private readonly autosave: KeyedAutosave<string, number>;

  constructor(
    private readonly session: NotebookSession,
    private readonly selection: SelectionActions,
  ) {
    this.autosave = new KeyedAutosave<string, number>({
      delayMs: 500,
      save: (sentenceId, body) => this.save(sentenceId, body),
      onStateChange: (state) => session.notesSaveStateChanged(state),
    });
  }

  /** Opens the note of a sentence (the selected one by default) for writing. */
  edit(number?: number): void {
    if (this.session.refuseChange()) return;
    const s = this.session.state.get();
    const target = number ?? s.selection?.focus;
    if (target === undefined || !s.sentences) return;
    if (s.selection?.focus !== target) this.selection.select(single(target), true, false);
    this.session.state.set({ noteEditing: target, view: 'reader' });
  }

  /** Shows the new text at once and saves it after a pause in typing. */
  change(number: number, body: string): void {
    const { state } = this.session;
    const store = state.get().sentences;
    const sentence = store?.get(number);
    if (!store || !sentence || this.session.readOnly) return;
    const now = new Date().toISOString();
    const coder = state.get().notebook?.coder ?? '';
    const note = body.trim() === '' ? null : { sentenceId: sentence.id, coder, body, createdAt: sentence.note?.createdAt ?? now, updatedAt: now };
    const hadNote = sentence.note !== null;
    store.replace([{ ...sentence, note }]);
    if (hadNote !== (note !== null)) {
      state.set((s) => ({
        documents: s.documents.map((d) =>
          d.id === store.documentId ? { ...d, noteCount: Math.max(0, d.noteCount + (note ? 1 : -1)) } : d,
        ),
      }));
    }
    this.autosave.change(sentence.id, body);
  }

  /** Closes the note being written (back to its sentence, unless the focus goes elsewhere) and saves it. */
  async leave(focusSentence = true): Promise<void> {
    const number = this.session.state.get().noteEditing;
    this.session.state.set({ noteEditing: null });
    if (number !== null && focusSentence) this.selection.select(single(number), true);
    await this.autosave.flush();
  }

  /** Saves every note waiting for a pause in typing, now. */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  private async save(sentenceId: number, body: string): Promise<boolean> {
    const result = await this.session.send(() => call('notes:set', { sentenceId, body }));
    // The counts and undo labels only: the note on screen is what the researcher is typing.
    if (result) await this.session.apply({ effects: { ...result, sentences: null } });
    return result !== null;
  }
}

/** The note actions, as this feature's components reach them. */
export const [NotesProvider, useNotes] = actionsContext<NoteActions>('note actions');
