import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../electron/contract';
import { searchThemes, shortThemeName, themeInSlot } from './theme-search';

function theme(id: number, name: string, key: number | null, description = ''): Theme {
  return { id, name, colour: '#D55E00', description, key, order: id - 1, parentId: null, depth: 0, tagCount: 0, rollupCount: 0 };
}

const codebook = [
  theme(1, 'Missile claims', 1, 'Claims and denials about the cruise missiles.'),
  theme(2, 'Civilian-casualty assertions', 2, 'Whether the strikes harmed civilians.'),
  theme(3, 'Turkey trade threats', 3, 'Gas supplies and the nuclear plant.'),
  theme(4, 'Deconfliction talks', 4, 'Pilot safety talks.'),
  theme(5, 'Claims of success', null),
];

describe('filtering the theme palette as the researcher types', () => {
  it('keeps the codebook order when nothing is typed', () => {
    expect(searchThemes(codebook, '  ').map((t) => t.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts names that start with the text before names that only contain it', () => {
    expect(searchThemes(codebook, 'claims').map((t) => t.id)).toEqual([5, 1]);
  });

  it('matches the start of any word, hyphenated words included', () => {
    expect(searchThemes(codebook, 'casualty').map((t) => t.id)).toEqual([2]);
    expect(searchThemes(codebook, 'tal').map((t) => t.id)).toEqual([4]);
  });

  it('finds a theme by its key and by its description', () => {
    expect(searchThemes(codebook, '3')[0]?.id).toBe(3);
    expect(searchThemes(codebook, 'nuclear').map((t) => t.id)).toEqual([3]);
  });

  it('finds a theme by its initials', () => {
    expect(searchThemes(codebook, 'ttt').map((t) => t.id)).toEqual([3]);
  });
});

describe('theme names on chips', () => {
  it('keeps short names and cuts long ones at a word', () => {
    expect(shortThemeName('Missile claims')).toBe('Missile claims');
    expect(shortThemeName('Civilian-casualty assertions')).toBe('Civilian-casualty…');
    expect(shortThemeName('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});

describe('key slots', () => {
  it('finds the theme in a slot', () => {
    expect(themeInSlot(codebook, 4)?.name).toBe('Deconfliction talks');
    expect(themeInSlot(codebook, 9)).toBeUndefined();
  });
});
