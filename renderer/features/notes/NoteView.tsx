import type { Note } from '../../../electron/contract';
import { Icon } from '../../ui/Icon';

/** A saved note under its sentence; a click opens it for editing, unless the notebook is read-only (no onEdit). */
export function NoteView({ note, number, onEdit }: { note: Note; number: number; onEdit: ((number: number) => void) | undefined }) {
  if (!onEdit) {
    return (
      <div className="note read-only" role="note" aria-label={`Note on sentence ${number}`}>
        <p className="note-body">{note.body}</p>
      </div>
    );
  }
  return (
    <div className="note" role="note" aria-label={`Note on sentence ${number}`} onClick={() => onEdit(number)}>
      <p className="note-body">{note.body}</p>
      <button
        type="button"
        className="icon-button note-edit"
        aria-label={`Edit the note on sentence ${number}`}
        title="Edit note (n)"
        onClick={(event) => {
          event.stopPropagation();
          onEdit(number);
        }}
      >
        <Icon name="note" size={14} />
      </button>
    </div>
  );
}
