import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../db';
import { expectOneClearLine, useCliNotebook } from './test-support/cli-run';

describe('the 20 MB limit on text the CLI reads', () => {
  const setup = useCliNotebook();
  const writers: ChildProcess[] = [];
  afterEach(() => {
    for (const writer of writers.splice(0)) writer.kill();
  });

  async function withArticle() {
    const cli = setup();
    await cli.run('themes', 'add', 'Missile claims');
    await cli.run('import', cli.write('article.txt', 'Moscow denied the claim. Ankara warned.\n'));
    return cli;
  }

  it.skipIf(process.platform === 'win32')('refuses a named pipe carrying more than the limit with one clear line, and imports nothing', async () => {
    const cli = await withArticle();
    const fifo = `${cli.home}/endless.txt`;
    execFileSync('mkfifo', [fifo]);
    // A pipe's size reads 0, so only counting what comes through it can stop it.
    const writer = spawn('sh', ['-c', `head -c ${MAX_IMPORT_BYTES + 4096} /dev/zero | tr '\\0' a > "$0"`, fifo], { stdio: 'ignore' });
    writers.push(writer);
    await once(writer, 'spawn');
    const before = await cli.snapshot();
    expectOneClearLine(await cli.run('import', fifo), /^themata: .*endless\.txt is more than 20 MB; Themata reads text up to 20 MB\.\n$/);
    expect(await cli.snapshot()).toBe(before);
  });

  it('states a large file\'s size truthfully against the limit', async () => {
    const cli = await withArticle();
    const file = cli.write('book.txt', '');
    fs.truncateSync(file, Math.round(21.3 * 1024 * 1024));
    const before = await cli.snapshot();
    expectOneClearLine(await cli.run('import', file), /book\.txt is 21\.3 MB; Themata reads text up to 20 MB\.$/m);
    expect(await cli.snapshot()).toBe(before);
  });

  it('refuses standard input over the limit for segment in the same words', async () => {
    const cli = setup();
    const run = await cli.runWithInput(Buffer.alloc(MAX_IMPORT_BYTES + 1, 'a'), 'segment');
    expectOneClearLine(run, /^themata: Standard input is more than 20 MB; Themata reads text up to 20 MB\.\n$/);
  });
});
