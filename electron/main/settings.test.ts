import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, MAX_RECENT, SettingsStore, forgetNotebook, readSettings, rememberNotebook, writeSettings } from './settings';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});
function settingsFile(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-settings-'));
  folders.push(folder);
  return path.join(folder, 'Themata', 'settings.json');
}

describe('readSettings', () => {
  it('gives the defaults when there is no file yet', () => {
    expect(readSettings(settingsFile())).toEqual(DEFAULT_SETTINGS);
  });

  it.each([['{"lastNotebook": "/a.themata", "rec'], ['null'], ['[1, 2]'], ['\u0000\u0001binary'], ['']])(
    'gives the defaults for a damaged file: %j',
    (content) => {
      const file = settingsFile();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      expect(readSettings(file)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps the good fields of a partly damaged file', () => {
    const file = settingsFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ lastNotebook: 42, recent: ['/a.themata', '/a.themata', '/b.themata'], windowBounds: { x: 1 } }));
    expect(readSettings(file)).toEqual({ ...DEFAULT_SETTINGS, recent: ['/a.themata', '/b.themata'] });
  });

  it('reads back what was written', () => {
    const file = settingsFile();
    const settings = { lastNotebook: '/s.themata', recent: ['/s.themata'], windowBounds: { x: 5, y: 6, width: 900, height: 700 }, windowMaximized: true };
    writeSettings(file, settings);
    expect(readSettings(file)).toEqual(settings);
  });
});

describe('writeSettings', () => {
  it('replaces the file whole and leaves no temporary file behind', () => {
    const file = settingsFile();
    writeSettings(file, { ...DEFAULT_SETTINGS, recent: ['/one.themata'] });
    writeSettings(file, { ...DEFAULT_SETTINGS, recent: ['/two.themata'] });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ recent: ['/two.themata'] });
  });
});

describe('the recent list', () => {
  it('puts the opened notebook first without duplicates', () => {
    const before = { ...DEFAULT_SETTINGS, recent: ['/a.themata', '/b.themata', '/c.themata'] };
    expect(rememberNotebook(before, '/b.themata')).toMatchObject({ lastNotebook: '/b.themata', recent: ['/b.themata', '/a.themata', '/c.themata'] });
  });

  it(`keeps at most ${MAX_RECENT} notebooks`, () => {
    let settings = DEFAULT_SETTINGS;
    for (let n = 0; n < 15; n += 1) settings = rememberNotebook(settings, `/n${n}.themata`);
    expect(settings.recent).toHaveLength(MAX_RECENT);
    expect(settings.recent[0]).toBe('/n14.themata');
    expect(settings.recent.at(-1)).toBe('/n5.themata');
  });

  it('stores absolute paths', () => {
    expect(rememberNotebook(DEFAULT_SETTINGS, 'relative/Study.themata').recent[0]).toBe(path.resolve('relative/Study.themata'));
  });

  it('forgets a notebook that no longer opens', () => {
    const settings = { ...DEFAULT_SETTINGS, lastNotebook: '/gone.themata', recent: ['/gone.themata', '/here.themata'] };
    expect(forgetNotebook(settings, '/gone.themata')).toMatchObject({ lastNotebook: null, recent: ['/here.themata'] });
  });
});

describe('SettingsStore', () => {
  it('writes each change through to disk', () => {
    const file = settingsFile();
    const store = new SettingsStore(file);
    store.update((s) => rememberNotebook(s, '/s.themata'));
    expect(new SettingsStore(file).current.lastNotebook).toBe('/s.themata');
  });

  it('keeps working in memory when the file cannot be written', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-settings-'));
    folders.push(folder);
    const blocked = path.join(folder, 'file-not-folder');
    fs.writeFileSync(blocked, '');
    const onWriteError = vi.fn();
    const store = new SettingsStore(path.join(blocked, 'settings.json'), onWriteError);
    expect(store.update((s) => rememberNotebook(s, '/s.themata')).lastNotebook).toBe('/s.themata');
    expect(onWriteError).toHaveBeenCalledOnce();
  });
});
