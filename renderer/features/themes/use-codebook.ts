import { useMemo } from 'react';
import type { Theme } from '../../../electron/contract';
import { legibleOn, READING_BACKGROUND, type ColourScheme } from '../../lib/colour';
import { useColourScheme } from '../../lib/colour-scheme';
import { useWorkspaceState } from '../../state/session-context';

/** Themes with the colours the page shows: any that would not stand out from this scheme's page is adjusted until it does. */
export function withLegibleColours(themes: readonly Theme[], scheme: ColourScheme): Theme[] {
  const background = READING_BACKGROUND[scheme];
  return themes.map((theme) => {
    const colour = legibleOn(theme.colour, background);
    return colour === theme.colour.toUpperCase() ? theme : { ...theme, colour };
  });
}

/** The codebook as the screen shows it: in order, with legible colours for the current light or dark scheme. */
export function useShownThemes(): Theme[] {
  const themes = useWorkspaceState((s) => s.themes);
  const scheme = useColourScheme();
  return useMemo(() => withLegibleColours(themes, scheme), [themes, scheme]);
}

/**
 * The codebook by id, stable while only counts change, so tagging a sentence
 * re-renders that sentence and not every sentence on screen.
 */
export function useThemesById(): ReadonlyMap<number, Theme> {
  const themes = useShownThemes();
  const signature = themes.map((t) => `${t.id}\u0000${t.name}\u0000${t.colour}\u0000${t.key}\u0000${t.order}`).join('\u0001');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the look of the themes, not the array
  return useMemo(() => new Map(themes.map((t) => [t.id, t])), [signature]);
}

/** The themes with sub-themes, whose counts are roll-ups. */
export function parentIds(themes: readonly Theme[]): ReadonlySet<number> {
  return new Set(themes.map((t) => t.parentId).filter((id): id is number => id !== null));
}
