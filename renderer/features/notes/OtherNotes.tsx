import type { Note } from '../../../electron/contract';
import { request } from '../../lib/themata';
import { NoteMarkdown } from './note-markdown';

function openLink(url: string): void {
  if (!/^https?:\/\//i.test(url)) return;
  if (window.confirm(`Open this link in your browser?\n\n${url}`)) void request('shell:open-link', { url });
}

/** Other coders' notes on a sentence, under the coder's own: read, never edited here. */
export function OtherNotes({ notes, number, marks }: { notes: readonly Note[]; number: number; marks: ReadonlyMap<string, string> | null }) {
  if (notes.length === 0) return null;
  return (
    <>
      {notes.map((note) => (
        <div key={note.coder} className="note other-note" role="note" aria-label={`${note.coder}’s note on sentence ${number}`}>
          <p className="other-note-coder">
            {marks?.get(note.coder) ? (
              <span className="coder-mark" aria-hidden="true">
                {marks.get(note.coder)}
              </span>
            ) : null}
            {note.coder}
          </p>
          <NoteMarkdown body={note.body} openLink={openLink} />
        </div>
      ))}
    </>
  );
}
