/**
 * A researcher's laptop can lose power, and the system can kill Themata, at
 * any moment. Whatever Themata acknowledged ("Tagged ...", "Saved the note")
 * must survive that, and the notebook must stay intact. Writers here are
 * SIGKILLed at seeded random moments; afterwards every acknowledged write is
 * looked for. (The bridge's turn is in electron/bridge/reliability.)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ack, checkAcknowledged, reopenAfterCrash, completeLines } from './support/acknowledged';
import { createStudy, inspect } from './support/notebook-files';
import { bundles, describeRun, finished, themataEnv } from './support/processes';
import { seededRandom } from './support/seeded-random';

const ROUNDS_PER_WRITER = 10;
const SENTENCES = 400;
const random = seededRandom();

interface Round {
  acks: Ack[];
  killed: boolean;
}

describe('SIGKILL during a burst of writes', () => {
  let work = '';
  let base = '';
  /** Sentence id by number in document 2, theme id by key. */
  let sentenceIds: number[] = [];
  let themeIds = new Map<number, number>();
  const totals = { kills: 0, acknowledged: 0, lost: 0 };

  beforeAll(async () => {
    console.log(`[reliability] SIGKILL (CLI): seed ${random.seed} (THEMATA_SEED=${random.seed} replays it)`);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-kill-'));
    base = path.join(work, 'base.themata');
    createStudy(base, { sentences: SENTENCES, tags: 0, notes: 0 });
    inspect(base, (db) => {
      sentenceIds = (db.prepare('SELECT id FROM sentences WHERE document_id = 2 ORDER BY ordinal').all() as { id: number }[]).map((r) => r.id);
      // A theme's key is its place in the codebook (this one is flat).
      themeIds = new Map((db.prepare('SELECT id FROM themes ORDER BY position, id LIMIT 9').all() as { id: number }[]).map((r, i) => [i + 1, r.id]));
    });
    await bundles();
  });

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    console.log(`[reliability] SIGKILL (CLI and in-process writer): ${totals.kills} kills, ${totals.acknowledged} acknowledged writes checked, ${totals.lost} lost`);
  });

  function copyOfBase(name: string): string {
    const file = path.join(work, `${name}.themata`);
    fs.copyFileSync(base, file);
    return file;
  }

  /**
   * A shell loop running `themata tag` and `themata note` one after another,
   * killed with its whole process group, so the CLI process in the middle of
   * its write dies too.
   */
  async function cliLoopRound(index: number): Promise<Round> {
    const { themata: cli } = await bundles();
    const file = copyOfBase(`cli-${index}`);
    const script = `
      i=0
      while [ $i -lt ${SENTENCES} ]; do
        i=$((i + 1))
        "$NODE" "$CLI" tag "2:$i" "$(( i % 4 + 1 ))" --notebook "$NOTEBOOK" || exit 1
        if [ $(( i % 3 )) -eq 0 ]; then "$NODE" "$CLI" note "2:$i" "cli note $i" --notebook "$NOTEBOOK" || exit 1; fi
      done`;
    const child = spawn('bash', ['-c', script], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: themataEnv({ NODE: process.execPath, CLI: cli, NOTEBOOK: file }),
    });
    const run = finished(child, 30_000);
    const delay = random.between(150, 1500);
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The loop ended just before its kill: the round then counts no kill.
      }
    }, delay);
    const result = await run;
    clearTimeout(timer);
    const acks: Ack[] = [];
    for (const line of completeLines(result.stdout)) {
      const tagged = /^Tagged 2:(\d+) as /.exec(line);
      const noted = /^Saved the note on 2:(\d+)$/.exec(line);
      if (tagged) {
        const n = Number(tagged[1]);
        acks.push({ kind: 'tag', sentenceId: sentenceIds[n - 1]!, themeId: themeIds.get((n % 4) + 1)! });
      } else if (noted) {
        const n = Number(noted[1]);
        acks.push({ kind: 'note', sentenceId: sentenceIds[n - 1]!, body: `cli note ${n}` });
      } else {
        throw new Error(`unexpected output from the CLI loop: ${line}`);
      }
    }
    expect(result.stderr, `a CLI run failed before the kill: ${describeRun(result)}`).toBe('');
    return { acks, killed: result.signal === 'SIGKILL' };
  }

  /** One long-running process writing through the Notebook API, printing each write once the call returned. */
  async function writerRound(index: number): Promise<Round> {
    const { writer } = await bundles();
    const file = copyOfBase(`writer-${index}`);
    const child = spawn(process.execPath, [writer, file, '2'], { stdio: ['ignore', 'pipe', 'pipe'], env: themataEnv() });
    const delay = random.between(10, 400);
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', function startClock(chunk: Buffer) {
      if (!chunk.toString().includes('ready\n')) return;
      child.stdout.off('data', startClock);
      timer = setTimeout(() => child.kill('SIGKILL'), delay);
    });
    const result = await finished(child, 30_000);
    clearTimeout(timer);
    expect(result.stderr, describeRun(result)).toBe('');
    const acks: Ack[] = [];
    for (const line of completeLines(result.stdout)) {
      const [kind, sentence, ...rest] = line.split(' ');
      if (kind === 'tag') acks.push({ kind: 'tag', sentenceId: Number(sentence), themeId: Number(rest[0]) });
      else if (kind === 'note') acks.push({ kind: 'note', sentenceId: Number(sentence), body: rest.join(' ') });
    }
    return { acks, killed: result.signal === 'SIGKILL' };
  }

  async function verify(name: string, round: Round): Promise<void> {
    const file = path.join(work, `${name}.themata`);
    // Themata opens the notebook again, as the app would after the crash.
    reopenAfterCrash(file);
    const after = checkAcknowledged(file, round.acks);
    expect(after.integrity).toBe('ok');
    expect(after.lost, `${name}: acknowledged writes missing after SIGKILL`).toEqual([]);
    if (round.killed) totals.kills += 1;
    totals.acknowledged += round.acks.length;
    totals.lost += after.lost.length;
  }

  it(
    'keeps every acknowledged write, and an intact notebook, across SIGKILLs of CLI loops and a writer process',
    async () => {
      // Two lanes: a CLI loop and a writer process are killed side by side, each on its own notebook.
      for (let index = 0; index < ROUNDS_PER_WRITER; index += 1) {
        const [cli, writer] = await Promise.all([cliLoopRound(index), writerRound(index)]);
        await Promise.all([verify(`cli-${index}`, cli), verify(`writer-${index}`, writer)]);
      }
      expect(totals.kills).toBeGreaterThanOrEqual(2 * ROUNDS_PER_WRITER - 1);
      expect(totals.acknowledged).toBeGreaterThan(4 * ROUNDS_PER_WRITER);
    },
    120_000,
  );
});
