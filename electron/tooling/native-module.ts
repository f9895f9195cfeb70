/**
 * better-sqlite3 for Electron, kept apart from the Node build in node_modules.
 * Electron embeds its own Node with another ABI, so the app loads
 * build-electron/better_sqlite3.node (better-sqlite3's nativeBinding option)
 * while tests and the CLI keep node_modules/better-sqlite3/build. Neither
 * `npm test` nor `npm start` breaks the other. See docs/native-modules.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface NativeBuild {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export const BUILD_FOLDER = 'build-electron';
export const BINDING_FILE = 'better_sqlite3.node';
const STAMP_FILE = 'better_sqlite3.json';

/** A rebuild is needed when the binding is missing or was built for another Electron, better-sqlite3 or machine. */
export function needsNativeRebuild(stamp: unknown, wanted: NativeBuild, bindingExists: boolean): boolean {
  if (!bindingExists || typeof stamp !== 'object' || stamp === null) return true;
  const built = stamp as Partial<Record<keyof NativeBuild, unknown>>;
  return (Object.keys(wanted) as (keyof NativeBuild)[]).some((key) => built[key] !== wanted[key]);
}

/** prebuild-install fetches better-sqlite3's published Electron build (GitHub releases). */
export function prebuildArgs(wanted: NativeBuild): string[] {
  return ['--runtime=electron', `--target=${wanted.electron}`, `--arch=${wanted.arch}`, `--platform=${wanted.platform}`, '--verbose'];
}

/** node-gyp compiles it against Electron's headers when no prebuilt one exists. */
export function nodeGypArgs(wanted: NativeBuild): string[] {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${wanted.electron}`,
    `--arch=${wanted.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ];
}

export interface EnsureOptions {
  root: string;
  electronVersion: string;
  log: (line: string) => void;
}

/** Returns the path of the Electron build of better-sqlite3, building it when needed. */
export function ensureElectronNativeModule({ root, electronVersion, log }: EnsureOptions): string {
  const moduleFolder = path.dirname(createRequire(path.join(root, 'package.json')).resolve('better-sqlite3/package.json'));
  const wanted: NativeBuild = {
    electron: electronVersion,
    betterSqlite3: (JSON.parse(fs.readFileSync(path.join(moduleFolder, 'package.json'), 'utf8')) as { version: string }).version,
    platform: process.platform,
    arch: process.arch,
  };
  const outFolder = path.join(root, BUILD_FOLDER);
  const binding = path.join(outFolder, BINDING_FILE);
  const stampFile = path.join(outFolder, STAMP_FILE);
  if (!needsNativeRebuild(readJson(stampFile), wanted, fs.existsSync(binding))) return binding;

  log(`Building the notebook engine (better-sqlite3 ${wanted.betterSqlite3}) for Electron ${wanted.electron}…`);
  // Work on a copy, so node_modules keeps its Node build for the tests and the CLI.
  const stage = path.join(outFolder, 'stage');
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(outFolder, { recursive: true });
  fs.cpSync(moduleFolder, stage, { recursive: true, filter: (source) => !isBuildOutput(moduleFolder, source) });

  const built = path.join(stage, 'build', 'Release', BINDING_FILE);
  const moduleRequire = createRequire(path.join(moduleFolder, 'package.json'));
  const prebuild = run(moduleRequire.resolve('prebuild-install/bin.js'), prebuildArgs(wanted), stage);
  if (!prebuild || !fs.existsSync(built)) {
    log('No prebuilt engine for this Electron; compiling it (needs Python and a C++ compiler)…');
    if (!run(nodeGypScript(root), nodeGypArgs(wanted), stage) || !fs.existsSync(built)) {
      throw new Error('Could not build better-sqlite3 for Electron; see the output above and docs/native-modules.md.');
    }
  }
  fs.copyFileSync(built, binding);
  fs.writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
  fs.rmSync(stage, { recursive: true, force: true });
  return binding;
}

function isBuildOutput(moduleFolder: string, source: string): boolean {
  const relative = path.relative(moduleFolder, source);
  return relative === 'build' || relative.startsWith(`build${path.sep}`) || relative === 'prebuilds';
}

/** npm tells scripts where its own node-gyp is; otherwise the one in node_modules. */
function nodeGypScript(root: string): string {
  const fromNpm = process.env.npm_config_node_gyp;
  if (fromNpm && fs.existsSync(fromNpm)) return fromNpm;
  return createRequire(path.join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
}

function run(script: string, args: string[], cwd: string): boolean {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit' });
  return result.status === 0;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}
