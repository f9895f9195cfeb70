/**
 * Where the end-to-end tests run: in Electron itself when its binary is
 * installed, otherwise in Debian's Chromium through the loopback bridge
 * (the same wrapper and handlers, so every check still applies).
 * THEMATA_E2E_TARGET=electron|chromium forces one.
 */
import type { ElectronBinary } from './electron-binary';

export type E2eTarget =
  | { name: 'electron'; executable: string; reason: string }
  | { name: 'chromium'; executable: string; reason: string };

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chooseE2eTarget(env: NodeJS.ProcessEnv, electron: ElectronBinary): E2eTarget {
  const forced = env.THEMATA_E2E_TARGET;
  const chromium = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (forced !== undefined && forced !== 'electron' && forced !== 'chromium') {
    throw new Error(`THEMATA_E2E_TARGET must be "electron" or "chromium", not ${JSON.stringify(forced)}.`);
  }
  if (forced === 'chromium') return { name: 'chromium', executable: chromium, reason: 'THEMATA_E2E_TARGET=chromium' };
  if (electron.ok) {
    return { name: 'electron', executable: electron.executable, reason: `Electron ${electron.version} is installed${forced ? ' (THEMATA_E2E_TARGET=electron)' : ''}` };
  }
  if (forced === 'electron') throw new Error(`THEMATA_E2E_TARGET=electron, but Electron's binary is not installed (${electron.reason}).`);
  return { name: 'chromium', executable: chromium, reason: `Electron's binary is not installed (${electron.reason}), so the workspace runs in Chromium through the loopback bridge` };
}

/** The one line a test run prints about where it runs. */
export function describeE2eTarget(target: E2eTarget): string {
  return `End-to-end target: ${target.name} (${target.executable}) - ${target.reason}.`;
}

/** Debian's Chromium in a container: no sandbox (root), no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
