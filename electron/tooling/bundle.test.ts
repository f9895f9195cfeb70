import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions } from './bundle';

const root = path.resolve(import.meta.dirname, '..', '..');
let out: string;
let main: string;
let preload: string;

/** Every module a CommonJS bundle requires at run time. */
function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]!))].sort();
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bundle-'));
  const options = bundleOptions(root, true);
  await build({ ...options.main, outfile: path.join(out, 'main.cjs') });
  await build({ ...options.preload, outfile: path.join(out, 'preload.cjs') });
  main = fs.readFileSync(path.join(out, 'main.cjs'), 'utf8');
  preload = fs.readFileSync(path.join(out, 'preload.cjs'), 'utf8');
}, 60_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('the Electron bundles', () => {
  it('make the preload one file that requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('keep better-sqlite3 and electron outside the main bundle, and bundle the rest', () => {
    const external = requiredModules(main).filter((name) => !name.startsWith('node:') && !builtinModules.includes(name));
    expect(external).toEqual(['better-sqlite3', 'electron']);
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

