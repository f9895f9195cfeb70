import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, findNativeBinding, unpackedPath } from './paths';

describe('appPaths', () => {
  it('finds the built files in the repository during development', () => {
    const paths = appPaths({ appPath: '/src/themata', userData: '/home/ana/.config/Themata' });
    expect(paths).toEqual({
      rendererRoot: path.join('/src/themata', 'dist', 'renderer'),
      preload: path.join('/src/themata', 'dist', 'electron', 'preload', 'index.cjs'),
      settingsFile: path.join('/home/ana/.config/Themata', 'settings.json'),
      coderFile: path.join('/home/ana/.config/Themata', 'coder.json'),
      icon: path.join('/src/themata', 'build', 'icon.png'),
      nativeBinding: path.join('/src/themata', 'build-electron', 'better_sqlite3.node'),
      backupRoot: path.join('/home/ana/.config/Themata', 'Backups'),
    });
  });

  it('loads native code from beside app.asar when packaged', () => {
    const paths = appPaths({ appPath: '/opt/Themata/resources/app.asar', userData: '/u' });
    expect(paths.nativeBinding).toBe(path.join('/opt/Themata/resources/app.asar.unpacked', 'build-electron', 'better_sqlite3.node'));
    expect(paths.rendererRoot).toBe(path.join('/opt/Themata/resources/app.asar', 'dist', 'renderer'));
  });
});

describe('unpackedPath', () => {
  it('changes only a real app.asar', () => {
    expect(unpackedPath('/r/app.asar')).toBe(path.join('/r', 'app.asar.unpacked'));
    expect(unpackedPath('/r/my.app.asar.d')).toBe('/r/my.app.asar.d');
  });
});

describe('findNativeBinding', () => {
  const paths = appPaths({ appPath: '/src/themata', userData: '/u' });

  it('gives the path when the Electron build exists', () => {
    expect(findNativeBinding(paths, () => true)).toEqual({ ok: true, path: paths.nativeBinding });
  });

  it('says how to build it when it is missing', () => {
    const found = findNativeBinding(paths, () => false);
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toContain('npm start');
  });
});
