/**
 * Events from the main process to the page (a notebook opened from the menu,
 * a menu command). Payloads are checked against the contract before they
 * leave, so the page can trust their shape.
 */
import type { BrowserWindow } from 'electron';
import { events, type EventName, type EventPayload } from '../../contract';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Sends to the workspace window; dropped quietly when no window is open. */
export function windowEmitter(window: () => BrowserWindow | null): Emit {
  return (event, payload) => {
    const target = window();
    if (!target || target.isDestroyed()) return;
    target.webContents.send(event, events[event].parse(payload));
  };
}
