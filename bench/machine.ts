/** The machine a bench ran on, printed above its table so figures from different machines are not compared blindly. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  platform: string;
  node: string;
  sqlite: string;
  betterSqlite3: string;
  /** Where the bench's notebooks live: durable figures depend on this disk. */
  benchFolder: string;
}

export function describeMachine(benchFolder: string): Machine {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('better-sqlite3')), '..', 'package.json'), 'utf8')) as { version: string };
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    sqlite,
    betterSqlite3: pkg.version,
    benchFolder,
  };
}

export function machineHeader(m: Machine): string {
  return [
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, ${m.platform}`,
    `Node ${m.node}, SQLite ${m.sqlite} (better-sqlite3 ${m.betterSqlite3}); notebooks in ${m.benchFolder}`,
  ].join('\n');
}
