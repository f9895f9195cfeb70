import type { NotebookContext } from './context';
import type { History } from './history';
import { newGuid } from './guid';
import { NotebookError } from './notebook-error';
import type { TagRecord } from './operations';
import { describeSentences, requireSentences } from './sentences';
import { themeRow } from './themes';

export type TagChange = 'add' | 'remove' | 'toggle';

/**
 * Adds or removes one theme on a set of sentences as one undoable step.
 * Toggle removes the theme when every sentence already carries it, and
 * otherwise adds it to those that lack it, as pressing a theme key does.
 */
export function changeTags(
  ctx: NotebookContext,
  history: History,
  sentenceIds: number[],
  themeId: number,
  change: TagChange,
): { applied: boolean; changed: number } {
  const ids = [...new Set(sentenceIds)];
  if (ids.length === 0) throw new NotebookError('invalid-input', 'Select at least one sentence to tag.');
  const theme = themeRow(ctx, themeId);
  const sentences = requireSentences(ctx, ids);
  const existing = new Map<number, TagRecord>();
  // A coder's key press adds and removes their own tags only; other coders' stay as they coded them.
  const lookup = ctx.sql('SELECT coder, tagged_at, guid FROM tags WHERE sentence_id = ? AND theme_id = ? AND coder = ?');
  for (const id of ids) {
    const row = lookup.get(id, themeId, ctx.coder) as { coder: string; tagged_at: string; guid: string } | undefined;
    if (row) existing.set(id, { sentenceId: id, coder: row.coder, at: row.tagged_at, guid: row.guid });
  }
  const add = change === 'add' || (change === 'toggle' && existing.size < ids.length);
  const where = describeSentences(ctx, sentences);
  if (add) {
    const at = ctx.now();
    const tags = ids.filter((id) => !existing.has(id)).map((id) => ({ sentenceId: id, coder: ctx.coder, at, guid: newGuid() }));
    history.record(`Tag ${where} as ${theme.name}`, tags.length ? [{ type: 'tags-add', themeId, tags }] : []);
    return { applied: true, changed: tags.length };
  }
  const tags = [...existing.values()];
  history.record(`Remove ${theme.name} from ${where}`, tags.length ? [{ type: 'tags-remove', themeId, tags }] : []);
  return { applied: false, changed: tags.length };
}
