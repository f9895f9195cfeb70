import { describe, expect, it } from 'vitest';
import { needsNativeRebuild, nodeGypArgs, prebuildArgs, type NativeBuild } from './native-module';

const wanted: NativeBuild = { electron: '45.4.1', betterSqlite3: '12.11.1', platform: 'linux', arch: 'x64' };

describe('needsNativeRebuild', () => {
  it('keeps a binding built for this Electron, better-sqlite3 and machine', () => {
    expect(needsNativeRebuild({ ...wanted }, wanted, true)).toBe(false);
  });

  it('rebuilds when the binding is missing', () => {
    expect(needsNativeRebuild({ ...wanted }, wanted, false)).toBe(true);
  });

  it.each([
    ['Electron was upgraded', { electron: '46.0.0' }],
    ['better-sqlite3 was upgraded', { betterSqlite3: '12.12.0' }],
    ['another architecture', { arch: 'arm64' }],
    ['another system', { platform: 'darwin' }],
  ])('rebuilds when %s', (_label, change) => {
    expect(needsNativeRebuild({ ...wanted, ...change }, wanted, true)).toBe(true);
  });

  it.each([[null], ['45.4.1'], [{}]])('rebuilds when the stamp is unreadable: %j', (stamp) => {
    expect(needsNativeRebuild(stamp, wanted, true)).toBe(true);
  });
});

describe('the build commands', () => {
  it('ask prebuild-install for the Electron runtime, version and machine', () => {
    expect(prebuildArgs(wanted)).toEqual(expect.arrayContaining(['--runtime=electron', '--target=45.4.1', '--arch=x64', '--platform=linux']));
  });

  it("compile against Electron's headers when no prebuilt binary exists", () => {
    expect(nodeGypArgs(wanted)).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=45.4.1', '--dist-url=https://electronjs.org/headers']),
    );
  });
});
