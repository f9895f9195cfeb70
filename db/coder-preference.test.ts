import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { coderPreferenceFile, readRememberedCoder, rememberCoder, startingCoder, whoIsCoding } from './coder-preference';
import { NotebookError } from './notebook-error';

const folders: string[] = [];
function home(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-coder-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe('who is coding, remembered on this machine', () => {
  it('keeps the name in coder.json in the user data folder and reads it back', () => {
    const env = { THEMATA_HOME: home() };
    const file = coderPreferenceFile(env);
    expect(file).toBe(path.join(env.THEMATA_HOME, 'coder.json'));
    expect(readRememberedCoder(file)).toBeNull();
    expect(rememberCoder(file, '  Ana Lima ')).toBe('Ana Lima');
    expect(readRememberedCoder(file)).toBe('Ana Lima');
    expect(startingCoder(env)).toBe('Ana Lima');
  });

  it('refuses a blank name and leaves the remembered one', () => {
    const file = coderPreferenceFile({ THEMATA_HOME: home() });
    rememberCoder(file, 'Ana');
    expect(() => rememberCoder(file, '   ')).toThrow(NotebookError);
    expect(() => rememberCoder(file, 'Ana\nBen')).toThrow(/one line/);
    expect(readRememberedCoder(file)).toBe('Ana');
  });

  it('reads a damaged or foreign file as no name at all', () => {
    const file = coderPreferenceFile({ THEMATA_HOME: home() });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const text of ['{not json', '[]', '{"coder": 4}', '{"coder": "  "}', 'null']) {
      fs.writeFileSync(file, text);
      expect(readRememberedCoder(file)).toBeNull();
    }
  });

  it('puts a name given for the run first, then THEMATA_CODER, then the remembered name, then the account name', () => {
    expect(whoIsCoding({ given: 'Cleo', env: { THEMATA_CODER: 'Ben' }, remembered: 'Ana' })).toBe('Cleo');
    expect(whoIsCoding({ env: { THEMATA_CODER: ' Ben ' }, remembered: 'Ana' })).toBe('Ben');
    expect(whoIsCoding({ env: {}, remembered: 'Ana' })).toBe('Ana');
    expect(whoIsCoding({ env: {}, remembered: null })).toBe(os.userInfo().username || 'researcher');
  });
});
