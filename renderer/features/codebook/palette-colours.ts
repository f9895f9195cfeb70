/** The colours offered for themes: the notebook's default palette, named for the picker (db/domain.ts holds it). */
import { THEME_COLOURS } from '../../../electron/contract';

export const PALETTE = THEME_COLOURS;

export function colourName(hex: string): string {
  return PALETTE.find((c) => c.hex.toLowerCase() === hex.toLowerCase())?.name ?? hex.toUpperCase();
}
