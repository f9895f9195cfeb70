import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../contract';
import { registerIpc, senderOf } from './register-ipc';
import type { Invoke } from '../../service/wrapper';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as IpcMain;
  return { ipcMain, handlers };
}

function fakeWindow() {
  const mainFrame = { url: 'themata://app/index.html' };
  const webContents = { mainFrame };
  const window = { webContents, isDestroyed: () => false } as unknown as BrowserWindow;
  return { window, webContents, mainFrame };
}

describe('registerIpc', () => {
  it('handles every contract channel, and removes them all again', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unregister = registerIpc(ipcMain, vi.fn(), () => null);
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('passes the channel, the one input and the sender to the wrapper', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { window, webContents, mainFrame } = fakeWindow();
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: null }));
    registerIpc(ipcMain, invoke, () => window);
    const event = { sender: webContents, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
    await handlers.get('stats')!(event, {}, 'an extra argument the page tried to add');
    expect(invoke).toHaveBeenCalledWith('stats', {}, { fromAppWindow: true, isMainFrame: true, url: 'themata://app/index.html' });
  });
});

describe('senderOf', () => {
  it('marks a call from another window as not ours', () => {
    const { window, mainFrame } = fakeWindow();
    const stranger = { mainFrame };
    expect(senderOf({ sender: stranger, senderFrame: mainFrame } as never, window).fromAppWindow).toBe(false);
  });

  it('marks a call from a child frame as not the main frame', () => {
    const { window, webContents } = fakeWindow();
    const child = { url: 'themata://app/index.html' };
    expect(senderOf({ sender: webContents, senderFrame: child } as never, window).isMainFrame).toBe(false);
  });

  it('marks a call whose frame is gone as untrusted', () => {
    const { window, webContents } = fakeWindow();
    expect(senderOf({ sender: webContents, senderFrame: null } as never, window)).toEqual({
      fromAppWindow: true,
      isMainFrame: false,
      url: '',
    });
  });

  it('trusts nobody when there is no window', () => {
    const { webContents, mainFrame } = fakeWindow();
    expect(senderOf({ sender: webContents, senderFrame: mainFrame } as never, null).fromAppWindow).toBe(false);
  });
});
