/**
 * `npm run build`: the renderer for the desktop window, the main process and
 * the preload, into dist/. `--production` minifies the bundles (packaging).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleElectron } from './tooling/bundle';
import { buildRenderer } from './tooling/renderer-build';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildDesktop(production: boolean): Promise<void> {
  await buildRenderer(ROOT, 'electron');
  await bundleElectron(ROOT, production);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildDesktop(process.argv.includes('--production')).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
