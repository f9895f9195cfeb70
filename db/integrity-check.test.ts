import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickCheckInBackground } from './integrity-check';
import { ensureDefaultNotebook, Notebook } from './notebook';
import { caught } from './test-support/caught';
import { useTemporaryFolder } from './test-support/temporary-notebook';

describe('the quick check on a worker thread', () => {
  const folder = useTemporaryFolder();

  function damagedCopy(file: string): Buffer {
    const bytes = fs.readFileSync(file);
    // The last page holds b-tree cells of the sample study's tables.
    const lastPage = bytes.length - 4096;
    bytes.fill(0xff, lastPage, lastPage + 16);
    fs.writeFileSync(file, bytes);
    return bytes;
  }

  it('finds a sound notebook sound and a damaged one damaged', async () => {
    const file = path.join(folder(), 'Study.themata');
    ensureDefaultNotebook(file).close();
    expect(await quickCheckInBackground(file)).toBe('ok');
    damagedCopy(file);
    expect(await quickCheckInBackground(file)).not.toBe('ok');
  });

  it('lets the app open a sound notebook for writing, and refuses a damaged one unwritten', async () => {
    const file = path.join(folder(), 'Study.themata');
    ensureDefaultNotebook(file).close();
    const notebook = await Notebook.openWithoutBlocking(file, { access: 'prefer-write' });
    expect(notebook.readOnly).toBe(false);
    notebook.tag([notebook.sentenceId(1, 1)], notebook.listThemes()[0]!.id);
    notebook.close();

    const bytes = damagedCopy(file);
    const error = await Notebook.openWithoutBlocking(file, { access: 'prefer-write' }).then(
      () => ({ code: 'opened', message: '' }),
      (e: unknown) => caught(() => { throw e; }),
    );
    expect(error.code).toBe('notebook-damaged');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
