import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookError } from '../../db';
import { isSalvageable, RefusedNotebookError, SalvageOffers, salvagedNotebookPath } from './salvage';

const refusal = (code: ConstructorParameters<typeof NotebookError>[0]) => new NotebookError(code, `refused: ${code}`);

describe('isSalvageable', () => {
  it('answers a notebook refused for foreign SQL or for damage, and nothing else', () => {
    expect(isSalvageable(refusal('untrusted-notebook'))).toBe(true);
    expect(isSalvageable(refusal('notebook-damaged'))).toBe(true);
    for (const code of ['not-a-notebook', 'newer-notebook', 'notebook-busy', 'read-only'] as const) expect(isSalvageable(refusal(code))).toBe(false);
  });
});

describe('SalvageOffers', () => {
  it('remembers a salvageable refusal and throws it again with the notebook path', async () => {
    const offers = new SalvageOffers();
    let thrown: unknown;
    try {
      await offers.opening('received/Study.themata', () => {
        throw refusal('notebook-damaged');
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RefusedNotebookError);
    expect(thrown).toMatchObject({ code: 'notebook-damaged', message: 'refused: notebook-damaged', notebookPath: path.resolve('received/Study.themata') });
    expect(offers.has(path.resolve('received/Study.themata'))).toBe(true);
    offers.forget('received/Study.themata');
    expect(offers.has('received/Study.themata')).toBe(false);
  });

  it('lets other refusals and successful opens through untouched, offering nothing', async () => {
    const offers = new SalvageOffers();
    const busy = refusal('notebook-busy');
    await expect(
      offers.opening('/a.themata', () => {
        throw busy;
      }),
    ).rejects.toThrow(busy);
    expect(await offers.opening('/b.themata', () => Promise.resolve('opened'))).toBe('opened');
    expect(offers.has('/a.themata') || offers.has('/b.themata')).toBe(false);
  });
});

describe('salvagedNotebookPath', () => {
  it('suggests a name beside the original that is not taken', () => {
    const taken = new Set(['/d/Study (salvaged).themata', '/d/Study (salvaged 2).themata']);
    expect(salvagedNotebookPath('/d/Study.themata', () => false)).toBe('/d/Study (salvaged).themata');
    expect(salvagedNotebookPath('/d/Study.themata', (file) => taken.has(file))).toBe('/d/Study (salvaged 3).themata');
    expect(salvagedNotebookPath('/d/export.db', () => false)).toBe('/d/export.db (salvaged).themata');
  });
});
