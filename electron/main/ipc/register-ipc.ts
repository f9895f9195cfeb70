/**
 * Wires the shared wrapper to Electron's ipcMain: one handle per contract
 * channel, with the sender described from the event itself (which window,
 * which frame, which URL) so the wrapper can refuse anything else.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../contract';
import type { Invoke, SenderInfo } from '../../service/wrapper';

/** Registers every channel; returns the function that removes them again. */
export function registerIpc(ipcMain: IpcMain, invoke: Invoke, appWindow: () => BrowserWindow | null): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => invoke(channel, input, senderOf(event, appWindow())));
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}

export function senderOf(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, window: BrowserWindow | null): SenderInfo {
  const frame = event.senderFrame;
  return {
    fromAppWindow: window !== null && !window.isDestroyed() && event.sender === window.webContents,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    url: frame?.url ?? '',
  };
}
