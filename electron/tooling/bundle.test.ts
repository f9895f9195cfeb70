import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions, describeBundleSizes } from './bundle';

const root = path.resolve(import.meta.dirname, '..', '..');
let out: string;
let main: string;
let preload: string;
/** The source files esbuild put in the preload bundle. */
let preloadInputs: string[];

/** Every module a CommonJS bundle requires at run time. */
function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]!))].sort();
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bundle-'));
  const options = bundleOptions(root, true);
  await build({ ...options.main, outfile: path.join(out, 'main.cjs') });
  const preloadBuild = await build({ ...options.preload, outfile: path.join(out, 'preload.cjs'), metafile: true });
  preloadInputs = Object.keys(preloadBuild.metafile.inputs);
  main = fs.readFileSync(path.join(out, 'main.cjs'), 'utf8');
  preload = fs.readFileSync(path.join(out, 'preload.cjs'), 'utf8');
}, 60_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('the Electron bundles', () => {
  it('make the preload one file that requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('keep the preload under 10 KB, with no zod and no other package in it (it needs the channel names, not the schemas)', () => {
    expect(Buffer.byteLength(preload)).toBeLessThan(10 * 1024);
    expect(preloadInputs.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(preload).not.toMatch(/zod/i);
  });

  it('keep better-sqlite3, electron and pdfjs outside the main bundle, and bundle the rest', () => {
    const external = requiredModules(main).filter((name) => !name.startsWith('node:') && !builtinModules.includes(name));
    // linkedom asks for the optional canvas package inside a try, and falls back to its own shim.
    expect(external).toEqual(['better-sqlite3', 'canvas', 'electron']);
    // pdfjs is an ES module that loads its worker from beside itself: imported from node_modules when a PDF is read.
    expect(main).toMatch(/\bimport\(["']pdfjs-dist\/legacy\/build\/pdf\.mjs["']\)/);
  });

  it('give db/ an import.meta.url in CommonJS, so the sample article is found', () => {
    expect(main).toContain('pathToFileURL(__filename)');
    expect(main).not.toMatch(/import\.meta/);
  });

  it('write CommonJS files beside each other under dist/electron', () => {
    const options = bundleOptions('/r', false);
    expect(options.main.outfile).toBe(path.join('/r', 'dist', 'electron', 'main', 'index.cjs'));
    expect(options.preload.outfile).toBe(path.join('/r', 'dist', 'electron', 'preload', 'index.cjs'));
    expect([options.main.format, options.preload.format]).toEqual(['cjs', 'cjs']);
  });
});

describe('describeBundleSizes', () => {
  it('says each bundle\'s size in KB on a line of its own, sizes aligned', () => {
    const text = describeBundleSizes([
      { file: 'dist/electron/main/index.cjs', bytes: 577_991 },
      { file: 'dist/electron/preload/index.cjs', bytes: 1130 },
    ]);
    expect(text.split('\n')).toEqual(['dist/electron/main/index.cjs     564.4 KB', 'dist/electron/preload/index.cjs  1.1 KB']);
  });
});
