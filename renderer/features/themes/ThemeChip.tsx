import { memo, type CSSProperties } from 'react';
import type { Theme } from '../../../electron/contract';
import { shortThemeName } from './theme-search';

/**
 * A theme mark: its colour as a bar at its start, its key (for the first
 * nine) and short name in text, so the meaning never rests on colour alone and
 * the text reads on the chip's own background whatever the colour.
 */
export const ThemeChip = memo(function ThemeChip({ theme, coders }: { theme: Theme; coders?: readonly { name: string; mark: string }[] | undefined }) {
  const style = { '--theme-colour': theme.colour } as CSSProperties;
  // Whose the tag is, when the view shows other coders' tags: marks on the chip, names in its label.
  const whose = coders && coders.length > 0 ? `, tagged by ${namesList(coders.map((c) => c.name))}` : '';
  return (
    <span className={whose ? 'theme-chip with-coders' : 'theme-chip'} style={style} role="listitem" aria-label={`Theme: ${theme.name}${whose}`} title={`${theme.name}${whose ? ` — ${whose.slice(2)}` : ''}`}>
      {theme.key ? (
        <span className="theme-chip-key" aria-hidden="true">
          {theme.key}
        </span>
      ) : null}
      <span className="theme-chip-name" aria-hidden="true">
        {shortThemeName(theme.name)}
      </span>
      {whose ? (
        <span className="theme-chip-coders" aria-hidden="true">
          {coders!.map((c) => (
            <span key={c.name} className="coder-mark">
              {c.mark}
            </span>
          ))}
        </span>
      ) : null}
    </span>
  );
});

function namesList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A swatch of a theme's colour with a ring, so black and pale colours show on any background. */
export function ThemeSwatch({ colour, size = 'normal' }: { colour: string; size?: 'normal' | 'large' }) {
  return <span className={`theme-swatch ${size}`} style={{ '--theme-colour': colour } as CSSProperties} aria-hidden="true" />;
}

/** A key cap for a theme's slot, or an empty one. */
export function ThemeKey({ theme }: { theme: Theme }) {
  return (
    <span className={theme.key ? 'theme-key' : 'theme-key empty'} aria-hidden="true">
      {theme.key ?? ''}
    </span>
  );
}
