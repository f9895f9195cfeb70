/**
 * Whether Electron's binary is on this machine, decided from the files the
 * electron package leaves, without require('electron'): that would try to
 * download the binary, which machines without internet cannot do.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { ok: true; executable: string; version: string } | { ok: false; reason: string };

export interface FileReader {
  readText(file: string): string | null;
  exists(file: string): boolean;
}

const diskReader: FileReader = {
  readText: (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  exists: (file) => fs.existsSync(file),
};

/** node_modules/electron, or null when the package is not installed. */
export function electronPackageFolder(from: string = process.cwd()): string | null {
  try {
    return path.dirname(createRequire(path.join(from, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Mirrors node_modules/electron/index.js: dist/<path.txt>, or ELECTRON_OVERRIDE_DIST_PATH. */
export function findElectronBinary(
  packageFolder: string | null,
  env: NodeJS.ProcessEnv = process.env,
  files: FileReader = diskReader,
): ElectronBinary {
  if (packageFolder === null) return { ok: false, reason: 'the electron package is not installed; run "npm install"' };
  const version = installedElectronVersion(packageFolder, files);
  const relative = files.readText(path.join(packageFolder, 'path.txt'))?.trim() || null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = path.join(override, relative ?? 'electron');
    return files.exists(executable) ? { ok: true, executable, version } : { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${executable}` };
  }
  if (relative === null) {
    return { ok: false, reason: 'it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed' };
  }
  const executable = path.join(packageFolder, 'dist', relative);
  return files.exists(executable) ? { ok: true, executable, version } : { ok: false, reason: `${executable} is missing` };
}

/** The version of the installed electron package (the binary need not be there). */
export function installedElectronVersion(packageFolder: string, files: FileReader = diskReader): string {
  return versionOf(files.readText(path.join(packageFolder, 'package.json')));
}

/** The one line `npm start` prints where there is no Electron to start. */
export function missingElectronMessage(reason: string): string {
  return `Electron's binary is not installed on this machine (${reason}); run "npm run dev:web" to open the same workspace in your browser.`;
}

function versionOf(packageJson: string | null): string {
  try {
    const parsed = JSON.parse(packageJson ?? '{}') as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
