import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isExternalLinkAllowed,
  isPermissionAllowed,
} from './security-rules';

describe('isAppUrl', () => {
  it.each([
    ['themata://app/index.html', true],
    ['themata://app/', true],
    ['themata://app', true],
    ['themata://app/index.html#/reader', true],
    ['themata://app/index.html?view=overview', true],
    ['themata://APP/index.html', true],
    ['themata://app.evil.example/index.html', false],
    ['themata://evil.example/app/index.html', false],
    ['themata://app@evil.example/', false],
    ['themata://user@app/index.html', false],
    ['themata://user:secret@app/', false],
    ['themata://app:8080/index.html', false],
    ['themata:app/index.html', false],
    ['themata:///app/index.html', false],
    ['themataa://app/index.html', false],
    ['file:///opt/Themata/resources/app.asar/dist/renderer/index.html', false],
    ['http://app/index.html', false],
    ['https://themata.app/', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['about:blank', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('isExternalLinkAllowed', () => {
  it.each([
    ['https://www.reuters.com/world/middle-east/', true],
    ['http://example.org/article?id=4', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['https://user:pass@example.org/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['themata://app/index.html', false],
    ['smb://fileserver/share', false],
    ['mailto:ana@example.org', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['https://', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isExternalLinkAllowed(url)).toBe(expected);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only the app itself to run scripts and load styles', () => {
    for (const target of ['desktop', 'web'] as const) {
      const csp = contentSecurityPolicy(target);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('lets only the browser page connect, to its own origin', () => {
    expect(contentSecurityPolicy('desktop')).toContain("connect-src 'none'");
    expect(contentSecurityPolicy('web')).toContain("connect-src 'self'");
  });
});

describe('isPermissionAllowed', () => {
  it('grants clipboard writing to the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'themata://app/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'fullscreen'])('refuses %s', (permission) => {
    expect(isPermissionAllowed(permission, 'themata://app/index.html')).toBe(false);
  });
});

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
