/**
 * The browser workspace saves through the loopback bridge: once the bridge has
 * answered a tag toggle or a note save with ok, that write must survive the
 * bridge's process being SIGKILLed at any moment, and the notebook must stay
 * intact. Calls are made over HTTP exactly as renderer/bridge/bridge-api.ts
 * makes them; kill moments are seeded random.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ack, checkAcknowledged, reopenAfterCrash } from '../../../db/reliability/support/acknowledged';
import { createStudy, inspect } from '../../../db/reliability/support/notebook-files';
import { bundles, describeRun, finished, themataEnv } from '../../../db/reliability/support/processes';
import { seededRandom } from '../../../db/reliability/support/seeded-random';

const ROUNDS = 12;
const LANES = 3;
const SENTENCES = 300;
const random = seededRandom();

interface Served {
  child: ChildProcess;
  origin: string;
  token: string;
}

type CallResult = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

describe('SIGKILL of the bridge during a burst of saves', () => {
  let work = '';
  let base = '';
  let sentenceIds: number[] = [];
  let themeIds: number[] = [];
  const totals = { kills: 0, acknowledged: 0, lost: 0 };

  beforeAll(async () => {
    console.log(`[reliability] SIGKILL (bridge): seed ${random.seed} (THEMATA_SEED=${random.seed} replays it)`);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bridge-kill-'));
    base = path.join(work, 'base.themata');
    createStudy(base, { sentences: SENTENCES, tags: 0, notes: 0 });
    inspect(base, (db) => {
      sentenceIds = (db.prepare('SELECT id FROM sentences WHERE document_id = 2 ORDER BY ordinal').all() as { id: number }[]).map((r) => r.id);
      themeIds = (db.prepare('SELECT id FROM themes ORDER BY position').all() as { id: number }[]).map((r) => r.id);
    });
    await bundles();
  });

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    console.log(`[reliability] SIGKILL (bridge): ${totals.kills} kills, ${totals.acknowledged} acknowledged saves checked, ${totals.lost} lost`);
  });

  async function serve(file: string): Promise<Served> {
    const { bridge } = await bundles();
    const child = spawn(process.execPath, [bridge, file], { stdio: ['ignore', 'pipe', 'pipe'], env: themataEnv() });
    const first = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
      child.once('exit', (code) => reject(new Error(`the bridge exited (${code}) before serving: ${err}`)));
    });
    const { origin, token } = JSON.parse(first) as { origin: string; token: string };
    return { child, origin, token };
  }

  /** One call the way the browser build makes it; null when the connection died before a whole answer came back. */
  async function call(served: Served, channel: string, input: unknown): Promise<CallResult | null> {
    try {
      const response = await fetch(`${served.origin}/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-themata-token': served.token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as CallResult;
    } catch {
      return null;
    }
  }

  /**
   * Saves one after another until the bridge dies: lane L takes writes L,
   * L + LANES, ... so every (sentence, theme) pair is toggled once and every
   * sentence noted at most once, and an acknowledged save is never undone by a later one.
   */
  async function lane(served: Served, first: number, acks: Ack[]): Promise<void> {
    for (let i = first; i < SENTENCES * themeIds.length; i += LANES) {
      const sentenceId = sentenceIds[i % SENTENCES]!;
      const themeId = themeIds[Math.floor(i / SENTENCES)]!;
      const toggled = await call(served, 'tags:toggle', { sentenceIds: [sentenceId], themeId });
      if (toggled === null) return;
      if (!toggled.ok || (toggled.value as { applied: boolean }).applied !== true) throw new Error(`tags:toggle answered ${JSON.stringify(toggled)}`);
      acks.push({ kind: 'tag', sentenceId, themeId });
      if (i < SENTENCES && i % 2 === 0) {
        const body = `bridge note ${i}`;
        const saved = await call(served, 'notes:set', { sentenceId, body });
        if (saved === null) return;
        if (!saved.ok) throw new Error(`notes:set answered ${JSON.stringify(saved)}`);
        acks.push({ kind: 'note', sentenceId, body });
      }
    }
  }

  async function round(index: number): Promise<void> {
    const file = path.join(work, `bridge-${index}.themata`);
    fs.copyFileSync(base, file);
    const served = await serve(file);
    const exited = finished(served.child, 30_000);
    const acks: Ack[] = [];
    const timer = setTimeout(() => served.child.kill('SIGKILL'), random.between(5, 400));
    await Promise.all(Array.from({ length: LANES }, (_, first) => lane(served, first, acks)));
    const result = await exited;
    clearTimeout(timer);
    expect(result.signal, `the bridge was not killed: ${describeRun(result)}`).toBe('SIGKILL');

    // Themata opens the notebook again, as the app would after the crash.
    reopenAfterCrash(file);
    const after = checkAcknowledged(file, acks);
    expect(after.integrity).toBe('ok');
    expect(after.lost, `round ${index}: acknowledged saves missing after SIGKILL`).toEqual([]);
    totals.kills += 1;
    totals.acknowledged += acks.length;
    totals.lost += after.lost.length;
  }

  it(
    'keeps every save the bridge acknowledged, and an intact notebook, across SIGKILLs',
    async () => {
      for (let index = 0; index < ROUNDS; index += 2) await Promise.all([round(index), round(index + 1)]);
      expect(totals.kills).toBe(ROUNDS);
      expect(totals.acknowledged).toBeGreaterThan(ROUNDS);
    },
    90_000,
  );
});
