import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../contract';
import { windowEmitter } from './window-events';

function fakeWindow(destroyed = false) {
  const send = vi.fn();
  const window = { isDestroyed: () => destroyed, webContents: { send } } as unknown as BrowserWindow;
  return { window, send };
}

describe('windowEmitter', () => {
  it('sends an event and its checked payload to the window', () => {
    const { window, send } = fakeWindow();
    windowEmitter(() => window)('menu:command', { command: 'edit:undo' });
    expect(send).toHaveBeenCalledExactlyOnceWith('menu:command', { command: 'edit:undo' });
  });

  it('drops the event quietly when no window is open, or it is closing', () => {
    const closing = fakeWindow(true);
    expect(() => windowEmitter(() => null)('menu:command', { command: 'edit:undo' })).not.toThrow();
    windowEmitter(() => closing.window)('menu:command', { command: 'edit:undo' });
    expect(closing.send).not.toHaveBeenCalled();
  });

  it('never sends a payload the contract does not allow', () => {
    const { window, send } = fakeWindow();
    const unknownCommand = { command: 'app:quit' } as unknown as EventPayload<'menu:command'>;
    expect(() => windowEmitter(() => window)('menu:command', unknownCommand)).toThrow();
    expect(send).not.toHaveBeenCalled();
  });
});
