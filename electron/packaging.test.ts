/**
 * electron-builder.yml as electron-builder itself reads and checks it: its
 * own loader, and its own validation against node_modules/app-builder-lib/scheme.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
/** validateConfiguration's logger is only written to when enabled. */
const quietLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1];
let config: Configuration;

/** electron-builder's loader turns the files list into file sets; these are their patterns. */
function filePatterns(): string[] {
  const entries = [config.files ?? []].flat();
  return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat()));
}

beforeAll(async () => {
  config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('is checked for real: the schema refuses an unknown option', async () => {
    await expect(validateConfiguration({ ...config, iconz: 'build/icon.png' } as Configuration, quietLogger)).rejects.toThrow(/iconz/);
  });

  it('names the app and its id', () => {
    expect(config).toMatchObject({ appId: 'org.themata.app', productName: 'Themata' });
  });

  it('builds AppImage and deb on Linux, an installer on Windows, a disk image on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('opens .themata files', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'themata', name: 'Themata notebook' })]);
  });

  it('packs the built app and the Electron build of better-sqlite3, unpacked from the archive', () => {
    expect(filePatterns()).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'build-electron/better_sqlite3.node']));
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['build-electron/better_sqlite3.node']));
  });

  it("never rebuilds node_modules in place (the tests' Node build of better-sqlite3 must survive)", () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('turns off the fuses that let local code run as the app', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, onlyLoadAppFromAsar: true });
  });

  it('has a 512x512 PNG icon', () => {
    const icon = fs.readFileSync(path.join(root, 'build', 'icon.png'));
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('ships every file the package.json entry point needs', () => {
    const main = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string }).main;
    expect(main).toBe('dist/electron/main/index.cjs');
    expect(filePatterns()).toEqual(expect.arrayContaining(['package.json', 'sample/article.txt']));
  });
});
