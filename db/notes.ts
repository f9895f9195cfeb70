import type { NotebookContext } from './context';
import type { History } from './history';
import { newGuid } from './guid';
import { NotebookError } from './notebook-error';
import { NOTE_COLUMNS, type NoteRow } from './rows';
import { requireSentences } from './sentences';
import { describeSentences } from './sentences';

export const NOTE_MAX_LENGTH = 200_000;

/** Writes the coder's own note on a sentence; a blank body removes it. Other coders' notes are theirs to change. */
export function setNote(ctx: NotebookContext, history: History, sentenceId: number, body: string): void {
  if (body.length > NOTE_MAX_LENGTH) {
    throw new NotebookError('invalid-input', `A note is at most ${NOTE_MAX_LENGTH.toLocaleString('en')} characters.`);
  }
  const [sentence] = requireSentences(ctx, [sentenceId]);
  const before = noteOf(ctx, sentenceId, ctx.coder);
  const now = ctx.now();
  const after: NoteRow | null =
    body.trim() === ''
      ? null
      : { sentence_id: sentenceId, coder: ctx.coder, body, created_at: before?.created_at ?? now, updated_at: now, guid: before?.guid ?? newGuid() };
  if (before?.body === after?.body) return;
  const where = describeSentences(ctx, [sentence!]);
  const label = after === null ? `Remove the note on ${where}` : `Edit the note on ${where}`;
  history.recordNote(label, { type: 'note', sentenceId, before, after });
}

/** One coder's note on a sentence, as the history records it. */
export function noteOf(ctx: NotebookContext, sentenceId: number, coder: string): NoteRow | null {
  return (
    (ctx.sql(`SELECT ${NOTE_COLUMNS} FROM notes WHERE sentence_id = ? AND coder = ?`).get(sentenceId, coder) as NoteRow | undefined) ?? null
  );
}
