/**
 * Which URLs the app trusts, and the window and session hardening that
 * follows from it (Electron's security checklist: CSP, no navigation, no new
 * windows, no permissions, no <webview>, links only to the system browser).
 * Electron is imported for its types only, so the rules are testable in Node.
 */
import type { Session, WebContents } from 'electron';

/** The app's own pages are served from a privileged custom scheme, never file://. */
export const APP_SCHEME = 'themata';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Whether a URL is one of the app's own pages: exactly themata://app, no credentials, no port. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Links the researcher may open in the system browser: http(s) with a host and no credentials. */
export function isExternalLinkAllowed(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The page may load only its own scripts, styles and images. The desktop page
 * talks to the main process over IPC, so it may connect nowhere; the browser
 * page served by the loopback bridge fetches its own origin.
 */
export function contentSecurityPolicy(target: 'desktop' | 'web'): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${target === 'web' ? "'self'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
  ].join('; ');
}

/**
 * Web permissions the app grants: writing plain text to the clipboard (copying
 * a sentence), and only to its own pages. Camera, location, notifications and
 * the rest are refused.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

export interface HardeningOptions {
  /** Opens an allowed link in the system browser. */
  openExternal: (url: string) => void;
}

/**
 * Keeps a window on the app's own pages: navigation away is refused (an http
 * link goes to the browser instead), new windows are never created, and
 * <webview> tags are never attached.
 */
export function hardenWebContents(contents: WebContents, options: HardeningOptions): void {
  const refuseNavigation = (event: { preventDefault(): void; url: string }) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    if (isExternalLinkAllowed(event.url)) options.openExternal(event.url); // eng-disable OPEN_EXTERNAL_JS_CHECK: checked on this line
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) options.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: checked on this line
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Refuses every permission request and check except the few isPermissionAllowed names. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL() ?? ''));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
