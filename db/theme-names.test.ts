import { describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { useTemporaryNotebook } from './test-support/temporary-notebook';
import { ACCEPTED, REFUSED } from './test-support/theme-name-cases';

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
});
