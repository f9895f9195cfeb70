import type { Note } from '../../../electron/contract';
import { request } from '../../lib/themata';
import { Icon } from '../../ui/Icon';
import { NoteMarkdown } from './note-markdown';

/** A link in a note leaves the app only when the researcher says so. */
function openLink(url: string): void {
  if (!/^https?:\/\//i.test(url)) return;
  if (window.confirm(`Open this link in your browser?\n\n${url}`)) void request('shell:open-link', { url });
}

/** A saved note under its sentence; a click opens it for editing, unless the notebook is read-only (no onEdit). */
export function NoteView({ note, number, onEdit }: { note: Note; number: number; onEdit: ((number: number) => void) | undefined }) {
  if (!onEdit) {
    return (
      <div className="note read-only" role="note" aria-label={`Note on sentence ${number}`}>
        <NoteMarkdown body={note.body} openLink={openLink} />
      </div>
    );
  }
  return (
    <div className="note" role="note" aria-label={`Note on sentence ${number}`} onClick={() => onEdit(number)}>
      <NoteMarkdown body={note.body} openLink={openLink} />
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
