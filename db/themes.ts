import { CONTROL_CHARACTER, DIGITS_ONLY, DIRECTION_CONTROL, THEME_KEYS, type Theme } from './domain';
import type { NotebookContext } from './context';
import type { History } from './history';
import { NotebookError } from './notebook-error';
import { newGuid } from './guid';
import type { Operation, TagRecord } from './operations';
import { describeSentences, requireSentences } from './sentences';
import { nextThemeColour } from './palette';
import type { TagRow, ThemeRow } from './rows';
import { themeMemoRow } from './memos';
import { ancestorIds, subtreeIds, treeOrder } from './theme-tree';

export interface ThemeInput {
  name: string;
  colour?: string;
  description?: string;
  parentId?: number | null;
}

export type ThemePatch = Partial<ThemeInput>;

/**
 * The codebook as shown: depth first, each theme with its place, key (the
 * first nine places), depth, its own count kept by the running counts, and
 * for a theme with sub-themes the sentences of its whole subtree, each once.
 */
function toThemes(ctx: NotebookContext, rows: ThemeRow[], only: number | null = null): Theme[] {
  // Only the theme asked for is counted: a command-line tag need not count the whole codebook.
  return treeOrder(rows).flatMap(({ row, depth }, order) => {
    if (only !== null && row.id !== only) return [];
    const tagCount = ctx.counts.themeCount(row.id);
    const subtree = rows.some((r) => r.parent_id === row.id) ? subtreeIds(rows, row.id) : null;
    const theme: Theme = {
      id: row.id,
      name: row.name,
      colour: row.colour,
      description: row.description,
      key: order < THEME_KEYS ? order + 1 : null,
      order,
      parentId: row.parent_id,
      depth,
      tagCount,
      rollupCount: subtree ? ctx.counts.rollupCount(row.id, subtree) : tagCount,
    };
    return [theme];
  });
}

export function listThemes(ctx: NotebookContext): Theme[] {
  return toThemes(ctx, allRows(ctx));
}

export function getTheme(ctx: NotebookContext, themeId: number): Theme {
  themeRow(ctx, themeId);
  return toThemes(ctx, allRows(ctx), themeId)[0]!;
}

/** The roll-up counts of the themes above these ones, which a change to their tags moves. */
export function rollupsAbove(ctx: NotebookContext, themeIds: readonly number[]): { themeId: number; count: number }[] {
  const rows = allRows(ctx);
  const above = [...new Set(themeIds.flatMap((id) => ancestorIds(rows, id)))];
  return above.map((id) => ({ themeId: id, count: ctx.counts.rollupCount(id, subtreeIds(rows, id)) }));
}

export function themeRow(ctx: NotebookContext, themeId: number): ThemeRow {
  const row = ctx.sql('SELECT * FROM themes WHERE id = ?').get(themeId) as ThemeRow | undefined;
  if (!row) throw new NotebookError('not-found', `There is no theme ${themeId} in this codebook.`);
  return row;
}

/** Finds a theme by id, key slot or name (case-insensitive), as researchers refer to them on the command line. */
export function findTheme(ctx: NotebookContext, reference: string): Theme {
  const rows = allRows(ctx);
  const themes = treeOrder(rows).map((placed) => placed.row);
  const wanted = reference.trim();
  const byName = themes.find((t) => t.name.toLowerCase() === wanted.toLowerCase());
  if (byName) return getTheme(ctx, byName.id);
  if (/^\d+$/.test(wanted)) {
    const number = Number(wanted);
    // Keys are places in codebook order: key 3 is the third theme shown.
    const byKey = number >= 1 && number <= THEME_KEYS ? themes[number - 1] : undefined;
    if (byKey) return getTheme(ctx, byKey.id);
    const byId = themes.find((t) => t.id === number);
    if (byId) return getTheme(ctx, byId.id);
  }
  const names = themes.map((t) => `"${t.name}"`).join(', ');
  throw new NotebookError(
    'not-found',
    `There is no theme "${reference}" in this codebook${names ? `; the themes are ${names}` : ''}.`,
  );
}

function allRows(ctx: NotebookContext): ThemeRow[] {
  return ctx.sql('SELECT * FROM themes ORDER BY position, id').all() as ThemeRow[];
}

function checkName(rows: ThemeRow[], name: string, exceptId: number | null): string {
  const trimmed = name.trim();
  if (!trimmed) throw new NotebookError('invalid-input', 'A theme needs a name.');
  if (trimmed.length > 120) throw new NotebookError('invalid-input', 'A theme name is at most 120 characters.');
  // The same rules as the contract's ThemeName, so the CLI refuses what the app refuses.
  if (CONTROL_CHARACTER.test(trimmed)) {
    throw new NotebookError('invalid-input', 'A theme name cannot contain line breaks, tabs or other control characters.');
  }
  if (DIRECTION_CONTROL.test(trimmed)) {
    throw new NotebookError('invalid-input', 'A theme name cannot contain text-direction override or isolate characters (U+202A to U+202E, U+2066 to U+2069).');
  }
  if (DIGITS_ONLY.test(trimmed)) {
    throw new NotebookError('invalid-input', `A theme name cannot be only digits: on the command line "${trimmed}" means the theme with that key or id.`);
  }
  const clash = rows.find((r) => r.id !== exceptId && r.name.toLowerCase() === trimmed.toLowerCase());
  if (clash) throw new NotebookError('conflict', `The codebook already has a theme named "${clash.name}".`);
  return trimmed;
}

function checkColour(colour: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) throw new NotebookError('invalid-input', `"${colour}" is not a colour; use #rrggbb.`);
  return colour.toUpperCase();
}

/** The parent a theme may go under: an existing theme that is neither the theme itself nor one of its sub-themes. */
function checkParent(rows: ThemeRow[], theme: { id: number; name: string }, parentId: number | null): number | null {
  if (parentId === null) return null;
  const parent = rows.find((r) => r.id === parentId);
  if (!parent) throw new NotebookError('not-found', `There is no theme ${parentId} to nest under.`);
  if (parent.id === theme.id) throw new NotebookError('invalid-input', `"${theme.name}" cannot go under itself.`);
  if (ancestorIds(rows, parent.id).includes(theme.id)) {
    throw new NotebookError('invalid-input', `"${theme.name}" cannot go under "${parent.name}": "${parent.name}" is one of its own sub-themes.`);
  }
  return parentId;
}

function bySiblingOrder(a: ThemeRow, b: ThemeRow): number {
  return a.position - b.position || a.id - b.id;
}

/**
 * Operations that put a theme (as `moved`, its other fields possibly edited)
 * under a parent, before one of its new siblings or after them all, then
 * number every theme's position in the order the codebook shows them.
 */
function placementOps(rows: ThemeRow[], moved: ThemeRow, beforeId: number | null): Operation[] {
  const siblings = rows.filter((r) => r.id !== moved.id && r.parent_id === moved.parent_id).sort(bySiblingOrder);
  const at = beforeId === null ? siblings.length : siblings.findIndex((r) => r.id === beforeId);
  siblings.splice(at, 0, moved);
  const rank = new Map(siblings.map((r, i) => [r.id, i]));
  const staged = rows.map((r) => (r.id === moved.id ? moved : r)).map((r) => (rank.has(r.id) ? { ...r, position: rank.get(r.id)! } : r));
  const placed = treeOrder(staged);
  const was = rows.find((r) => r.id === moved.id)!;
  const shownBefore = treeOrder(rows).map((p) => p.row.id).join(',');
  // Stored positions are renumbered only when what the codebook shows changes.
  if (was.parent_id === moved.parent_id && placed.map((p) => p.row.id).join(',') === shownBefore) {
    return JSON.stringify(was) === JSON.stringify({ ...moved, position: was.position }) ? [] : [{ type: 'theme', themeId: was.id, before: was, after: { ...moved, position: was.position } }];
  }
  const ops: Operation[] = [];
  placed.forEach(({ row }, position) => {
    const before = rows.find((r) => r.id === row.id)!;
    const after = { ...(row.id === moved.id ? moved : before), position };
    if (JSON.stringify(after) !== JSON.stringify(before)) ops.push({ type: 'theme', themeId: row.id, before, after });
  });
  return ops;
}

export function addTheme(ctx: NotebookContext, history: History, input: ThemeInput): Theme {
  const row = newThemeRow(ctx, input);
  history.record(`Add theme ${row.name}`, [{ type: 'theme', themeId: row.id, before: null, after: row }]);
  return getTheme(ctx, row.id);
}

/** A new theme's row: last under its parent (or at the end of the codebook), in the next unused default colour. */
function newThemeRow(ctx: NotebookContext, input: ThemeInput): ThemeRow {
  const rows = allRows(ctx);
  const name = checkName(rows, input.name, null);
  const id = (ctx.sql('SELECT coalesce(max(id), 0) + 1 AS id FROM themes').get() as { id: number }).id;
  return {
    id,
    name,
    colour: checkColour(input.colour ?? nextThemeColour(rows.map((r) => r.colour))),
    description: (input.description ?? '').trim(),
    // Keys follow the codebook's order; the stored slot is no longer written.
    key_slot: null,
    position: rows.length === 0 ? 0 : Math.max(...rows.map((r) => r.position)) + 1,
    parent_id: checkParent(rows, { id, name }, input.parentId ?? null),
    created_at: ctx.now(),
    guid: newGuid(),
  };
}

/**
 * Adds a theme and tags sentences with it, as one step: what the palette's
 * "Create theme" does, so one undo takes back both.
 */
export function addThemeAndTag(ctx: NotebookContext, history: History, input: ThemeInput, sentenceIds: number[]): Theme {
  const ids = [...new Set(sentenceIds)];
  if (ids.length === 0) throw new NotebookError('invalid-input', 'Select at least one sentence to tag.');
  const sentences = requireSentences(ctx, ids);
  const row = newThemeRow(ctx, input);
  const at = ctx.now();
  history.record(`Add theme ${row.name} and tag ${describeSentences(ctx, sentences)} with it`, [
    { type: 'theme', themeId: row.id, before: null, after: row },
    { type: 'tags-add', themeId: row.id, tags: ids.map((sentenceId) => ({ sentenceId, coder: ctx.coder, at, guid: newGuid() })) },
  ]);
  return getTheme(ctx, row.id);
}

export function updateTheme(ctx: NotebookContext, history: History, themeId: number, patch: ThemePatch): Theme {
  const rows = allRows(ctx);
  const before = rows.find((r) => r.id === themeId);
  if (!before) throw new NotebookError('not-found', `There is no theme ${themeId} in this codebook.`);
  const after: ThemeRow = {
    ...before,
    name: patch.name === undefined ? before.name : checkName(rows, patch.name, themeId),
    colour: patch.colour === undefined ? before.colour : checkColour(patch.colour),
    description: patch.description === undefined ? before.description : patch.description.trim(),
    parent_id: patch.parentId === undefined ? before.parent_id : checkParent(rows, before, patch.parentId),
  };
  const moved = after.parent_id !== before.parent_id;
  const label =
    after.name !== before.name
      ? `Rename theme ${before.name} to ${after.name}`
      : after.colour !== before.colour
        ? `Recolour theme ${after.name}`
        : moved
          ? moveLabel(rows, after, null)
          : `Edit theme ${after.name}`;
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    history.record(label, moved ? placementOps(rows, after, null) : [{ type: 'theme', themeId, before, after }]);
  }
  return getTheme(ctx, themeId);
}

/** "Move Framing under Politics", "Move Framing to the top level", "Move Framing before Sources": what moved, and where. */
function moveLabel(rows: ThemeRow[], moved: ThemeRow, beforeId: number | null): string {
  const was = rows.find((r) => r.id === moved.id)!;
  const nameOf = (id: number) => rows.find((r) => r.id === id)?.name ?? `theme ${id}`;
  if (was.parent_id !== moved.parent_id) {
    return moved.parent_id === null ? `Move ${moved.name} to the top level` : `Move ${moved.name} under ${nameOf(moved.parent_id)}`;
  }
  if (beforeId !== null) return `Move ${moved.name} before ${nameOf(beforeId)}`;
  return moved.parent_id === null ? `Move ${moved.name} to the end of the codebook` : `Move ${moved.name} last under ${nameOf(moved.parent_id)}`;
}

/**
 * Moves a theme under another (or to the top level with a null parent),
 * before one of its new siblings or after them all; its sub-themes go with
 * it. Moving a theme under itself or one of its own sub-themes is refused.
 */
export function moveTheme(ctx: NotebookContext, history: History, themeId: number, parentId: number | null, beforeId: number | null = null): Theme[] {
  const rows = allRows(ctx);
  const theme = rows.find((r) => r.id === themeId);
  if (!theme) throw new NotebookError('not-found', `There is no theme ${themeId} in this codebook.`);
  const moved = { ...theme, parent_id: checkParent(rows, theme, parentId) };
  if (beforeId !== null) {
    const before = rows.find((r) => r.id === beforeId);
    if (!before) throw new NotebookError('not-found', `There is no theme ${beforeId} in this codebook.`);
    if (before.id === themeId || before.parent_id !== moved.parent_id) {
      const place = moved.parent_id === null ? 'at the top level' : `under "${rows.find((r) => r.id === moved.parent_id)!.name}"`;
      throw new NotebookError('invalid-input', `"${theme.name}" can only go before a theme ${place}; "${before.name}" is not one.`);
    }
  }
  history.record(moveLabel(rows, moved, beforeId), placementOps(rows, moved, beforeId));
  return listThemes(ctx);
}

export function reorderThemes(ctx: NotebookContext, history: History, themeIds: number[]): Theme[] {
  const rows = allRows(ctx);
  const known = new Set(rows.map((r) => r.id));
  if (new Set(themeIds).size !== themeIds.length || themeIds.some((id) => !known.has(id))) {
    throw new NotebookError('invalid-input', 'The new order must list each theme of the codebook at most once.');
  }
  // Themes not named keep their relative order after the named ones; sub-themes stay with their parent.
  const order = [...themeIds, ...treeOrder(rows).map((p) => p.row.id).filter((id) => !themeIds.includes(id))];
  const staged = order.map((id, position) => ({ ...rows.find((r) => r.id === id)!, position }));
  const ops: Operation[] = [];
  treeOrder(staged).forEach(({ row }, position) => {
    const before = rows.find((r) => r.id === row.id)!;
    if (before.position !== position) ops.push({ type: 'theme', themeId: row.id, before, after: { ...before, position } });
  });
  history.record('Reorder the codebook', ops);
  return listThemes(ctx);
}

function tagsOf(ctx: NotebookContext, themeId: number): TagRow[] {
  return ctx.sql('SELECT * FROM tags WHERE theme_id = ? ORDER BY sentence_id').all(themeId) as TagRow[];
}

function toRecords(rows: TagRow[]): TagRecord[] {
  return rows.map((r) => ({ sentenceId: r.sentence_id, coder: r.coder, at: r.tagged_at, guid: r.guid }));
}

/** Operations that remove a theme cleanly: its tags, its children's link to it, then the theme. */
function removalOps(ctx: NotebookContext, rows: ThemeRow[], theme: ThemeRow): Operation[] {
  const ops: Operation[] = [];
  const tags = tagsOf(ctx, theme.id);
  if (tags.length > 0) ops.push({ type: 'tags-remove', themeId: theme.id, tags: toRecords(tags) });
  for (const child of rows.filter((r) => r.parent_id === theme.id)) {
    ops.push({ type: 'theme', themeId: child.id, before: child, after: { ...child, parent_id: theme.parent_id } });
  }
  // The theme's memo goes with it (ON DELETE CASCADE), recorded so undo brings it back.
  const memo = themeMemoRow(ctx, theme.id);
  if (memo) ops.push({ type: 'memo', memoId: memo.id, before: memo, after: null });
  ops.push({ type: 'theme', themeId: theme.id, before: theme, after: null });
  return ops;
}

export function deleteTheme(ctx: NotebookContext, history: History, themeId: number): { removedTags: number } {
  const rows = allRows(ctx);
  const theme = rows.find((r) => r.id === themeId);
  if (!theme) throw new NotebookError('not-found', `There is no theme ${themeId} in this codebook.`);
  const ops = removalOps(ctx, rows, theme);
  const removed = ops[0]?.type === 'tags-remove' ? ops[0].tags.length : 0;
  history.record(`Delete theme ${theme.name}`, ops);
  return { removedTags: removed };
}

/** Moves every tag of the source theme onto the target, then removes the source. */
export function mergeThemes(ctx: NotebookContext, history: History, sourceId: number, targetId: number): Theme {
  if (sourceId === targetId) throw new NotebookError('invalid-input', 'A theme cannot be merged into itself.');
  const rows = allRows(ctx);
  const source = rows.find((r) => r.id === sourceId);
  const target = rows.find((r) => r.id === targetId);
  if (!source || !target) throw new NotebookError('not-found', 'Both themes of a merge must be in the codebook.');
  // Each coder's tag moves unless that coder already holds the target on the sentence.
  const held = new Set(tagsOf(ctx, targetId).map((t) => `${t.sentence_id}:${t.coder}`));
  const moving = tagsOf(ctx, sourceId).filter((t) => !held.has(`${t.sentence_id}:${t.coder}`));
  const ops: Operation[] = [];
  // On the target they are new codings: the source's, with their GUIDs, come back if the merge is undone.
  if (moving.length > 0) ops.push({ type: 'tags-add', themeId: targetId, tags: toRecords(moving).map((tag) => ({ ...tag, guid: newGuid() })) });
  ops.push(...removalOps(ctx, rows, source));
  history.record(`Merge ${source.name} into ${target.name}`, ops);
  return getTheme(ctx, targetId);
}
