import { describe, expect, it } from 'vitest';
import { ACCEPTED, REFUSED } from '../../db/test-support/theme-name-cases';
import { ThemeName } from './domain';

describe('the contract\'s theme name', () => {
  it('refuses exactly the names the notebook refuses, and accepts the rest', () => {
    for (const [, name] of REFUSED) expect(ThemeName.safeParse(name).success, JSON.stringify(name)).toBe(false);
    for (const [, name] of ACCEPTED) expect(ThemeName.parse(name)).toBe(name);
    expect(ThemeName.parse('\tMissile claims\n')).toBe('Missile claims');
    expect(ThemeName.safeParse('Missile\nclaims').error?.issues[0]?.message).toBe('a theme name cannot contain line breaks, tabs or other control characters');
  });
});
