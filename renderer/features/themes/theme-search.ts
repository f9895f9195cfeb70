/**
 * Type-to-filter for the theme palette: a long codebook is searched by key,
 * name and description, best matches first, codebook order within a rank.
 */
import type { Theme } from '../../../electron/contract';

function rank(theme: Theme, query: string): number | null {
  const name = theme.name.toLowerCase();
  if (/^[1-9]$/.test(query) && theme.key === Number(query)) return 0;
  if (name === query) return 1;
  if (name.startsWith(query)) return 2;
  const words = name.split(/[\s\-–—/]+/);
  if (words.some((word) => word.startsWith(query))) return 3;
  if (name.includes(query)) return 4;
  // Initials: "ttt" finds "Turkey trade threats".
  const initials = words.map((w) => w.charAt(0)).join('');
  if (query.length >= 2 && initials.startsWith(query)) return 5;
  if (theme.description.toLowerCase().includes(query)) return 6;
  return null;
}

export function searchThemes(themes: readonly Theme[], query: string): Theme[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return [...themes];
  return themes
    .map((theme) => ({ theme, rank: rank(theme, wanted) }))
    .filter((entry): entry is { theme: Theme; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.theme.order - b.theme.order)
    .map((entry) => entry.theme);
}

/** A name short enough for a chip: whole words up to `max` characters. */
export function shortThemeName(name: string, max = 20): string {
  const trimmed = name.trim();
  if (trimmed.length <= max) return trimmed;
  const words = trimmed.split(/\s+/);
  let short = '';
  for (const word of words) {
    const next = short ? `${short} ${word}` : word;
    if (next.length > max) break;
    short = next;
  }
  return short ? `${short}…` : `${trimmed.slice(0, max - 1)}…`;
}

/** The theme assigned to a key slot, if any. */
export function themeInSlot(themes: readonly Theme[], slot: number): Theme | undefined {
  return themes.find((theme) => theme.key === slot);
}
