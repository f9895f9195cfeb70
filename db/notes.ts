import type { NotebookContext } from './context';
import type { History } from './history';
import { newGuid } from './guid';
import { NotebookError } from './notebook-error';
import type { NoteRow } from './rows';
import { requireSentences } from './sentences';
import { describeSentences } from './sentences';

export const NOTE_MAX_LENGTH = 200_000;

/** Writes a sentence's note; a blank body removes it. */
export function setNote(ctx: NotebookContext, history: History, sentenceId: number, body: string): void {
  if (body.length > NOTE_MAX_LENGTH) {
    throw new NotebookError('invalid-input', `A note is at most ${NOTE_MAX_LENGTH.toLocaleString('en')} characters.`);
  }
  const [sentence] = requireSentences(ctx, [sentenceId]);
  const before = (ctx.sql('SELECT * FROM notes WHERE sentence_id = ?').get(sentenceId) as NoteRow | undefined) ?? null;
  const now = ctx.now();
  const after: NoteRow | null =
    body.trim() === '' ? null : { sentence_id: sentenceId, body, created_at: before?.created_at ?? now, updated_at: now, guid: before?.guid ?? newGuid() };
  if (before?.body === after?.body) return;
  const where = describeSentences(ctx, [sentence!]);
  const label = after === null ? `Remove the note on ${where}` : `Edit the note on ${where}`;
  history.recordNote(label, { type: 'note', sentenceId, before, after });
}
