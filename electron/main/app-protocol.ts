/**
 * Serves the built renderer (dist/renderer) at themata://app/ instead of
 * file://, so the page has a real origin, a CSP header, and no file-system
 * privileges (Electron's security checklist, item 18).
 */
import fs from 'node:fs';
import type { Protocol } from 'electron';
import { contentTypeOf, resolveAppFile } from '../service/app-files';
import { APP_HOST, APP_SCHEME, contentSecurityPolicy } from '../service/security-rules';

/** Must run before the app is ready: a standard, secure scheme gets an origin and fetch. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function handleAppProtocol(protocol: Protocol, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
}

/** Answers one request for an app file; anything outside the build folder is a 404. */
export async function serveAppRequest(root: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound();
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST) return notFound();
  const file = resolveAppFile(root, url.pathname);
  if (!file) return notFound();
  const body = request.method === 'HEAD' ? null : await fs.promises.readFile(file);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentTypeOf(file),
      'Content-Security-Policy': contentSecurityPolicy('desktop'),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
