/** Contract events to the workspace window, over Electron's webContents. */
import type { BrowserWindow } from 'electron';
import { checkedPayload, type Emit } from '../../service/events';

/** Sends to the workspace window; dropped quietly when no window is open. */
export function windowEmitter(window: () => BrowserWindow | null): Emit {
  return (event, payload) => {
    const target = window();
    if (!target || target.isDestroyed()) return;
    target.webContents.send(event, checkedPayload(event, payload));
  };
}
