/**
 * What a theme's count says: for a theme with sub-themes, its roll-up (the
 * sentences tagged with it or any sub-theme, each once); otherwise the
 * sentences tagged with it. The words say which.
 */
import type { Theme } from '../../../electron/contract';

export interface ShownCount {
  count: number;
  /** In words, for a tooltip and for screen readers. */
  words: string;
}

function sentences(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'sentence' : 'sentences'}`;
}

export function shownCount(theme: Theme, parents: ReadonlySet<number>): ShownCount {
  if (!parents.has(theme.id)) return { count: theme.tagCount, words: `${sentences(theme.tagCount)} tagged` };
  return {
    count: theme.rollupCount,
    words: `${sentences(theme.rollupCount)} with ${theme.name} or its sub-themes, ${theme.tagCount.toLocaleString()} with ${theme.name} itself`,
  };
}

/** "Claims › Missile claims": where a theme sits, for a flat list of matches. */
export function themePath(theme: Theme, themes: readonly Theme[]): string {
  const names = [theme.name];
  const seen = new Set([theme.id]);
  for (let up = theme.parentId; up !== null && !seen.has(up); ) {
    seen.add(up);
    const parent = themes.find((t) => t.id === up);
    if (!parent) break;
    names.unshift(parent.name);
    up = parent.parentId;
  }
  return names.join(' › ');
}

/** The ids of a theme and every theme under it: the themes it cannot be moved under. */
export function subtreeOf(themes: readonly Theme[], themeId: number): Set<number> {
  const ids = new Set([themeId]);
  // Themes come depth first: a theme's subtree is the run after it that is deeper.
  const at = themes.findIndex((t) => t.id === themeId);
  if (at < 0) return ids;
  const depth = themes[at]!.depth;
  for (let i = at + 1; i < themes.length && themes[i]!.depth > depth; i += 1) ids.add(themes[i]!.id);
  return ids;
}
