/**
 * The consensus: after discussing a disagreement, the coders settle the
 * sentence into one more coder, CONSENSUS_CODER, keeping one coder's answer,
 * another's, both or neither. A settling is one change in the history, so
 * undo takes it back and the audit trail says who settled what, keeping whose.
 */
import type { NotebookContext } from '../context';
import { newGuid } from '../guid';
import type { History } from '../history';
import { NotebookError } from '../notebook-error';
import type { Operation, TagRecord } from '../operations';
import { describeSentences, requireSentences } from '../sentences';
import { themeRow } from '../themes';
import { CONSENSUS_CODER, type SettleRequest } from './domain';
import { listCoders } from './coders';

function keptLabel(keep: readonly string[]): string {
  if (keep.length === 0) return 'keep neither';
  const names = keep.map((name) => `${name}’s`);
  return `keep ${names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`}`;
}

/**
 * Writes the consensus coder's tags for these themes on the sentence as the
 * union of the kept coders' tags, and records the settling itself, so a
 * sentence settled on "neither" (no tag to write) still reads as settled.
 */
export function settle(ctx: NotebookContext, history: History, request: SettleRequest): { themeId: number; present: boolean }[] {
  const [sentence] = requireSentences(ctx, [request.sentenceId]);
  const themeIds = [...new Set(request.themeIds)];
  if (themeIds.length === 0) throw new NotebookError('invalid-input', 'Choose a theme to settle.');
  const themes = themeIds.map((id) => themeRow(ctx, id));
  const keep = [...new Set(request.keep.map((name) => name.trim()))];
  const known = new Set(listCoders(ctx).map((c) => c.name));
  for (const name of keep) {
    if (name === CONSENSUS_CODER) throw new NotebookError('invalid-input', `Keep the answer of a coder; "${CONSENSUS_CODER}" is where it is kept.`);
    if (!known.has(name)) throw new NotebookError('not-found', `No coder named "${name}" has coded in this notebook.`);
  }
  const holds = ctx.sql('SELECT coder, tagged_at, guid FROM tags WHERE sentence_id = ? AND theme_id = ? AND coder = ?');
  const keptBy = ctx.sql('SELECT 1 FROM tags WHERE sentence_id = ? AND theme_id = ? AND coder IN (SELECT value FROM json_each(?))').pluck();
  const at = ctx.now();
  const ops: Operation[] = [];
  const outcome = themeIds.map((themeId) => {
    const present = keep.length > 0 && keptBy.get(request.sentenceId, themeId, JSON.stringify(keep)) !== undefined;
    const existing = holds.get(request.sentenceId, themeId, CONSENSUS_CODER) as { coder: string; tagged_at: string; guid: string } | undefined;
    if (present && !existing) {
      ops.push({ type: 'tags-add', themeId, tags: [{ sentenceId: request.sentenceId, coder: CONSENSUS_CODER, at, guid: newGuid() }] });
    } else if (!present && existing) {
      const tag: TagRecord = { sentenceId: request.sentenceId, coder: existing.coder, at: existing.tagged_at, guid: existing.guid };
      ops.push({ type: 'tags-remove', themeId, tags: [tag] });
    }
    return { themeId, present };
  });
  ops.push({ type: 'consensus', sentenceId: request.sentenceId, themeIds, keep });
  const on = themes.map((t) => t.name).join(', ');
  history.record(`Settle ${describeSentences(ctx, [sentence!])} on ${on}: ${keptLabel(keep)}`, ops);
  return outcome;
}

/**
 * The sentences settled on a theme: those a settling names, in a change that
 * stands (never undone, or redone since). Read from the history, which is
 * where a settling on "neither" leaves its only trace.
 */
export function settledSentences(ctx: NotebookContext, themeId: number): Set<number> {
  const settlings = ctx
    .sql(`SELECT id, ops FROM history WHERE kind = 'change' AND ops LIKE '%"type":"consensus"%' ORDER BY id`)
    .all() as { id: number; ops: string }[];
  const settled = new Set<number>();
  if (settlings.length === 0) return settled;
  // The last undo or redo of a change says whether it stands.
  const last = new Map<number, string>();
  for (const row of ctx.sql(`SELECT kind, target_id FROM history WHERE kind IN ('undo', 'redo') ORDER BY id`).all() as { kind: string; target_id: number }[]) {
    last.set(row.target_id, row.kind);
  }
  for (const settling of settlings) {
    if (last.get(settling.id) === 'undo') continue;
    for (const op of JSON.parse(settling.ops) as Operation[]) {
      if (op.type === 'consensus' && op.themeIds.includes(themeId)) settled.add(op.sentenceId);
    }
  }
  return settled;
}
