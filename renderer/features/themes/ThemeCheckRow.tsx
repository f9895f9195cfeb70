import type { Theme } from '../../../electron/contract';
import { ThemeKey, ThemeSwatch } from './ThemeChip';

interface ThemeCheckRowProps {
  theme: Theme;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A theme in a pick list (export, filter): its key, colour, name and how many sentences carry it. */
export function ThemeCheckRow({ theme, checked, disabled = false, onChange }: ThemeCheckRowProps) {
  return (
    <li>
      <label className="check-row">
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
        <ThemeKey theme={theme} />
        <ThemeSwatch colour={theme.colour} />
        <span className="check-name">{theme.name}</span>
        <span className="check-count">{theme.tagCount}</span>
      </label>
    </li>
  );
}
