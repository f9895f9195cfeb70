import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Notebook } from '../db';
import { useTemporaryFolder } from '../db/test-support/temporary-notebook';

const root = path.resolve(import.meta.dirname, '..');
const themata = `"${process.execPath}" "${path.join(root, 'node_modules/tsx/dist/cli.mjs')}" "${path.join(root, 'cli/index.ts')}"`;

describe.skipIf(process.platform === 'win32')('a command whose reader stops early', () => {
  const folder = useTemporaryFolder();

  /** More output than a pipe holds, so the command is still writing when the reader leaves. */
  function largeNotebook(home: string): string {
    const file = path.join(home, 'large.themata');
    const notebook = Notebook.open(file, { create: true, coder: 'ana' });
    try {
      const theme = notebook.addTheme({ name: 'Missile claims' });
      for (let n = 1; n <= 600; n += 1) {
        const title = `Report ${n} ${'on the missile claims and the denials that followed them '.repeat(3)}`;
        const document = notebook.importDocument({ title, text: 'Moscow denied it. Ankara warned.', sourceName: null });
        notebook.tag([notebook.sentenceId(document.id, 1)], theme.id);
      }
    } finally {
      notebook.close();
    }
    return file;
  }

  it.each(['stats', 'documents', 'export'])('%s | head -1 prints the first line and ends quietly, exit status 0', (command) => {
    const home = folder();
    const notebook = largeNotebook(home);
    const result = spawnSync('bash', ['-c', `set -o pipefail; ${themata} ${command} --notebook "${notebook}" | head -1`], {
      encoding: 'utf8',
      env: { ...process.env, THEMATA_HOME: home },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toHaveLength(2);
  });
});
