import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../electron/contract';
import { createBridgeApi, takeToken, TOKEN_HEADER, type EventSourceLike } from './bridge-api';

function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

function fakeEvents() {
  const listeners = new Map<string, Set<(event: { data: string }) => void>>();
  const opened: string[] = [];
  const open = (url: string): EventSourceLike => {
    opened.push(url);
    return {
      addEventListener: (type, listener) => {
        if (!listeners.has(type)) listeners.set(type, new Set());
        listeners.get(type)!.add(listener);
      },
      removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
      close: () => {},
    };
  };
  const dispatch = (type: string, data: string) => {
    for (const listener of listeners.get(type) ?? []) listener({ data });
  };
  return { open, opened, dispatch };
}

describe('the browser API', () => {
  it('has one function per channel, plus on', () => {
    const api = createBridgeApi({ token: 't', fetch: vi.fn(), openEvents: fakeEvents().open });
    expect(Object.keys(api).sort()).toEqual([...channelNames, 'on'].sort());
  });

  it('posts the input as JSON with the token and returns the result', async () => {
    const fetch = vi.fn(async () => jsonResponse({ ok: true, value: [] }));
    const api = createBridgeApi({ token: 'secret', fetch, openEvents: fakeEvents().open });
    expect(await api['themes:list']({})).toEqual({ ok: true, value: [] });
    expect(fetch).toHaveBeenCalledWith('/api/themes%3Alist', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: 'secret' },
      body: '{}',
      cache: 'no-store',
      credentials: 'omit',
    });
  });

  it('passes an error result through', async () => {
    const error = { ok: false, error: { code: 'unauthorized', message: 'No token.' } };
    const api = createBridgeApi({ token: '', fetch: async () => jsonResponse(error), openEvents: fakeEvents().open });
    expect(await api.stats({})).toEqual(error);
  });

  it('turns a dead server into an internal error instead of a rejection', async () => {
    const api = createBridgeApi({
      token: 't',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      openEvents: fakeEvents().open,
    });
    const result = await api.stats({});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('npm run dev:web') } });
  });

  it('treats an answer that is not a result as a failure', async () => {
    const api = createBridgeApi({ token: 't', fetch: async () => jsonResponse({ hello: 1 }), openEvents: fakeEvents().open });
    expect((await api.stats({})).ok).toBe(false);
  });

  it('opens one event stream with the token and relays payloads until unsubscribed', () => {
    const events = fakeEvents();
    const api = createBridgeApi({ token: 'a b', fetch: vi.fn(), openEvents: events.open });
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.on('menu:command', first);
    api.on('notebook:opened', second);
    expect(events.opened).toEqual(['/api/events?token=a%20b']);
    events.dispatch('menu:command', '{"command":"help:keys"}');
    expect(first).toHaveBeenCalledWith({ command: 'help:keys' });
    stopFirst();
    events.dispatch('menu:command', '{"command":"help:keys"}');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
  });

  it('refuses to listen to something that is not a contract event', () => {
    const api = createBridgeApi({ token: 't', fetch: vi.fn(), openEvents: fakeEvents().open });
    expect(() => (api.on as (event: string, listener: () => void) => void)('stats', () => {})).toThrow(TypeError);
  });
});

describe('takeToken', () => {
  function stores(hash: string, stored: string | null = null) {
    const session = new Map<string, string>(stored ? [['themata-bridge-token', stored]] : []);
    const replaceUrl = vi.fn();
    return {
      replaceUrl,
      session,
      input: {
        location: { hash, pathname: '/', search: '' },
        replaceUrl,
        session: { getItem: (key: string) => session.get(key) ?? null, setItem: (key: string, value: string) => void session.set(key, value) },
      },
    };
  }

  it('reads the token from the fragment and removes it from the address bar', () => {
    const s = stores('#token=abc%2Bdef');
    expect(takeToken(s.input)).toBe('abc+def');
    expect(s.replaceUrl).toHaveBeenCalledWith('/');
    expect(s.session.get('themata-bridge-token')).toBe('abc+def');
  });

  it('keeps the rest of the fragment', () => {
    const s = stores('#token=abc&view=overview');
    takeToken(s.input);
    expect(s.replaceUrl).toHaveBeenCalledWith('/#view=overview');
  });

  it('finds the token again after a reload', () => {
    const s = stores('', 'kept');
    expect(takeToken(s.input)).toBe('kept');
    expect(s.replaceUrl).not.toHaveBeenCalled();
  });

  it('has no token when the page was opened without one', () => {
    expect(takeToken(stores('').input)).toBeNull();
  });
});
