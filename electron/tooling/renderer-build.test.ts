import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rendererBuildIsFresh, rendererOutDir, writeBuildInputs } from './renderer-build';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

const HOUR = 3600;

/** A project with a renderer source, a package and a web build made an hour after the sources. */
function project() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-build-'));
  roots.push(root);
  const write = (relative: string, at: number) => {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, relative);
    fs.utimesSync(file, at, at);
  };
  const start = Math.floor(Date.now() / 1000) - 10 * HOUR;
  for (const file of ['vite.config.ts', 'package-lock.json', 'renderer/index.html', 'renderer/app/App.tsx', 'electron/contract/channels.ts', 'node_modules/react/index.js']) write(file, start);
  const outDir = rendererOutDir(root, 'web');
  fs.mkdirSync(outDir, { recursive: true });
  writeBuildInputs(root, 'web', [
    path.join(root, 'renderer/app/App.tsx'),
    `${path.join(root, 'renderer/app/App.tsx')}?used`,
    path.join(root, 'electron/contract/channels.ts'),
    path.join(root, 'node_modules/react/index.js'),
    '\0vite/modulepreload-polyfill',
  ]);
  write(path.relative(root, path.join(outDir, 'index.html')), start + HOUR);
  return { root, outDir, touch: (relative: string) => write(relative, start + 2 * HOUR) };
}

describe('reusing a renderer build', () => {
  it('reuses a build newer than every source it was made from', () => {
    const { root } = project();
    expect(rendererBuildIsFresh(root, 'web')).toBe(true);
  });

  it('records the project\'s own sources only, without packages or virtual modules', () => {
    const { outDir } = project();
    const inputs = JSON.parse(fs.readFileSync(path.join(outDir, '.build-inputs.json'), 'utf8')) as string[];
    expect(inputs).toEqual(['electron/contract/channels.ts', 'package-lock.json', 'renderer/app/App.tsx', 'renderer/index.html', 'vite.config.ts']);
  });

  it.each(['renderer/app/App.tsx', 'electron/contract/channels.ts', 'vite.config.ts', 'package-lock.json'])('builds again once %s changes', (file) => {
    const { root, touch } = project();
    touch(file);
    expect(rendererBuildIsFresh(root, 'web')).toBe(false);
  });

  it('builds again when a source it was made from is gone, or the build is incomplete', () => {
    const removed = project();
    fs.rmSync(path.join(removed.root, 'renderer/app/App.tsx'));
    expect(rendererBuildIsFresh(removed.root, 'web')).toBe(false);
    const incomplete = project();
    fs.rmSync(path.join(incomplete.outDir, '.build-inputs.json'));
    expect(rendererBuildIsFresh(incomplete.root, 'web')).toBe(false);
    const missing = project();
    expect(rendererBuildIsFresh(missing.root, 'electron')).toBe(false);
  });
});
