/**
 * What the packaged app must hold, asked of electron-builder.yml as
 * electron-builder itself reads it: its loader, its validator, and the file
 * matchers it packs with. The properties hold however the file is written.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTEBOOK_EXTENSION, PRODUCT_NAME } from '../db/default-notebook';
import { APP_ID } from './main/app-id';
import { appPaths } from './main/paths';
import { workspaceWindowOptions } from './main/window-options';
import { bundleOptions } from './tooling/bundle';

/** electron-builder's filters: whether a file (given with its stat) is packed. */
type Filter = (file: string, stat: { isDirectory(): boolean }) => boolean;
/** Exported by electron-builder but left out of its declarations: typed here as far as this test uses it. */
const { getNodeModuleFileMatcher } = createRequire(import.meta.url)('app-builder-lib/out/fileMatcher') as {
  getNodeModuleFileMatcher: (
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: object,
    packager: { config: Configuration; debugLogger: { isEnabled: boolean } },
  ) => { createFilter(): Filter };
};

const root = path.resolve(import.meta.dirname, '..');
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  productName: string;
  dependencies: Record<string, string>;
};
/** validateConfiguration's logger is only written to when enabled. */
const quietLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1];
/** A file, as electron-builder's filters are given one. */
const aFile = { isDirectory: () => false };
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
});

/** Whether electron-builder's matchers for `name` ("files", "asarUnpack") take this file of the project. */
function matches(name: 'files' | 'asarUnpack', file: string): boolean {
  const options = { macroExpander: (pattern: string) => pattern, customBuildOptions: {}, globalOutDir: path.join(root, 'release'), defaultSrc: root };
  const matchers = getFileMatchers(config, name, path.join(root, 'release', 'app'), options) ?? [];
  return matchers.some((matcher) => (matcher.createFilter() as Filter)(path.join(root, file), aFile));
}

/** Whether the file of an installed package goes into the app (electron-builder packs production dependencies through this filter). */
function packsModuleFile(file: string): boolean {
  const matcher = getNodeModuleFileMatcher(root, path.join(root, 'release', 'app'), (pattern) => pattern, {}, { config, debugLogger: { isEnabled: false } });
  return matcher.createFilter()(path.join(root, 'node_modules', file), aFile);
}

/** A path of the project in the form electron-builder matches (forward slashes, from the project root). */
function fromRoot(file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

describe('the packaged app', () => {
  it("passes electron-builder's own validator", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('is checked for real: the validator refuses an unknown option', async () => {
    await expect(validateConfiguration({ ...config, iconz: 'build/icon.png' } as Configuration, quietLogger)).rejects.toThrow(/iconz/);
  });

  it('holds every file the app loads: the entry point, the main bundle, the preload, the renderer, the sample article', () => {
    const paths = appPaths({ appPath: root, userData: '/u' });
    const bundles = bundleOptions(root, true);
    const loaded = [
      'package.json',
      packageJson.main,
      fromRoot(bundles.main.outfile!),
      fromRoot(paths.preload),
      fromRoot(bundles.preload.outfile!),
      fromRoot(path.join(paths.rendererRoot, 'index.html')),
      fromRoot(path.join(paths.rendererRoot, 'assets', 'index-abc123.js')),
      fromRoot(paths.icon),
      // db/ finds the sample article from the main bundle: three folders up, in sample/.
      fromRoot(path.join(path.dirname(bundles.main.outfile!), '..', '..', '..', 'sample', 'article.txt')),
    ];
    expect(loaded.filter((file) => !matches('files', file))).toEqual([]);
  });

  it('gives the window the preload the build writes', () => {
    const options = workspaceWindowOptions({ paths: appPaths({ appPath: root, userData: '/u' }), bounds: { x: 0, y: 0, width: 1280, height: 820 }, isDevelopment: false, dark: false });
    expect(options.webPreferences?.preload).toBe(bundleOptions(root, true).preload.outfile);
  });

  it('holds the Electron build of better-sqlite3, unpacked beside the archive where native code can load', () => {
    const nativeBinding = fromRoot(appPaths({ appPath: root, userData: '/u' }).nativeBinding);
    expect(matches('files', nativeBinding)).toBe(true);
    expect(matches('asarUnpack', nativeBinding)).toBe(true);
  });

  it('holds the JavaScript of every package the main bundle requires at run time', () => {
    const external = [bundleOptions(root, true).main.external ?? []].flat().filter((name) => name !== 'electron');
    expect(external.length).toBeGreaterThan(0);
    for (const name of external) {
      // Only production dependencies are packed at all.
      expect(packageJson.dependencies).toHaveProperty(name);
      const { main = 'index.js' } = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { main?: string };
      expect(packsModuleFile(path.join(name, 'package.json'))).toBe(true);
      expect(packsModuleFile(path.join(name, main))).toBe(true);
    }
  });

  it('leaves out sources, tests, source maps and the browser build', () => {
    const left = ['electron/main/index.ts', 'db/notebook.ts', 'electron/service/handlers.test.ts', 'dist/electron/main/index.cjs.map', 'dist/renderer-web/index.html'];
    expect(left.filter((file) => matches('files', file))).toEqual([]);
  });

  it('opens .themata notebooks', () => {
    const extensions = (config.fileAssociations ? [config.fileAssociations].flat() : []).flatMap((association) => [association.ext].flat());
    expect(extensions.map((ext) => `.${ext.replace(/^\./, '')}`)).toContain(NOTEBOOK_EXTENSION);
  });

  it('has the id Windows groups its windows by, and the name its data folder is found by (shared with the CLI)', () => {
    expect(config.appId).toBe(APP_ID);
    // Electron names app.getPath('userData') after package.json's productName; db/ looks for the same folder.
    expect(packageJson.productName).toBe(PRODUCT_NAME);
    expect(config.productName ?? packageJson.productName).toBe(PRODUCT_NAME);
  });

  it("never rebuilds node_modules in place (the tests' Node build of better-sqlite3 must survive)", () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('turns off the fuses that let local code run as the app (each is on unless turned off)', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
  });

  it('has a square PNG icon of at least 512 pixels', () => {
    const icon = fs.readFileSync(path.resolve(root, config.icon ?? path.join(config.directories?.buildResources ?? 'build', 'icon.png')));
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    const [width, height] = [icon.readUInt32BE(16), icon.readUInt32BE(20)];
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(512);
  });
});
