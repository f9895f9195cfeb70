/**
 * window.themata for the browser build: the same API the desktop preload
 * exposes, carried over HTTP to the loopback bridge (electron/bridge). One
 * function per contract channel; events arrive as Server-Sent Events.
 */
import {
  channelNames,
  eventNames,
  type Channel,
  type EventName,
  type Result,
  type ThemataApi,
  type Unsubscribe,
} from '../../electron/contract';

/** Must match electron/bridge/server.ts. */
export const TOKEN_HEADER = 'x-themata-token';
const TOKEN_KEY = 'themata-bridge-token';

export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  removeEventListener(type: string, listener: (event: { data: string }) => void): void;
  close(): void;
}

export interface BridgeDeps {
  token: string;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  openEvents: (url: string) => EventSourceLike;
}

const UNREACHABLE: Result<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'The browser workspace lost touch with Themata; check that "npm run dev:web" is still running, then reload.',
  },
};

export function createBridgeApi({ token, fetch, openEvents }: BridgeDeps): ThemataApi {
  const call = async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
      const result = (await response.json()) as unknown;
      return isResult(result) ? result : UNREACHABLE;
    } catch {
      return UNREACHABLE;
    }
  };

  // One stream for every listener, opened with the first one.
  let source: EventSourceLike | null = null;
  const on = (event: EventName, listener: (payload: unknown) => void): Unsubscribe => {
    if (!eventNames.includes(event)) throw new TypeError(`Themata has no event named ${JSON.stringify(String(event))}.`);
    source ??= openEvents(`/api/events?token=${encodeURIComponent(token)}`);
    const stream = source;
    const relay = (message: { data: string }) => {
      try {
        listener(JSON.parse(message.data) as unknown);
      } catch (error) {
        console.error('Themata could not read an event from the bridge:', error);
      }
    };
    stream.addEventListener(event, relay);
    return () => stream.removeEventListener(event, relay);
  };

  const calls = Object.fromEntries(channelNames.map((channel) => [channel, (input: unknown) => call(channel, input)]));
  // Built from the contract's tables, so its type is asserted once here.
  return Object.freeze({ ...calls, on }) as unknown as ThemataApi;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && 'error' in value;
}

export interface PageLocation {
  hash: string;
  pathname: string;
  search: string;
}

export interface TokenStores {
  location: PageLocation;
  /** Replaces the address bar's URL without navigating. */
  replaceUrl: (url: string) => void;
  session: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * The token from the page's fragment (#token=...), which is then removed from
 * the address bar and history; kept in this tab's session storage so a reload
 * still works.
 */
export function takeToken({ location, replaceUrl, session }: TokenStores): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    session.setItem(TOKEN_KEY, fromUrl);
    fragment.delete('token');
    const rest = fragment.toString();
    replaceUrl(`${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    return fromUrl;
  }
  return session.getItem(TOKEN_KEY);
}
