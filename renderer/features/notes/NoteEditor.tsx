import { useEffect, useId, useRef, useState } from 'react';
import type { Sentence } from '../../../electron/contract';
import { useWorkspaceState } from '../../state/session-context';
import { Icon } from '../../ui/Icon';
import { useNotes } from './note-actions';
import { describeNoteScope, noteScope } from './note-scope';
import { SaveIndicator } from './SaveIndicator';

/**
 * Writing a note under its sentence. Saves as you type (after a pause), on
 * leaving the field, and when the window closes; no save button.
 */
export function NoteEditor({ sentence }: { sentence: Sentence }) {
  const notes = useNotes();
  const saveState = useWorkspaceState((s) => s.saveState);
  const selection = useWorkspaceState((s) => s.selection);
  const visible = useWorkspaceState((s) => s.filterMatches);
  const scope = noteScope(selection, sentence.number, visible);
  const scopeId = useId();
  const [body, setBody] = useState(() => sentence.note?.body ?? '');
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.setSelectionRange(field.value.length, field.value.length);
    // Show the whole note box (field and its saved state), not just the caret.
    (field.closest('.note') ?? field).scrollIntoView({ block: 'nearest' });
  }, []);

  return (
    <div className="note note-editing">
      <label className="note-label" htmlFor={id}>
        Note on sentence {sentence.number}
      </label>
      {scope ? (
        <p id={scopeId} className="note-scope">
          <Icon name="info" size={13} /> {describeNoteScope(scope)}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        className="note-field"
        aria-describedby={scope ? scopeId : undefined}
        value={body}
        rows={2}
        maxLength={200_000}
        placeholder="What do you notice here?"
        onChange={(event) => {
          setBody(event.target.value);
          notes.change(sentence.number, event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            void notes.leave(true);
          }
        }}
        onBlur={() => void notes.leave(false)}
      />
      <div className="note-meta">
        <SaveIndicator state={saveState} />
        <span className="note-hint">
          <kbd className="kbd">Esc</kbd> to finish
        </span>
      </div>
    </div>
  );
}
