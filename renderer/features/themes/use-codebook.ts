import { useMemo } from 'react';
import type { Theme } from '../../../electron/contract';
import { useWorkspaceState } from '../../state/session-context';

/**
 * The codebook by id, stable while only counts change, so tagging a sentence
 * re-renders that sentence and not every sentence on screen.
 */
export function useThemesById(): ReadonlyMap<number, Theme> {
  const themes = useWorkspaceState((s) => s.themes);
  const signature = themes.map((t) => `${t.id}\u0000${t.name}\u0000${t.colour}\u0000${t.key}\u0000${t.order}`).join('\u0001');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the look of the themes, not the array
  return useMemo(() => new Map(themes.map((t) => [t.id, t])), [signature]);
}
