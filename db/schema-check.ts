/**
 * A notebook received from someone else may carry SQL of its own: a trigger
 * that deletes notes on every tag, a view that calls a function. Before a
 * notebook is used, every table, index, trigger and view in it is compared
 * with exactly what Themata's migrations create for its format version.
 */
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { NotebookError } from './notebook-error';
import { migrate } from './migrations';

export interface SchemaObject {
  type: string;
  name: string;
  tableName: string;
  /** Whitespace-normalised CREATE statement; null for SQLite's automatic indexes. */
  sql: string | null;
}

/** Tables SQLite itself creates (ANALYZE statistics); they hold numbers, never code. */
const SQLITE_OWN_TABLES = new Map([
  ['sqlite_stat1', 'CREATE TABLE sqlite_stat1(tbl,idx,stat)'],
  ['sqlite_stat4', 'CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)'],
]);

/** FTS5 keeps its index in shadow tables whose exact SQL varies between SQLite versions. */
const FTS5_SHADOW_SUFFIXES = ['_data', '_idx', '_content', '_docsize', '_config'];

export function normaliseSql(sql: string | null): string | null {
  return sql === null ? null : sql.replace(/\s+/g, ' ').trim();
}

export function readSchema(db: SqliteDatabase): SchemaObject[] {
  const rows = db.prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema ORDER BY rowid').all() as SchemaObject[];
  return rows.map((row) => ({ ...row, sql: normaliseSql(row.sql) }));
}

const expectedByVersion = new Map<number, SchemaObject[]>();

/** What the migrations create up to `version`, built once in memory and remembered. */
export function expectedSchema(version: number): SchemaObject[] {
  let expected = expectedByVersion.get(version);
  if (!expected) {
    const scratch = new Database(':memory:');
    try {
      migrate(scratch, version);
      expected = readSchema(scratch);
    } finally {
      scratch.close();
    }
    expectedByVersion.set(version, expected);
  }
  return expected;
}

/** The first object that Themata would not have created, or that is missing; null when the schema is exactly Themata's. */
export function schemaDifference(actual: SchemaObject[], expected: SchemaObject[]): { kind: 'unknown' | 'missing'; object: SchemaObject } | null {
  const wanted = new Map(expected.map((o) => [o.name, o]));
  const ftsTables = expected.filter((o) => o.type === 'table' && /USING fts5/i.test(o.sql ?? '')).map((o) => o.name);
  for (const object of actual) {
    const own = wanted.get(object.name);
    if (own ? !matches(object, own, ftsTables) : !isSqliteOwn(object)) return { kind: 'unknown', object };
  }
  const present = new Set(actual.map((o) => o.name));
  const missing = expected.find((o) => !present.has(o.name));
  return missing ? { kind: 'missing', object: missing } : null;
}

function matches(object: SchemaObject, own: SchemaObject, ftsTables: string[]): boolean {
  if (object.type !== own.type || object.tableName !== own.tableName) return false;
  if (object.sql === own.sql) return true;
  // Shadow tables are plain data tables FTS5 creates; any trigger on them would still be caught above.
  const isShadow = object.type === 'table' && ftsTables.some((fts) => FTS5_SHADOW_SUFFIXES.some((suffix) => object.name === fts + suffix));
  return isShadow && (object.sql ?? '').startsWith(`CREATE TABLE '${object.name}'(`);
}

function isSqliteOwn(object: SchemaObject): boolean {
  return object.type === 'table' && SQLITE_OWN_TABLES.get(object.name) === object.sql;
}

/** Refuses, naming the first difference, a notebook whose schema is not exactly Themata's. */
export function verifySchema(db: SqliteDatabase, version: number, filePath: string): void {
  const difference = schemaDifference(readSchema(db), expectedSchema(version));
  if (!difference) return;
  const { kind, object } = difference;
  if (kind === 'missing') {
    throw new NotebookError(
      'untrusted-notebook',
      `${filePath} is missing the ${object.type} "${object.name}" that every Themata notebook has, so it was not opened; "themata salvage" copies what it can into a new notebook.`,
    );
  }
  throw new NotebookError(
    'untrusted-notebook',
    `${filePath} holds a ${object.type} "${object.name}" that Themata did not create, so it was not opened (a notebook's own SQL could change or delete your work); "themata salvage" copies what Themata understands into a new notebook.`,
  );
}
