/** Scales and layouts for the overview's SVG charts; no DOM, so they are tested directly. */
import type { NotebookStats, Theme } from '../../../electron/contract';

/** The smallest 1, 2 or 5 × 10ⁿ at or above a value, so axes end on round numbers. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Round tick values from 0 past the maximum, about `count` steps of 1, 2 or
 * 5 × 10ⁿ; the last tick is the axis's end.
 */
export function ticks(max: number, count = 4): number[] {
  const step = Math.max(1, niceMax(Math.max(max, 1) / count));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const values: number[] = [];
  for (let value = 0; value <= top; value += step) values.push(value);
  return values;
}

export function scaleLinear(domainMax: number, rangeMax: number): (value: number) => number {
  const top = domainMax > 0 ? domainMax : 1;
  return (value) => (Math.max(0, value) / top) * rangeMax;
}

export interface ThemeCountRow {
  theme: Theme;
  count: number;
  /** The count is a roll-up: the theme has sub-themes. */
  rollup: boolean;
}

/**
 * Themes by how many sentences carry them, most first, codebook order between
 * equals; each sub-theme under its parent, sorted among its siblings. A
 * parent's count is its roll-up: its sentences and its sub-themes', each once.
 */
export function themeCountsSorted(themes: readonly Theme[], stats: NotebookStats): ThemeCountRow[] {
  const own = new Map(stats.themes.map((t) => [t.themeId, t.count]));
  const rollups = new Map(stats.themeRollups.map((t) => [t.themeId, t.count]));
  const known = new Set(themes.map((t) => t.id));
  const rows: ThemeCountRow[] = [];
  const visit = (parentId: number | null) => {
    themes
      .filter((t) => (t.parentId !== null && known.has(t.parentId) ? t.parentId : null) === parentId)
      .map((theme) => ({ theme, count: rollups.get(theme.id) ?? own.get(theme.id) ?? 0, rollup: rollups.has(theme.id) }))
      .sort((a, b) => b.count - a.count || a.theme.order - b.theme.order)
      .forEach((row) => {
        rows.push(row);
        visit(row.theme.id);
      });
  };
  visit(null);
  return rows;
}

export interface StackSegment {
  theme: Theme;
  count: number;
  x: number;
  width: number;
}

/** One document's bar: a segment per theme in codebook order, scaled to the widest document. */
export function stackSegments(
  themes: readonly Theme[],
  counts: readonly { themeId: number; count: number }[],
  scale: (value: number) => number,
): StackSegment[] {
  const byTheme = new Map(counts.map((c) => [c.themeId, c.count]));
  const segments: StackSegment[] = [];
  let total = 0;
  for (const theme of themes) {
    const count = byTheme.get(theme.id) ?? 0;
    if (count === 0) continue;
    const x = scale(total);
    total += count;
    segments.push({ theme, count, x, width: scale(total) - x });
  }
  return segments;
}

/** The count of sentences carrying both themes (a theme with itself: all its sentences). */
export function cooccurrenceLookup(stats: NotebookStats): (a: number, b: number) => number {
  const pairs = new Map<string, number>();
  for (const pair of stats.cooccurrence) pairs.set(`${Math.min(pair.a, pair.b)}:${Math.max(pair.a, pair.b)}`, pair.count);
  const own = new Map(stats.themes.map((t) => [t.themeId, t.count]));
  return (a, b) => (a === b ? (own.get(a) ?? 0) : (pairs.get(`${Math.min(a, b)}:${Math.max(a, b)}`) ?? 0));
}

/**
 * How strongly to shade a heatmap cell, 0 to 1. A cell with any count is
 * always visibly shaded, so "one" never reads as "none".
 */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return 0.18 + 0.82 * Math.min(count / max, 1);
}
