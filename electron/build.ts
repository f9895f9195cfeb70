/**
 * `npm run build`: the renderer for the desktop window, the main process and
 * the preload, into dist/, and the size of each bundle. `--production`
 * minifies the bundles (packaging).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleElectron, describeBundleSizes, type BundleSize } from './tooling/bundle';
import { buildRenderer } from './tooling/renderer-build';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildDesktop(production: boolean): Promise<BundleSize[]> {
  await buildRenderer(ROOT, 'electron');
  return bundleElectron(ROOT, production);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildDesktop(process.argv.includes('--production')).then(
    (sizes) => console.log(describeBundleSizes(sizes)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
