/**
 * Runs once before the end-to-end tests: says where they run and why, and
 * builds what that target loads (the web build for Chromium; the desktop
 * build and the Electron build of better-sqlite3 for Electron).
 */
import fs from 'node:fs';
import { buildDesktop } from '../electron/build';
import { describeE2eTarget } from '../electron/tooling/e2e-target';
import { installedElectronVersion, electronPackageFolder } from '../electron/tooling/electron-binary';
import { ensureElectronNativeModule } from '../electron/tooling/native-module';
import { ensureRendererBuilt } from '../electron/tooling/renderer-build';
import { ROOT, target } from './target';

export default async function globalSetup(): Promise<void> {
  console.log(describeE2eTarget(target));
  if (target.name === 'chromium') {
    if (!fs.existsSync(target.executable)) {
      throw new Error(`Chromium is not installed at ${target.executable}: run "apt-get install chromium", or set CHROMIUM_PATH.`);
    }
    // A build newer than every source it was made from is reused.
    await ensureRendererBuilt(ROOT, 'web');
    return;
  }
  await buildDesktop(false);
  ensureElectronNativeModule({
    root: ROOT,
    electronVersion: installedElectronVersion(electronPackageFolder(ROOT) ?? ''),
    log: (line) => console.log(line),
  });
}
