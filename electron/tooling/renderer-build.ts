/** Builds the renderer with Vite: `electron` into dist/renderer, `web` into dist/renderer-web. */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export type RendererMode = 'electron' | 'web';

/** Beside the build: the files it was made from, so a later start can tell whether it is still current. */
const INPUTS_FILE = '.build-inputs.json';
/** Files that change every module without being one. */
const ALWAYS_INPUTS = ['vite.config.ts', 'package-lock.json', 'renderer/index.html'];

export function rendererOutDir(root: string, mode: RendererMode): string {
  return path.join(root, 'dist', mode === 'web' ? 'renderer-web' : 'renderer');
}

export async function buildRenderer(root: string, mode: RendererMode): Promise<void> {
  // root is given explicitly, so the build does not depend on the folder it is started from.
  const result = await build({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'renderer'), mode, logLevel: 'warn' });
  const outputs = Array.isArray(result) ? result : [result];
  const modules = new Set<string>();
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const item of output.output) if (item.type === 'chunk') for (const id of item.moduleIds) modules.add(id);
  }
  writeBuildInputs(root, mode, [...modules]);
}

/** Builds only when a source is newer than the build (or the build is missing); says which it did. */
export async function ensureRendererBuilt(root: string, mode: RendererMode): Promise<'built' | 'reused'> {
  if (rendererBuildIsFresh(root, mode)) return 'reused';
  await buildRenderer(root, mode);
  return 'built';
}

/** Records the project's own files a build read (not packages, not Vite's virtual modules), relative to root. */
export function writeBuildInputs(root: string, mode: RendererMode, moduleIds: string[]): void {
  const inputs = new Set(ALWAYS_INPUTS);
  for (const id of moduleIds) {
    const file = id.split('?')[0]!;
    if (file.startsWith('\0') || !path.isAbsolute(file)) continue;
    const relative = path.relative(root, file);
    if (relative.startsWith('..') || relative.split(path.sep).includes('node_modules')) continue;
    inputs.add(relative.split(path.sep).join('/'));
  }
  fs.writeFileSync(path.join(rendererOutDir(root, mode), INPUTS_FILE), `${JSON.stringify([...inputs].sort(), null, 2)}\n`);
}

/**
 * True when the build's page exists and no file it was built from has changed
 * since (a removed file counts as a change). A new import shows as a change to
 * the file that imports it.
 */
export function rendererBuildIsFresh(root: string, mode: RendererMode): boolean {
  const outDir = rendererOutDir(root, mode);
  let builtAt: number;
  let inputs: string[];
  try {
    builtAt = fs.statSync(path.join(outDir, 'index.html')).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(path.join(outDir, INPUTS_FILE), 'utf8')) as string[];
  } catch {
    return false;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return false;
  return inputs.every((input) => {
    try {
      return fs.statSync(path.join(root, input)).mtimeMs <= builtAt;
    } catch {
      return false;
    }
  });
}
