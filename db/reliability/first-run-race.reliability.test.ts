/**
 * The first time Themata runs there is no notebook yet, and the desktop app,
 * a script and a terminal may all start at once, each creating the default
 * notebook with the sample study. Exactly one notebook must result, holding
 * every write any of them acknowledged; a process may only be told, with
 * exit 1, that the notebook is busy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect, integrity } from './support/notebook-files';
import { bundles, describeRun, oneFailureLine, themata, themataEnv, type Run } from './support/processes';

const TRIALS = 20;
const PROCESSES = 6;

describe('six processes creating the default notebook at once', () => {
  let work = '';
  const totals = { processes: 0, acknowledged: 0, lost: 0, busy: 0 };
  const busyMessages = new Set<string>();

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-first-run-'));
    await bundles();
  });

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    console.log(
      `[reliability] first-run race: ${TRIALS} trials x ${PROCESSES} processes, ${totals.acknowledged} acknowledged tags, ${totals.lost} lost, ${totals.busy} told "busy" (exit 1)`,
    );
    for (const message of busyMessages) console.log(`[reliability] first-run race, busy message: ${message}`);
  });

  /** One trial: a THEMATA_HOME that is empty, or (every other trial) not there at all yet. */
  async function trial(index: number): Promise<void> {
    const home = path.join(work, `home-${index}`);
    if (index % 2 === 0) fs.mkdirSync(home);
    const env = themataEnv({ THEMATA_HOME: home });
    const runs: Run[] = await Promise.all(Array.from({ length: PROCESSES }, (_, k) => themata(['tag', `1:${k + 1}`, '1'], { env })));

    const acknowledged: number[] = [];
    runs.forEach((run, k) => {
      totals.processes += 1;
      if (run.code === 0) {
        expect(run.stdout, describeRun(run)).toMatch(new RegExp(`^Tagged 1:${k + 1} as "Missile claims"`));
        acknowledged.push(k + 1);
        return;
      }
      const line = oneFailureLine(run);
      expect(run.code === 1 && line !== null && /busy|in use|open in another/i.test(line), `trial ${index}, process ${k + 1}: ${describeRun(run)}`).toBe(true);
      totals.busy += 1;
      busyMessages.add(line!.replace(home, '$THEMATA_HOME'));
    });

    const notebook = path.join(home, 'Notebook.themata');
    // Backups/ holds the rolling backup the first tag made (db/backups.ts); nothing else may be left.
    expect(fs.readdirSync(home).filter((name) => name !== 'Backups'), 'files left beside the notebook').toEqual(['Notebook.themata']);
    const tagged = inspect(notebook, (db) => {
      expect(integrity(db)).toBe('ok');
      expect((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(1);
      expect((db.prepare('SELECT count(*) AS n FROM themes').get() as { n: number }).n).toBe(4);
      const rows = db
        .prepare('SELECT s.ordinal FROM tags t JOIN sentences s ON s.id = t.sentence_id JOIN themes th ON th.id = t.theme_id WHERE th.id = (SELECT id FROM themes ORDER BY position, id LIMIT 1) AND s.document_id = 1')
        .all() as { ordinal: number }[];
      return new Set(rows.map((r) => r.ordinal));
    });
    const lost = acknowledged.filter((k) => !tagged.has(k));
    totals.acknowledged += acknowledged.length;
    totals.lost += lost.length;
    expect(lost, `trial ${index}: acknowledged tags missing from the notebook`).toEqual([]);
  }

  it(
    `loses no acknowledged write and leaves one intact notebook, ${TRIALS} times`,
    async () => {
      for (let index = 0; index < TRIALS; index += 1) await trial(index);
      expect(totals.acknowledged).toBeGreaterThan(0);
    },
    120_000,
  );
});
