/**
 * The window and session hardening that follows from the security rules
 * (Electron's security checklist: no navigation, no new windows, no
 * permissions, no <webview>, links only to the system browser). Electron is
 * imported for its types only, so the hardening is testable in Node.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl, isExternalLinkAllowed, isPermissionAllowed } from '../service/security-rules';

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
