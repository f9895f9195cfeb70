/**
 * Where the desktop app finds its own files, in development (the repository)
 * and when packaged (inside resources/app.asar, native code unpacked beside it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CODER_PREFERENCE_FILE } from '../../db/coder-preference';

export interface AppPathsInput {
  /** app.getAppPath(): the repository in development, resources/app.asar when packaged. */
  appPath: string;
  /** app.getPath('userData'). */
  userData: string;
}

export interface AppPaths {
  rendererRoot: string;
  preload: string;
  settingsFile: string;
  /** Who is coding, remembered on this machine; the CLI and the browser workspace read the same file. */
  coderFile: string;
  icon: string;
  /** better-sqlite3 built for Electron's ABI (see docs/native-modules.md). */
  nativeBinding: string;
  /** Notebooks' backups: Backups in the user data folder, where the CLI looks for them too. */
  backupRoot: string;
}

export const NATIVE_BINDING_FILE = path.join('build-electron', 'better_sqlite3.node');

export function appPaths({ appPath, userData }: AppPathsInput): AppPaths {
  return {
    rendererRoot: path.join(appPath, 'dist', 'renderer'),
    preload: path.join(appPath, 'dist', 'electron', 'preload', 'index.cjs'),
    settingsFile: path.join(userData, 'settings.json'),
    coderFile: path.join(userData, CODER_PREFERENCE_FILE),
    icon: path.join(appPath, 'build', 'icon.png'),
    // Native code cannot be loaded from inside an asar archive: it is unpacked next to it.
    nativeBinding: path.join(unpackedPath(appPath), NATIVE_BINDING_FILE),
    backupRoot: path.join(userData, 'Backups'),
  };
}

/** The folder electron-builder's asarUnpack puts files in: app.asar -> app.asar.unpacked. */
export function unpackedPath(appPath: string): string {
  return path.basename(appPath) === 'app.asar' ? path.join(path.dirname(appPath), 'app.asar.unpacked') : appPath;
}

/** The Electron build of better-sqlite3, or a sentence saying how to make it. */
export function findNativeBinding(paths: AppPaths, exists: (file: string) => boolean = fs.existsSync): { ok: true; path: string } | { ok: false; message: string } {
  if (exists(paths.nativeBinding)) return { ok: true, path: paths.nativeBinding };
  return {
    ok: false,
    message: `The notebook engine built for Electron is missing (${paths.nativeBinding}); start Themata with "npm start", which builds it.`,
  };
}
