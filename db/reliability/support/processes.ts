/**
 * Real processes for the reliability tests: the CLI (and two small writers)
 * bundled once with esbuild, because `tsx` compiles on every start and these
 * tests start hundreds of processes. The bundle lives in the repo's ignored
 * dist/ folder so Node resolves better-sqlite3 from /work/main/node_modules.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll } from 'vitest';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SAMPLE_ARTICLE = path.join(REPO, 'sample', 'article.txt');
const BUNDLES = path.join(REPO, 'dist', 'test-cli');

/** What each bundle is built from. */
const ENTRIES = {
  themata: 'cli/index.ts',
  writer: 'db/reliability/support/writer-child.ts',
  bridge: 'electron/bridge/reliability/serve-child.ts',
} as const;

export type Bundle = keyof typeof ENTRIES;

let built: Promise<Record<Bundle, string>> | null = null;

/**
 * Paths of the bundled entries, built once per test process. The folder is
 * named by the bundles' hash and moved into place whole, so test files built
 * in parallel never see each other's half-written output.
 */
export function bundles(): Promise<Record<Bundle, string>> {
  built ??= buildBundles();
  return built;
}

async function buildBundles(): Promise<Record<Bundle, string>> {
  const result = await build({
    absWorkingDir: REPO,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES)),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3', 'electron'],
    outdir: 'out',
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'silent',
    // Bundled CommonJS dependencies may call require().
    banner: { js: "import { createRequire as __themataRequire } from 'node:module'; const require = __themataRequire(import.meta.url);" },
  });
  const hash = createHash('sha256');
  for (const file of result.outputFiles) hash.update(file.path).update(file.contents);
  const folder = path.join(BUNDLES, hash.digest('hex').slice(0, 16));
  if (!fs.existsSync(folder)) {
    fs.mkdirSync(BUNDLES, { recursive: true, mode: 0o755 });
    const staging = fs.mkdtempSync(path.join(BUNDLES, '.staging-'));
    fs.chmodSync(staging, 0o755); // the read-only tests run the CLI as `nobody`
    for (const file of result.outputFiles) fs.writeFileSync(path.join(staging, path.basename(file.path)), file.contents, { mode: 0o644 });
    try {
      fs.renameSync(staging, folder);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another test file won the race with the same bundles
    }
    pruneOldBundles(folder);
  }
  return Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, path.join(folder, `${name}.mjs`)])) as Record<Bundle, string>;
}

/** Bundles from earlier sources, left by previous runs. */
function pruneOldBundles(keep: string): void {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of fs.readdirSync(BUNDLES)) {
    const folder = path.join(BUNDLES, name);
    if (folder !== keep && fs.statSync(folder).mtimeMs < dayAgo) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** A user data folder for this test file, so the backups Themata makes never land in the real one. */
let home: string | null = null;
function testHome(): string {
  if (!home) {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-reliability-home-'));
    // Anyone may write: some tests run Themata as nobody.
    fs.chmodSync(home, 0o777);
  }
  return home;
}
afterAll(() => {
  if (home) fs.rmSync(home, { recursive: true, force: true });
  home = null;
});

/** The environment every spawned Themata process gets: the sample article, a fixed coder, a user data folder of its own. */
export function themataEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, LANG: 'C.UTF-8', THEMATA_SAMPLE_ARTICLE: SAMPLE_ARTICLE, THEMATA_CODER: 'reliability', THEMATA_HOME: testHome(), ...extra };
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Run as user `nobody` (uid and gid 65534, no groups), where file modes mean something. */
  asNobody?: boolean;
  timeoutMs?: number;
}

export const SETPRIV = '/usr/bin/setpriv';
const AS_NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

/** Runs `themata ARGS` to completion; a run that outlives its timeout is killed and shows signal SIGKILL. */
export async function themata(args: string[], options: RunOptions = {}): Promise<Run> {
  const { themata: cli } = await bundles();
  const command = options.asNobody ? [SETPRIV, ...AS_NOBODY, process.execPath, cli, ...args] : [process.execPath, cli, ...args];
  const child = spawn(command[0]!, command.slice(1), { env: options.env ?? themataEnv(), stdio: ['ignore', 'pipe', 'pipe'], cwd: '/' });
  return finished(child, options.timeoutMs ?? 20_000);
}

export function finished(child: ChildProcess, timeoutMs: number): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The CLI's contract for a failure: exactly one line on stderr, prefixed, with no stack frames. */
export function oneFailureLine(run: Run): string | null {
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  if (lines.length !== 1 || !lines[0]!.startsWith('themata: ') || /\n\s+at /.test(run.stderr)) return null;
  return lines[0]!;
}

/** A run's outcome in one line, for assertion messages. */
export function describeRun(run: Run): string {
  return `exit ${run.code ?? run.signal}; stdout ${JSON.stringify(run.stdout.slice(0, 300))}; stderr ${JSON.stringify(run.stderr.slice(0, 600))}`;
}
