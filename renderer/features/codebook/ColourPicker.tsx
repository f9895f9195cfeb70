import type { CSSProperties } from 'react';
import { Popover } from '../../ui/Popover';
import { ThemeSwatch } from '../themes/ThemeChip';
import { colourName, PALETTE } from './palette-colours';

/** A theme's colour: the colour-blind-safe palette first, any colour after. */
export function ColourPicker({
  colour,
  themeName,
  disabledReason = null,
  onChange,
}: {
  colour: string;
  themeName: string;
  /** Why the colour cannot be changed (a read-only notebook), or null. */
  disabledReason?: string | null;
  onChange: (hex: string) => void;
}) {
  return (
    <Popover
      label={`Colour of ${themeName}: ${colourName(colour)}`}
      title={disabledReason ?? 'Change the colour'}
      disabled={disabledReason !== null}
      triggerClassName="icon-button swatch-button"
      trigger={<ThemeSwatch colour={colour} size="large" />}
    >
      {(close) => (
        <div className="colour-picker">
          <p className="popover-title">Palette: legible on light and dark pages</p>
          <div className="swatch-grid">
            {PALETTE.map((option) => (
              <button
                key={option.hex}
                type="button"
                className={option.hex.toLowerCase() === colour.toLowerCase() ? 'swatch-option current' : 'swatch-option'}
                style={{ '--theme-colour': option.hex } as CSSProperties}
                aria-label={option.name}
                aria-pressed={option.hex.toLowerCase() === colour.toLowerCase()}
                title={option.name}
                onClick={() => {
                  onChange(option.hex);
                  close();
                }}
              />
            ))}
          </div>
          <label className="custom-colour">
            <span>Other colour</span>
            <input type="color" value={colour.toLowerCase()} onChange={(event) => onChange(event.target.value.toUpperCase())} />
          </label>
        </div>
      )}
    </Popover>
  );
}
