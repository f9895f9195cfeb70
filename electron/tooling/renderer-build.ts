/** Builds the renderer with Vite: `electron` into dist/renderer, `web` into dist/renderer-web. */
import path from 'node:path';
import { build } from 'vite';

export async function buildRenderer(root: string, mode: 'electron' | 'web'): Promise<void> {
  // root is given explicitly, so the build does not depend on the folder it is started from.
  await build({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'renderer'), mode, logLevel: 'warn' });
}
