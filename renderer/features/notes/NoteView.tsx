import type { Note } from '../../../electron/contract';
import { request } from '../../lib/themata';
import { Icon } from '../../ui/Icon';
import { NoteMarkdown } from './note-markdown';

/** A link in a note leaves the app only when the researcher says so. */
function openLink(url: string): void {
  if (!/^https?:\/\//i.test(url)) return;
  if (window.confirm(`Open this link in your browser?\n\n${url}`)) void request('shell:open-link', { url });
}

/** Whose note it is, when other coders' notes are shown beside it: the coder's mark and "you". */
function Owner({ mark }: { mark: string | undefined }) {
  if (mark === undefined) return null;
  return (
    <p className="other-note-coder">
      <span className="coder-mark" aria-hidden="true">
        {mark}
      </span>
      You
    </p>
  );
}

/**
 * A saved note under its sentence; a click opens it for editing, unless the notebook is read-only (no onEdit).
 * @param mark the coder's own mark, when other coders' notes are shown under it
 */
export function NoteView({ note, number, onEdit, mark }: { note: Note; number: number; onEdit: ((number: number) => void) | undefined; mark?: string | undefined }) {
  if (!onEdit) {
    return (
      <div className="note read-only" role="note" aria-label={`Note on sentence ${number}`}>
        <Owner mark={mark} />
        <NoteMarkdown body={note.body} openLink={openLink} />
      </div>
    );
  }
  return (
    <div className="note" role="note" aria-label={`Note on sentence ${number}`} onClick={() => onEdit(number)}>
      <Owner mark={mark} />
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
