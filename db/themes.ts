import { CONTROL_CHARACTER, DIGITS_ONLY, DIRECTION_CONTROL, type Theme } from './domain';
import type { NotebookContext } from './context';
import type { History } from './history';
import { NotebookError } from './notebook-error';
import type { Operation, TagRecord } from './operations';
import { nextThemeColour } from './palette';
import type { TagRow, ThemeRow } from './rows';
import { themeMemoRow } from './memos';

export interface ThemeInput {
  name: string;
  colour?: string;
  description?: string;
  key?: number | null;
  parentId?: number | null;
}

export type ThemePatch = Partial<ThemeInput>;

/** A theme as the codebook shows it: its row and its count of tags in visible documents, kept by the running counts. */
function toTheme(ctx: NotebookContext, row: ThemeRow): Theme {
  return {
    id: row.id,
    name: row.name,
    colour: row.colour,
    description: row.description,
    key: row.key_slot,
    order: row.position,
    parentId: row.parent_id,
    tagCount: ctx.counts.themeCount(row.id),
  };
}

export function listThemes(ctx: NotebookContext): Theme[] {
  return allRows(ctx).map((row) => toTheme(ctx, row));
}

export function getTheme(ctx: NotebookContext, themeId: number): Theme {
  return toTheme(ctx, themeRow(ctx, themeId));
}

export function themeRow(ctx: NotebookContext, themeId: number): ThemeRow {
  const row = ctx.sql('SELECT * FROM themes WHERE id = ?').get(themeId) as ThemeRow | undefined;
  if (!row) throw new NotebookError('not-found', `There is no theme ${themeId} in this codebook.`);
  return row;
}

/** Finds a theme by id, key slot or name (case-insensitive), as researchers refer to them on the command line. */
export function findTheme(ctx: NotebookContext, reference: string): Theme {
  // Matched on the rows: only the theme found is counted (a command-line tag need not count the whole codebook).
  const themes = allRows(ctx);
  const wanted = reference.trim();
  const byName = themes.find((t) => t.name.toLowerCase() === wanted.toLowerCase());
  if (byName) return toTheme(ctx, byName);
  if (/^\d+$/.test(wanted)) {
    const number = Number(wanted);
    const byKey = themes.find((t) => t.key_slot === number);
    if (byKey && number <= 9) return toTheme(ctx, byKey);
    const byId = themes.find((t) => t.id === number);
    if (byId) return toTheme(ctx, byId);
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

function checkKey(key: number | null): number | null {
  if (key !== null && !(Number.isInteger(key) && key >= 1 && key <= 9)) {
    throw new NotebookError('invalid-input', 'A theme key is a number from 1 to 9.');
  }
  return key;
}

function checkParent(rows: ThemeRow[], themeId: number | null, parentId: number | null): number | null {
  if (parentId === null) return null;
  if (!rows.some((r) => r.id === parentId)) throw new NotebookError('not-found', `There is no theme ${parentId} to nest under.`);
  // Walk up from the proposed parent: meeting the theme itself would make a cycle.
  let cursor: number | null = parentId;
  while (cursor !== null) {
    if (cursor === themeId) throw new NotebookError('invalid-input', 'A theme cannot be nested inside itself.');
    cursor = rows.find((r) => r.id === cursor)?.parent_id ?? null;
  }
  return parentId;
}

/** A key slot belongs to one theme: giving it to another takes it from the first. */
function releaseKey(rows: ThemeRow[], key: number | null, exceptId: number): Operation[] {
  if (key === null) return [];
  const holder = rows.find((r) => r.key_slot === key && r.id !== exceptId);
  return holder ? [{ type: 'theme', themeId: holder.id, before: holder, after: { ...holder, key_slot: null } }] : [];
}

export function addTheme(ctx: NotebookContext, history: History, input: ThemeInput): Theme {
  const rows = allRows(ctx);
  const name = checkName(rows, input.name, null);
  const nextId = (ctx.sql('SELECT coalesce(max(id), 0) + 1 AS id FROM themes').get() as { id: number }).id;
  const row: ThemeRow = {
    id: nextId,
    name,
    colour: checkColour(input.colour ?? nextThemeColour(rows.map((r) => r.colour))),
    description: (input.description ?? '').trim(),
    key_slot: checkKey(input.key === undefined ? firstFreeKey(rows) : input.key),
    position: rows.length === 0 ? 0 : Math.max(...rows.map((r) => r.position)) + 1,
    parent_id: checkParent(rows, nextId, input.parentId ?? null),
    created_at: ctx.now(),
  };
  history.record(`Add theme ${name}`, [...releaseKey(rows, row.key_slot, row.id), { type: 'theme', themeId: row.id, before: null, after: row }]);
  return getTheme(ctx, row.id);
}

function firstFreeKey(rows: ThemeRow[]): number | null {
  for (let key = 1; key <= 9; key += 1) if (!rows.some((r) => r.key_slot === key)) return key;
  return null;
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
    key_slot: patch.key === undefined ? before.key_slot : checkKey(patch.key),
    parent_id: patch.parentId === undefined ? before.parent_id : checkParent(rows, themeId, patch.parentId),
  };
  const label =
    after.name !== before.name
      ? `Rename theme ${before.name} to ${after.name}`
      : after.colour !== before.colour
        ? `Recolour theme ${after.name}`
        : after.key_slot !== before.key_slot
          ? `Set the key of ${after.name}`
          : `Edit theme ${after.name}`;
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    history.record(label, [...releaseKey(rows, after.key_slot, themeId), { type: 'theme', themeId, before, after }]);
  }
  return getTheme(ctx, themeId);
}

export function reorderThemes(ctx: NotebookContext, history: History, themeIds: number[]): Theme[] {
  const rows = allRows(ctx);
  const known = new Set(rows.map((r) => r.id));
  if (new Set(themeIds).size !== themeIds.length || themeIds.some((id) => !known.has(id))) {
    throw new NotebookError('invalid-input', 'The new order must list each theme of the codebook at most once.');
  }
  // Themes not named keep their relative order after the named ones.
  const order = [...themeIds, ...rows.map((r) => r.id).filter((id) => !themeIds.includes(id))];
  const ops: Operation[] = [];
  order.forEach((id, position) => {
    const before = rows.find((r) => r.id === id)!;
    if (before.position !== position) ops.push({ type: 'theme', themeId: id, before, after: { ...before, position } });
  });
  history.record('Reorder the codebook', ops);
  return listThemes(ctx);
}

function tagsOf(ctx: NotebookContext, themeId: number): TagRow[] {
  return ctx.sql('SELECT * FROM tags WHERE theme_id = ? ORDER BY sentence_id').all(themeId) as TagRow[];
}

function toRecords(rows: TagRow[]): TagRecord[] {
  return rows.map((r) => ({ sentenceId: r.sentence_id, coder: r.coder, at: r.tagged_at }));
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
  const targetSentences = new Set(tagsOf(ctx, targetId).map((t) => t.sentence_id));
  const moving = tagsOf(ctx, sourceId).filter((t) => !targetSentences.has(t.sentence_id));
  const ops: Operation[] = [];
  if (moving.length > 0) ops.push({ type: 'tags-add', themeId: targetId, tags: toRecords(moving) });
  ops.push(...removalOps(ctx, rows, source));
  history.record(`Merge ${source.name} into ${target.name}`, ops);
  return getTheme(ctx, targetId);
}
