import { describe, expect, it } from 'vitest';
import { blockId, slugify, themeTags } from './obsidian';
import type { SnapshotTheme } from './snapshot';

function theme(id: number, name: string, order = id): SnapshotTheme {
  return { id, name, colour: '#000000', description: '', key: null, order, parentId: null };
}

/** Characters Obsidian accepts in a tag after the '#'. */
const OBSIDIAN_TAG = /^[\p{L}\p{M}\p{N}_\-/]+$/u;

describe('slugify', () => {
  it.each([
    ['Missile claims', 'missile-claims'],
    ['Civilian-casualty assertions', 'civilian-casualty-assertions'],
    ['Turkey: "trade threats"!', 'turkey-trade-threats'],
    ['  Déconfliction   talks  ', 'deconfliction-talks'],
    ['Straße & Übergang', 'straße-ubergang'],
    ['Военные заявления', 'военные-заявления'],
    ['الادعاءات الصاروخية', 'الادعاءات-الصاروخية'],
    ['ミサイル 主張', 'ミサイル-主張'],
    ['हिंदी दावे', 'हिंदी-दावे'],
    ['#tag/with_slash', 'tag-with-slash'],
    ['2024', '2024'],
  ])('turns %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('is empty when the name has no letter or digit', () => {
    expect(slugify('!!! 🚀 ---')).toBe('');
  });
});

describe('themeTags', () => {
  it('prefixes every slug with theme/ and falls back to the id for names with no letters', () => {
    const tags = themeTags([theme(1, 'Missile claims'), theme(2, '🚀🚀'), theme(3, '??')]);
    expect([...tags.entries()]).toEqual([[1, 'theme/missile-claims'], [2, 'theme/theme-2'], [3, 'theme/theme-3']]);
    for (const tag of tags.values()) expect(tag).toMatch(OBSIDIAN_TAG);
  });

  it('gives clashing names distinct tags, the first in codebook order keeping the plain one', () => {
    const tags = themeTags([theme(5, 'Missile-claims', 1), theme(9, 'missile claims', 0), theme(7, 'Missile claims!', 2)]);
    expect(tags.get(9)).toBe('theme/missile-claims');
    expect(tags.get(5)).toBe('theme/missile-claims-5');
    expect(tags.get(7)).toBe('theme/missile-claims-7');
  });

  it('does not depend on the order the themes are given in', () => {
    const themes = [theme(1, 'A b'), theme(2, 'a-b'), theme(3, 'a-b-2'), theme(4, 'A B')];
    expect([...themeTags(themes)].sort()).toEqual([...themeTags([...themes].reverse())].sort());
    expect(new Set(themeTags(themes).values()).size).toBe(4);
  });
});

describe('blockId', () => {
  it('names a sentence by document and number', () => {
    expect(blockId(3, 17)).toBe('s3-17');
  });
});
