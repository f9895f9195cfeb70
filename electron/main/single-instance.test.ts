import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { enableSingleInstance, notebookPathFromArgv } from './single-instance';

describe('notebookPathFromArgv', () => {
  it.each([
    ['a packaged launch with a file', ['/opt/Themata/themata', '/home/ana/Study.themata'], '/home/ana/Study.themata'],
    ['a development launch', ['/x/electron', '.', 'Study.themata'], path.resolve('/work', 'Study.themata')],
    ['a relative path', ['/opt/Themata/themata', 'notes/Pilot.themata'], path.resolve('/work', 'notes/Pilot.themata')],
    ['an upper-case extension', ['/opt/Themata/themata', '/d/STUDY.THEMATA'], '/d/STUDY.THEMATA'],
    ['switches Chromium adds', ['/opt/Themata/themata', '--allow-file-access-from-files', '/d/S.themata', '--original-process-start-time=1'], '/d/S.themata'],
    ['a file:// URL from a desktop launcher', ['/opt/Themata/themata', pathToFileURL('/home/ana/My Study.themata').href], '/home/ana/My Study.themata'],
    ['two files: the last one', ['/opt/Themata/themata', '/d/a.themata', '/d/b.themata'], '/d/b.themata'],
    ['no file', ['/opt/Themata/themata'], null],
    ['another kind of file', ['/opt/Themata/themata', '/d/article.txt'], null],
    ['a switch that looks like a notebook', ['/opt/Themata/themata', '--notebook=/d/x.themata'], null],
    ['the executable itself', ['/opt/odd.themata'], null],
  ])('%s', (_label, argv, expected) => {
    expect(notebookPathFromArgv(argv, '/work')).toBe(expected);
  });
});

describe('enableSingleInstance', () => {
  function fakeApp(gotLock: boolean) {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const app = {
      requestSingleInstanceLock: () => gotLock,
      on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener),
    } as unknown as App;
    return { app, listeners };
  }

  it('tells the caller to quit when another Themata holds the lock', () => {
    const { app, listeners } = fakeApp(false);
    expect(enableSingleInstance(app, { onSecondLaunch: vi.fn(), onOpenFile: vi.fn() })).toBe(false);
    expect(listeners.size).toBe(0);
  });

  it("hands a second launch's notebook to the running app", () => {
    const { app, listeners } = fakeApp(true);
    const onSecondLaunch = vi.fn();
    expect(enableSingleInstance(app, { onSecondLaunch, onOpenFile: vi.fn() })).toBe(true);
    listeners.get('second-instance')!({}, ['/opt/Themata/themata', 'Study.themata'], '/home/ana', {});
    expect(onSecondLaunch).toHaveBeenCalledWith(path.resolve('/home/ana', 'Study.themata'));
  });

  it("opens macOS's open-file requests and keeps the default handling off", () => {
    const { app, listeners } = fakeApp(true);
    const onOpenFile = vi.fn();
    enableSingleInstance(app, { onSecondLaunch: vi.fn(), onOpenFile });
    const event = { preventDefault: vi.fn() };
    listeners.get('open-file')!(event, '/Users/ana/Study.themata');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(onOpenFile).toHaveBeenCalledWith('/Users/ana/Study.themata');
  });
});
