import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, missingElectronMessage, type FileReader } from './electron-binary';

const folder = '/repo/node_modules/electron';

function files(entries: Record<string, string>, existing: string[] = []): FileReader {
  return {
    readText: (file) => entries[file] ?? null,
    exists: (file) => existing.includes(file),
  };
}

const packageJson = { [path.join(folder, 'package.json')]: '{"name":"electron","version":"45.4.1"}' };

describe('findElectronBinary', () => {
  it('finds the binary the electron package downloaded', () => {
    const executable = path.join(folder, 'dist', 'electron');
    const found = findElectronBinary(folder, {}, files({ ...packageJson, [path.join(folder, 'path.txt')]: 'electron' }, [executable]));
    expect(found).toEqual({ ok: true, executable, version: '45.4.1' });
  });

  it('reports a package installed with ELECTRON_SKIP_BINARY_DOWNLOAD (no path.txt)', () => {
    const found = findElectronBinary(folder, {}, files(packageJson));
    expect(found).toEqual({ ok: false, reason: 'it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed' });
  });

  it('reports a path.txt whose binary was deleted', () => {
    const found = findElectronBinary(folder, {}, files({ ...packageJson, [path.join(folder, 'path.txt')]: 'electron' }));
    expect(found).toEqual({ ok: false, reason: `${path.join(folder, 'dist', 'electron')} is missing` });
  });

  it('reports a missing electron package', () => {
    expect(findElectronBinary(null)).toMatchObject({ ok: false, reason: expect.stringContaining('npm install') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const executable = path.join('/opt/electron', 'electron');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' };
    expect(findElectronBinary(folder, env, files(packageJson, [executable]))).toMatchObject({ ok: true, executable });
    expect(findElectronBinary(folder, env, files(packageJson)).ok).toBe(false);
  });
});

describe('missingElectronMessage', () => {
  it('is one line that points to the browser workspace', () => {
    const message = missingElectronMessage('it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed');
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^Electron's binary is not installed on this machine \(.+\); run "npm run dev:web"/);
  });
});
