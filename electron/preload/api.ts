/**
 * The page's whole view of the main process: one function per contract
 * channel and `on(event)` for events. Never ipcRenderer itself, never a
 * generic invoke(channel): the page can only make the calls the contract names.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
// The names only: the contract's schemas (and zod) stay out of the preload bundle.
import { CHANNEL_NAMES, EVENT_NAMES } from '../contract/channel-names';
import type { EventName, ThemataApi, Unsubscribe } from '../contract';

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function buildThemataApi(ipc: IpcRendererLike): ThemataApi {
  const calls = Object.fromEntries(
    // Exactly one argument crosses, whatever the page passes.
    CHANNEL_NAMES.map((channel) => [channel, (input: unknown) => ipc.invoke(channel, input)]),
  );
  const on = (event: EventName, listener: (payload: unknown) => void): Unsubscribe => {
    if (!EVENT_NAMES.includes(event)) throw new TypeError(`Themata has no event named ${JSON.stringify(String(event))}.`);
    if (typeof listener !== 'function') throw new TypeError('A Themata event listener must be a function.');
    // The page gets the payload only, never the IPC event (it carries the sender).
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipc.on(event, relay);
    return () => {
      ipc.removeListener(event, relay);
    };
  };
  // The object is built from the contract's tables, so its type is asserted once here.
  return Object.freeze({ ...calls, on }) as unknown as ThemataApi;
}

/** The preload exposes the API only to the app's own page (themata://app). */
export function isAppPage(location: { protocol: string; host: string }): boolean {
  return location.protocol === 'themata:' && location.host === 'app';
}
