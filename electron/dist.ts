/**
 * `npm run dist`: a minified build, the Electron build of better-sqlite3, and
 * electron-builder's installers for this platform (electron-builder.yml).
 * electron-builder's own native rebuild is off (npmRebuild: false): it would
 * rebuild node_modules in place and break the Node build the tests use.
 */
import path from 'node:path';
import { build as buildInstallers } from 'electron-builder';
import { buildDesktop, ROOT } from './build';
import { electronPackageFolder, installedElectronVersion } from './tooling/electron-binary';
import { ensureElectronNativeModule } from './tooling/native-module';

async function main(): Promise<void> {
  const electronFolder = electronPackageFolder(ROOT);
  if (electronFolder === null) throw new Error('The electron package is not installed; run "npm install".');
  await buildDesktop(true);
  ensureElectronNativeModule({ root: ROOT, electronVersion: installedElectronVersion(electronFolder), log: (line) => console.log(line) });
  await buildInstallers({ config: path.join(ROOT, 'electron-builder.yml'), publish: 'never', projectDir: ROOT });
}

main().catch((error: unknown) => {
  console.error(`Themata could not be packaged: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
