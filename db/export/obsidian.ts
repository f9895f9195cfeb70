/**
 * Names Obsidian understands: theme tags (#theme/missile-claims) and block ids
 * (^s1-7), so a researcher can search an export by theme and link to a sentence.
 */
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
 * The tag of every theme, without the leading '#', e.g. "theme/missile-claims".
 * Computed over the whole codebook in codebook order, so a theme's tag does
 * not depend on which themes an export selects, and two themes never share
 * one: the later of two clashing names gets its id appended.
 */
export function themeTags(themes: readonly SnapshotTheme[]): Map<number, string> {
  const ordered = [...themes].sort((a, b) => a.order - b.order || a.id - b.id);
  const taken = new Set<string>();
  const tags = new Map<number, string>();
  for (const theme of ordered) {
    const base = slugify(theme.name) || `theme-${theme.id}`;
    let slug = base;
    if (taken.has(slug)) slug = `${base}-${theme.id}`;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${theme.id}-${n}`;
    taken.add(slug);
    tags.set(theme.id, `theme/${slug}`);
  }
  return tags;
}

/** The block id of a sentence, without the leading '^'; unique within a notebook. */
export function blockId(documentId: number, sentenceNumber: number): string {
  return `s${documentId}-${sentenceNumber}`;
}
