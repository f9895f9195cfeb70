import type { CSSProperties } from 'react';
import type { Theme } from '../../../electron/contract';
import { shownCount } from './theme-counts';
import { ThemeKey, ThemeSwatch } from './ThemeChip';

interface ThemeCheckRowProps {
  theme: Theme;
  /** The themes with sub-themes: their counts are roll-ups. */
  parents: ReadonlySet<number>;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A theme in a pick list (export, filter), at its depth in the codebook: key, colour, name and how many sentences carry it. */
export function ThemeCheckRow({ theme, parents, checked, disabled = false, onChange }: ThemeCheckRowProps) {
  const count = shownCount(theme, parents);
  return (
    <li>
      <label className={parents.has(theme.id) ? 'check-row parent' : 'check-row'} style={{ '--depth': theme.depth } as CSSProperties} title={count.words}>
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
        <ThemeKey theme={theme} />
        <ThemeSwatch colour={theme.colour} />
        <span className="check-name">{theme.name}</span>
        <span className="check-count">{count.count.toLocaleString()}</span>
      </label>
    </li>
  );
}
