import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExclusively } from './exclusive-create';
import { useTemporaryFolder } from './test-support/temporary-notebook';

describe('creating a file exclusively', () => {
  const folder = useTemporaryFolder();

  it('puts the built file in place and leaves no temporary file behind', () => {
    const target = path.join(folder(), 'nested', 'Notebook.themata');
    const created = createExclusively(target, (temporary) => fs.writeFileSync(temporary, 'built'));
    expect(created).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('built');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['Notebook.themata']);
  });

  it('never replaces a file that appeared while it was building', () => {
    const target = path.join(folder(), 'Notebook.themata');
    const created = createExclusively(target, (temporary) => {
      fs.writeFileSync(temporary, 'mine');
      // Another process wins the race meanwhile.
      fs.writeFileSync(target, 'theirs, already written to');
    });
    expect(created).toBe(false);
    expect(fs.readFileSync(target, 'utf8')).toBe('theirs, already written to');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['Notebook.themata']);
  });

  it('removes the temporary file when building fails', () => {
    const dir = folder();
    const target = path.join(dir, 'Notebook.themata');
    expect(() =>
      createExclusively(target, (temporary) => {
        fs.writeFileSync(temporary, 'half');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
