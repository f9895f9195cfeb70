/**
 * Bundles the main process and the preload with esbuild. Both are CommonJS
 * (.cjs, since package.json says "type": "module"); the preload is one
 * self-contained file, because a sandboxed preload cannot require its own
 * modules. better-sqlite3 stays outside the bundle: it is native code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

export const MAIN_BUNDLE = path.join('dist', 'electron', 'main', 'index.cjs');
export const PRELOAD_BUNDLE = path.join('dist', 'electron', 'preload', 'index.cjs');

export function bundleOptions(root: string, production: boolean): { main: BuildOptions; preload: BuildOptions } {
  const common: BuildOptions = {
    bundle: true,
    format: 'cjs',
    sourcemap: production ? false : 'linked',
    minify: production,
    legalComments: 'none',
    logLevel: 'warning',
    external: ['electron'],
  };
  return {
    main: {
      ...common,
      entryPoints: [path.join(root, 'electron', 'main', 'index.ts')],
      outfile: path.join(root, MAIN_BUNDLE),
      platform: 'node',
      target: 'node22',
      // pdfjs is an ES module that loads its worker code from beside itself: it stays in node_modules.
      external: ['electron', 'better-sqlite3', 'pdfjs-dist'],
      // db/ finds the sample article from import.meta.url, which CommonJS lacks.
      define: { 'import.meta.url': '__themataImportMetaUrl' },
      banner: { js: 'const __themataImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    },
    preload: {
      ...common,
      entryPoints: [path.join(root, 'electron', 'preload', 'index.ts')],
      outfile: path.join(root, PRELOAD_BUNDLE),
      platform: 'browser',
      target: 'chrome140',
    },
  };
}

export interface BundleSize {
  /** Relative to the project root. */
  file: string;
  bytes: number;
}

/** Writes both bundles; returns their sizes, so a build shows when one grows. */
export async function bundleElectron(root: string, production = false): Promise<BundleSize[]> {
  const options = bundleOptions(root, production);
  await Promise.all([build(options.main), build(options.preload)]);
  return [MAIN_BUNDLE, PRELOAD_BUNDLE].map((file) => ({ file, bytes: fs.statSync(path.join(root, file)).size }));
}

/** One line a bundle: "dist/electron/preload/index.cjs  1.1 KB". */
export function describeBundleSizes(sizes: readonly BundleSize[]): string {
  const width = Math.max(...sizes.map((size) => size.file.length));
  return sizes.map((size) => `${size.file.padEnd(width)}  ${(size.bytes / 1024).toFixed(1)} KB`).join('\n');
}
