/**
 * Names Obsidian understands: theme tags (#theme/missile-claims) and block ids
 * (^s1-7), so a researcher can search an export by theme and link to a sentence.
 */
import { treeOrder } from '../theme-tree';
import type { SnapshotTheme } from './snapshot';

/**
 * A tag-safe slug: lowercase Unicode letters, marks and digits joined by
 * hyphens. Accents on Latin letters are dropped (é → e) so English-keyboard
 * searches find them; other scripts are kept, as Obsidian allows them.
 * Empty when the name has no letter or digit at all.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/([A-Za-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The tag of every theme, without the leading '#': "theme/missile-claims",
 * and for a sub-theme its parent's tag and its own slug, a nested tag Obsidian
 * shows as a tree: "theme/claims/missile-claims". Computed over the whole
 * codebook in codebook order, so a theme's tag does not depend on which themes
 * an export selects, and two themes never share one: the later of two
 * clashing tags gets its id appended.
 */
export function themeTags(themes: readonly SnapshotTheme[]): Map<number, string> {
  const ordered = codebookOrder(themes);
  const taken = new Set<string>();
  const tags = new Map<number, string>();
  for (const theme of ordered) {
    const parent = theme.parentId === null ? undefined : tags.get(theme.parentId);
    const base = `${parent ?? 'theme'}/${slugify(theme.name) || `theme-${theme.id}`}`;
    let tag = base;
    if (taken.has(tag)) tag = `${base}-${theme.id}`;
    for (let n = 2; taken.has(tag); n += 1) tag = `${base}-${theme.id}-${n}`;
    taken.add(tag);
    tags.set(theme.id, tag);
  }
  return tags;
}

/** Themes as the codebook shows them: each parent followed by its sub-themes, siblings in order. */
export function codebookOrder<T extends SnapshotTheme>(themes: readonly T[]): T[] {
  const rows = themes.map((theme) => ({ id: theme.id, parent_id: theme.parentId, position: theme.order, theme }));
  return treeOrder(rows).map((placed) => placed.row.theme);
}

/** The block id of a sentence, without the leading '^'; unique within a notebook. */
export function blockId(documentId: number, sentenceNumber: number): string {
  return `s${documentId}-${sentenceNumber}`;
}
