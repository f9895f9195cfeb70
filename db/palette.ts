import { THEME_COLOURS } from './domain';

/** The default colours in the order new themes take them (see THEME_COLOURS). */
export const THEME_PALETTE: readonly string[] = THEME_COLOURS.map((c) => c.hex);

/** The first palette colour no theme uses yet; once all twenty are taken, they come round again in turn. */
export function nextThemeColour(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  return THEME_PALETTE.find((c) => !taken.has(c)) ?? THEME_PALETTE[used.length % THEME_PALETTE.length]!;
}
