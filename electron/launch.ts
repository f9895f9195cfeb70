/**
 * `npm start`: build, make sure the Electron build of better-sqlite3 exists,
 * and start the desktop app. Where Electron's binary is not installed (a
 * machine without internet), say so in one line and point to the browser
 * workspace instead.
 */
import { spawn } from 'node:child_process';
import { buildDesktop, ROOT } from './build';
import { electronPackageFolder, findElectronBinary, missingElectronMessage } from './tooling/electron-binary';
import { ensureElectronNativeModule } from './tooling/native-module';

async function main(): Promise<number> {
  const electron = findElectronBinary(electronPackageFolder(ROOT));
  if (!electron.ok) {
    console.error(missingElectronMessage(electron.reason));
    return 1;
  }
  await buildDesktop(false);
  ensureElectronNativeModule({ root: ROOT, electronVersion: electron.version, log: (line) => console.log(line) });

  // ELECTRON_RUN_AS_NODE, if a parent set it, would turn the app into a plain Node process.
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
  const child = spawn(electron.executable, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', cwd: ROOT, env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Themata could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
