import { describe, expect, it } from 'vitest';
import { ThemeName } from '../electron/contract/domain';
import { caught } from './test-support/caught';
import { useTemporaryNotebook } from './test-support/temporary-notebook';

const CONTROL = /^A theme name cannot contain line breaks, tabs or other control characters\.$/;
const DIRECTION = /^A theme name cannot contain text-direction override or isolate characters/;
const DIGITS = /^A theme name cannot be only digits: on the command line "\d+" means the theme with that key or id\.$/;

const REFUSED: [string, string, RegExp][] = [
  ['a line break', 'Missile\nclaims', CONTROL],
  ['a tab', 'Missile\tclaims', CONTROL],
  ['a terminal escape', '\u001b[31mMissile claims', CONTROL],
  ['a NUL', 'Missile\u0000claims', CONTROL],
  ['DEL', 'Missile claims\u007f', CONTROL],
  ['a C1 next-line', 'Missile\u0085claims', CONTROL],
  ['a C1 escape introducer', '\u009b31mMissile claims', CONTROL],
  ['a right-to-left override', 'Missile \u202eclaims', DIRECTION],
  ['a left-to-right embedding', '\u202aMissile claims', DIRECTION],
  ['a first-strong isolate', '\u2068Missile claims\u2069', DIRECTION],
  ['one digit', '2', DIGITS],
  ['only digits, padded with blank space', ' 2024 ', DIGITS],
];

const ACCEPTED: [string, string][] = [
  ['digits with a word', '2024 elections'],
  ['accents', 'Déclarations officielles'],
  ['a right-to-left script', 'تصريحات رسمية'],
  ['an emoji', 'Gas 🔥'],
];

describe('theme names', () => {
  const notebook = useTemporaryNotebook();

  it.each(REFUSED)('refuses a name with %s when a theme is added, and changes nothing', (_what, name, message) => {
    const nb = notebook();
    nb.addTheme({ name: 'Missile claims' });
    const before = { themes: nb.listThemes(), history: nb.historyState() };
    const error = caught(() => nb.addTheme({ name }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(message);
    expect({ themes: nb.listThemes(), history: nb.historyState() }).toEqual(before);
  });

  it.each(REFUSED)('refuses a name with %s when a theme is renamed, and changes nothing', (_what, name, message) => {
    const nb = notebook();
    const theme = nb.addTheme({ name: 'Missile claims' });
    const before = { themes: nb.listThemes(), history: nb.historyState() };
    const error = caught(() => nb.updateTheme(theme.id, { name }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(message);
    expect({ themes: nb.listThemes(), history: nb.historyState() }).toEqual(before);
  });

  it.each(ACCEPTED)('accepts a name with %s', (_what, name) => {
    const nb = notebook();
    const theme = nb.addTheme({ name: 'Missile claims' });
    expect(nb.addTheme({ name }).name).toBe(name);
    expect(nb.updateTheme(theme.id, { name: `${name} (2)` }).name).toBe(`${name} (2)`);
  });

  it('trims a line break or tab around a name rather than refusing it', () => {
    expect(notebook().addTheme({ name: '\tMissile claims\n' }).name).toBe('Missile claims');
  });

  it('is refused by the app\'s contract exactly as by the notebook', () => {
    for (const [, name] of REFUSED) expect(ThemeName.safeParse(name).success, JSON.stringify(name)).toBe(false);
    for (const [, name] of ACCEPTED) expect(ThemeName.parse(name)).toBe(name);
    expect(ThemeName.parse('\tMissile claims\n')).toBe('Missile claims');
    expect(ThemeName.safeParse('Missile\nclaims').error?.issues[0]?.message).toBe('a theme name cannot contain line breaks, tabs or other control characters');
  });
});
