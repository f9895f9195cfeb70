/**
 * The app's security rules as plain functions: which URLs are its own pages,
 * which links may leave for the system browser, the CSP its pages get, and
 * the permissions it grants. The desktop app applies them to its window and
 * session (electron/main/security.ts); the handlers and the bridge use them too.
 */

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

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
