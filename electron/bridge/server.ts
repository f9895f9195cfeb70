/**
 * The loopback bridge: the workspace in an ordinary browser (development,
 * Chromium end-to-end tests), calling the same wrapper and handlers as the
 * desktop app's ipcMain. It listens on 127.0.0.1 only, on a random port, and
 * every call must carry a random token the page receives in its URL fragment;
 * requests from another origin or host name (DNS rebinding) are refused.
 *
 *   GET  /...                 the web build (dist/renderer-web), with a strict CSP
 *   POST /api/<channel>       JSON input -> JSON Result   (header x-themata-token)
 *   GET  /api/events?token=   Server-Sent Events: contract events as they happen
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorInfo, EventName, EventPayload, Result } from '../contract';
import { contentTypeOf, resolveAppFile } from '../service/app-files';
import { checkedPayload, type Emit } from '../service/events';
import type { Invoke, SenderInfo } from '../service/wrapper';
import { contentSecurityPolicy } from '../service/security-rules';

export const TOKEN_HEADER = 'x-themata-token';
/** Large enough for the biggest text import the contract allows, once JSON-escaped. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface BridgeOptions {
  invoke: Invoke;
  /** The web build to serve. */
  staticRoot: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Tests pass a fixed one; otherwise 32 random bytes. */
  token?: string;
  /** The largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface Bridge {
  /** http://127.0.0.1:PORT */
  origin: string;
  token: string;
  /** The page's address, token in the fragment (never sent to the server or kept in history). */
  pageUrl: string;
  emit: Emit;
  close(): Promise<void>;
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const listeners = new Set<http.ServerResponse>();
  let origin = '';

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[themata bridge] request failed:', error);
      if (!response.headersSent) sendResult(response, 500, failure('internal', 'The bridge could not answer this request.'));
      else response.end();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const refusal = refuseStranger(request, origin);
    if (refusal) return sendResult(response, 403, failure('untrusted-sender', refusal));

    if (url.pathname === '/api/events') {
      if (request.method !== 'GET') return sendResult(response, 405, failure('invalid-input', 'Events are read with GET.'));
      if (!tokenMatches(url.searchParams.get('token'), token)) return sendResult(response, 401, unauthorized());
      return openEventStream(response, listeners);
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return sendResult(response, 405, failure('invalid-input', 'Calls are made with POST.'));
      if (!tokenMatches(headerValue(request, TOKEN_HEADER), token)) return sendResult(response, 401, unauthorized());
      if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendResult(response, 415, failure('invalid-input', 'A call sends its input as JSON.'));
      }
      const channel = decodeChannel(url.pathname.slice('/api/'.length));
      const body = await readJson(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
      if (!body.ok) {
        // The rest of an oversized body is not read: the connection closes after the answer.
        if (body.status === 413) response.setHeader('Connection', 'close');
        return sendResult(response, body.status, failure('invalid-input', body.message));
      }
      // Token and origin checks passed: the caller is the page this bridge served.
      const sender: SenderInfo = { fromAppWindow: true, isMainFrame: true, url: `${origin}/` };
      return sendResult(response, 200, await options.invoke(channel, body.value, sender));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendResult(response, 405, failure('invalid-input', 'Only GET.'));
    return serveStatic(options.staticRoot, url.pathname, request.method === 'HEAD', response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  const emit: Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    const data = JSON.stringify(checkedPayload(event, payload));
    for (const listener of listeners) listener.write(`event: ${event}\ndata: ${data}\n\n`);
  };

  return {
    origin,
    token,
    pageUrl: `${origin}/#token=${encodeURIComponent(token)}`,
    emit,
    close: () =>
      new Promise<void>((resolve) => {
        for (const listener of listeners) listener.end();
        listeners.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Why a request is not from our own page, or null. The socket must be
 * loopback; Host must be our address (a rebound DNS name is not); Origin and
 * Sec-Fetch-Site, when the browser sends them, must say same origin.
 */
export function refuseStranger(request: http.IncomingMessage, origin: string): string | null {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return 'The bridge answers this computer only.';
  if (request.headers.host !== new URL(origin).host) return 'The bridge answers only at its own address.';
  const from = headerValue(request, 'origin');
  if (from !== null && from !== origin) return 'The bridge answers only its own page.';
  const site = headerValue(request, 'sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return 'The bridge answers only its own page.';
  return null;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::ffff:127.0.0.1' || address === '::1';
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
export function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function decodeChannel(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function openEventStream(response: http.ServerResponse, listeners: Set<http.ServerResponse>): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
  });
  // A comment line: the browser sees the stream open at once.
  response.write(': connected\n\n');
  listeners.add(response);
  response.on('close', () => listeners.delete(response));
}

async function serveStatic(root: string, pathname: string, headOnly: boolean, response: http.ServerResponse): Promise<void> {
  const file = resolveAppFile(root, pathname);
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() });
    response.end(fs.existsSync(root) ? 'Not found' : `The web build is missing (${root}); run "npm run dev:web".`);
    return;
  }
  const body = await fs.promises.readFile(file);
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    ...securityHeaders(),
  });
  response.end(headOnly ? undefined : body);
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy('web'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

type Body = { ok: true; value: unknown } | { ok: false; status: number; message: string };

function readJson(request: http.IncomingMessage, maxBytes: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.off('data', onData).off('end', onEnd).pause();
        resolve({ ok: false, status: 413, message: 'The request is too large.' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(parseJson(Buffer.concat(chunks).toString('utf8')));
    request.on('data', onData).on('end', onEnd).on('error', reject);
  });
}

function parseJson(text: string): Body {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'The request is not valid JSON.' };
  }
}

function headerValue(request: http.IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function sendResult(response: http.ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...securityHeaders(),
  });
  response.end(body);
}

function unauthorized(): Result<never> {
  return failure('unauthorized', 'This call did not carry the bridge\'s token; open the address "npm run dev:web" printed.');
}

function failure(code: ErrorInfo['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
