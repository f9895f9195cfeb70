import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from './security';

/** A WebContents stand-in that records its listeners, so the tests can fire them. */
function fakeContents() {
  const listeners = new Map<string, (event: unknown, ...rest: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: (event: unknown) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  } as unknown as WebContents;
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event, url);
    return event.preventDefault;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('hardenWebContents', () => {
  it('lets the window move between its own pages', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    expect(fire('will-navigate', 'themata://app/index.html')).not.toHaveBeenCalled();
  });

  it('refuses navigation away, sending a web link to the browser instead', () => {
    const { contents, fire } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, { openExternal });
    expect(fire('will-navigate', 'https://example.org/')).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses navigation in frames and redirects away from the app', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    expect(fire('will-frame-navigate', 'https://example.org/')).toHaveBeenCalled();
    expect(fire('will-redirect', 'https://example.org/')).toHaveBeenCalled();
  });

  it('never opens a new window', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, { openExternal });
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('themata://app/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('never attaches a <webview>', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, { openExternal: vi.fn() });
    expect(fire('will-attach-webview', 'https://example.org/')).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  it('answers permission requests and checks with isPermissionAllowed', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void) | null = null;
    let check: ((contents: unknown, permission: string, origin: string) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as unknown as Session;
    hardenSession(session);
    const callback = vi.fn();
    request!(null, 'media', callback, { requestingUrl: 'themata://app/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    request!(null, 'clipboard-sanitized-write', callback, { requestingUrl: 'themata://app/index.html' });
    expect(callback).toHaveBeenLastCalledWith(true);
    expect(check!(null, 'geolocation', 'themata://app')).toBe(false);
    expect(check!(null, 'clipboard-sanitized-write', 'themata://app')).toBe(true);
  });
});
