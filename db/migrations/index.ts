import type { Database } from 'better-sqlite3';
import { NotebookError } from '../notebook-error';
import { migrateToNotebook } from './001-notebook';
import { migrateToDetailsAndMemos } from './002-details-and-memos';
import { migrateToGuids } from './003-guids';
import { migrateToCoders } from './004-coders';

export interface Migration {
  /** The schema version this migration produces; PRAGMA user_version after it runs. */
  version: number;
  name: string;
  up: (db: Database) => void;
}

const shipped: Migration[] = [
  { version: 1, name: 'notebook', up: migrateToNotebook },
  { version: 2, name: 'details-and-memos', up: migrateToDetailsAndMemos },
  { version: 3, name: 'guids', up: migrateToGuids },
  { version: 4, name: 'coders', up: migrateToCoders },
];

/** Ordered; a migration, once released, is never edited: add the next one. */
export const migrations: readonly Migration[] = shipped;

/** The newest format this Themata writes. */
export let latestVersion = newest();

/**
 * Tests only: ships one more migration in this process, as a later release
 * of Themata would, so today's notebooks meet an upgrade. Returns the undo.
 */
export function shipMigrationForTest(migration: Migration): () => void {
  if (migration.version !== latestVersion + 1) throw new Error(`the next migration is version ${latestVersion + 1}`);
  shipped.push(migration);
  latestVersion = newest();
  return () => {
    shipped.splice(shipped.indexOf(migration), 1);
    latestVersion = newest();
  };
}

function newest(): number {
  return shipped[shipped.length - 1]!.version;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the notebook to `target` in one transaction: either every pending
 * migration applies, or the file is left exactly as it was.
 */
export function migrate(db: Database, target: number = latestVersion): void {
  if (pendingMigrations(db, target).length === 0) return;
  db.transaction(() => {
    // Read again inside the transaction: another process may have migrated the file meanwhile.
    for (const migration of pendingMigrations(db, target)) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}

export function pendingMigrations(db: Database, target: number = latestVersion): Migration[] {
  const current = schemaVersion(db);
  if (current > latestVersion) {
    throw new NotebookError(
      'newer-notebook',
      `This notebook was written by a newer version of Themata (format ${current}; this version reads up to ${latestVersion}). Update Themata to open it.`,
    );
  }
  return migrations.filter((m) => m.version > current && m.version <= target);
}
