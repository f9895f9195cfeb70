/** Where bench notebooks are written: the durable figures measure this disk (THEMATA_BENCH_DIR picks another). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function benchRoot(): string {
  return process.env.THEMATA_BENCH_DIR ?? os.tmpdir();
}

/** A fresh folder for one bench section; the caller removes it. */
export function benchFolder(): string {
  return fs.mkdtempSync(path.join(benchRoot(), 'themata-bench-'));
}
