/**
 * Okabe–Ito colours: distinct for the common forms of colour blindness. Theme
 * chips never rely on colour alone, but the colour should still help.
 */
export const THEME_PALETTE = ['#D55E00', '#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;

/** The first palette colour no theme uses yet, cycling once all are taken. */
export function nextThemeColour(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  return THEME_PALETTE.find((c) => !taken.has(c)) ?? THEME_PALETTE[used.length % THEME_PALETTE.length]!;
}
