import type { IpcRendererEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channelNames, eventNames } from '../contract';
import { buildThemataApi, isAppPage, type IpcRendererLike } from './api';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: IpcRendererEvent, ...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((event: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    }),
    removeListener: vi.fn((event: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void) => {
      listeners.get(event)?.delete(listener);
    }),
  };
  const send = (event: string, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener({ sender: 'the ipc event' } as unknown as IpcRendererEvent, payload);
  };
  return { ipc: ipc as unknown as IpcRendererLike & typeof ipc, send, listeners };
}

describe('the preload API', () => {
  it('has one function per channel, plus on, and nothing else', () => {
    const api = buildThemataApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'on'].sort());
    for (const key of Object.keys(api)) expect(typeof api[key as keyof typeof api]).toBe('function');
  });

  it('does not expose ipcRenderer or a generic invoke', () => {
    const api = buildThemataApi(fakeIpc().ipc) as unknown as Record<string, unknown>;
    for (const name of ['invoke', 'send', 'ipcRenderer', 'sendSync', 'removeAllListeners']) expect(api[name]).toBeUndefined();
  });

  it('is frozen, so the page cannot swap a function', () => {
    const api = buildThemataApi(fakeIpc().ipc);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its own channel with exactly one argument', async () => {
    const { ipc } = fakeIpc();
    const api = buildThemataApi(ipc);
    const call = api['tags:toggle'] as unknown as (...args: unknown[]) => Promise<unknown>;
    await call({ sentenceIds: [1], themeId: 2 }, 'extra', 'arguments');
    expect(ipc.invoke).toHaveBeenCalledWith('tags:toggle', { sentenceIds: [1], themeId: 2 });
  });

  it('relays an event payload without the IPC event, and unsubscribes', () => {
    const { ipc, send, listeners } = fakeIpc();
    const api = buildThemataApi(ipc);
    const listener = vi.fn();
    const unsubscribe = api.on('menu:command', listener);
    send('menu:command', { command: 'edit:undo' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ command: 'edit:undo' });
    unsubscribe();
    send('menu:command', { command: 'edit:redo' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listeners.get('menu:command')?.size).toBe(0);
  });

  it('refuses to listen to a channel that is not a contract event', () => {
    const { ipc } = fakeIpc();
    const api = buildThemataApi(ipc);
    const on = api.on as unknown as (event: string, listener: () => void) => void;
    expect(() => on('stats', () => {})).toThrow(TypeError);
    expect(() => on('ELECTRON_BROWSER_REQUIRE', () => {})).toThrow(TypeError);
    expect(ipc.on).not.toHaveBeenCalled();
    expect(eventNames).not.toContain('stats');
  });
});

describe('isAppPage', () => {
  it.each([
    [{ protocol: 'themata:', host: 'app' }, true],
    [{ protocol: 'https:', host: 'app' }, false],
    [{ protocol: 'themata:', host: 'evil' }, false],
    [{ protocol: 'file:', host: '' }, false],
  ])('%o -> %s', (location, expected) => {
    expect(isAppPage(location)).toBe(expected);
  });
});
