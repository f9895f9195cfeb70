import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureDefaultNotebook } from '../../db';
import type { Invoke } from '../service/wrapper';
import { listBackups } from '../../db/backups';
import { serveNotebook, type ServedNotebook } from './serve-notebook';
import { isLoopbackAddress, refuseStranger, startBridge, tokenMatches, type Bridge } from './server';
import type { Dialogs, Shell } from '../service/handlers';

const TOKEN = 'test-token-0123456789';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bridge-'));
  cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
  return folder;
}

function webBuild(): string {
  const root = path.join(temporaryFolder(), 'renderer-web');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Themata</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("app")');
  fs.writeFileSync(path.join(root, '..', 'secret.txt'), 'not for the page');
  return root;
}

async function bridgeWith(invoke: Invoke = vi.fn(async () => ({ ok: true as const, value: 'answer' }))): Promise<Bridge> {
  const bridge = await startBridge({ invoke, staticRoot: webBuild(), token: TOKEN });
  cleanups.push(() => bridge.close());
  return bridge;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: () => unknown;
}

/** A raw request, so a test can send any Host, Origin or token it likes. */
function request(bridge: Bridge, pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const url = new URL(bridge.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: url.port, path: pathname, method: options.method ?? 'GET', headers: { host: url.host, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function call(bridge: Bridge, channel: string, input: unknown, headers: Record<string, string> = {}) {
  return request(bridge, `/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-themata-token': TOKEN, origin: bridge.origin, ...headers },
    body: JSON.stringify(input),
  });
}

describe('the bridge address', () => {
  it('listens on 127.0.0.1 with a random port and puts a random token in the page fragment', async () => {
    const a = await startBridge({ invoke: vi.fn(), staticRoot: webBuild() });
    const b = await startBridge({ invoke: vi.fn(), staticRoot: webBuild() });
    cleanups.push(() => a.close(), () => b.close());
    expect(a.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(a.origin).not.toBe(b.origin);
    expect(a.token).not.toBe(b.token);
    expect(a.token.length).toBeGreaterThanOrEqual(40);
    expect(a.pageUrl).toBe(`${a.origin}/#token=${encodeURIComponent(a.token)}`);
  });
});

describe('calls', () => {
  it('passes a call with the token from its own origin to the wrapper, as the main frame', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: 'answer' }));
    const bridge = await bridgeWith(invoke);
    const reply = await call(bridge, 'stats', {});
    expect(reply.status).toBe(200);
    expect(reply.json()).toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith('stats', {}, { fromAppWindow: true, isMainFrame: true, url: `${bridge.origin}/` });
  });

  it('refuses a call without the token', async () => {
    const invoke = vi.fn<Invoke>();
    const bridge = await bridgeWith(invoke);
    const reply = await request(bridge, '/api/stats', { method: 'POST', headers: { 'content-type': 'application/json', origin: bridge.origin }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it.each([['a wrong token', 'test-token-0123456780'], ['a prefix of the token', 'test-token'], ['an empty token', '']])('refuses %s', async (_label, token) => {
    const invoke = vi.fn<Invoke>();
    const bridge = await bridgeWith(invoke);
    const reply = await call(bridge, 'stats', {}, { 'x-themata-token': token });
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it.each([
    ['another site', { origin: 'https://evil.example' }],
    ['localhost instead of 127.0.0.1', { origin: 'http://localhost' }],
    ['a rebound DNS name', { host: 'evil.example' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses a call from %s, even with the token', async (_label, headers) => {
    const invoke = vi.fn<Invoke>();
    const bridge = await bridgeWith(invoke);
    const port = new URL(bridge.origin).port;
    const adjusted = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, k === 'sec-fetch-site' ? v : `${v}:${port}`]));
    const reply = await call(bridge, 'stats', {}, adjusted);
    expect(reply.status).toBe(403);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses a call that is not JSON', async () => {
    const bridge = await bridgeWith();
    const reply = await request(bridge, '/api/stats', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-themata-token': TOKEN, origin: bridge.origin },
      body: '{"query": ',
    });
    expect(reply.status).toBe(400);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a body larger than the limit, without reading it all or calling the wrapper', async () => {
    const invoke = vi.fn<Invoke>();
    const bridge = await startBridge({ invoke, staticRoot: webBuild(), token: TOKEN, maxBodyBytes: 1024 });
    cleanups.push(() => bridge.close());
    const reply = await call(bridge, 'documents:import-text', { title: 'Big', text: 'x'.repeat(200_000), sourceName: null });
    expect(reply.status).toBe(413);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses a form post (a simple cross-site request needs no preflight)', async () => {
    const bridge = await bridgeWith();
    const reply = await call(bridge, 'stats', {}, { 'content-type': 'text/plain' });
    expect(reply.status).toBe(415);
  });

  it('refuses GET on a call', async () => {
    const bridge = await bridgeWith();
    expect((await request(bridge, '/api/stats', { headers: { 'x-themata-token': TOKEN } })).status).toBe(405);
  });
});

describe('the static web build', () => {
  it('serves the page with a strict CSP and no token needed', async () => {
    const bridge = await bridgeWith();
    const reply = await request(bridge, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Themata</title>');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect((await request(bridge, '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths out of the build', async () => {
    const bridge = await bridgeWith();
    for (const pathname of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const reply = await request(bridge, pathname);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('not for the page');
    }
  });

  it('refuses to be embedded by another site', async () => {
    const bridge = await bridgeWith();
    expect((await request(bridge, '/assets/app.js', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
  });
});

describe('events', () => {
  it('need the token', async () => {
    const bridge = await bridgeWith();
    expect((await request(bridge, '/api/events')).status).toBe(401);
    expect((await request(bridge, '/api/events?token=wrong')).status).toBe(401);
  });

  it('stream contract events to the page as they happen', async () => {
    const bridge = await bridgeWith();
    const url = new URL(bridge.origin);
    let contentType = '';
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: url.port, path: `/api/events?token=${TOKEN}`, headers: { host: url.host } }, (res) => {
        contentType = res.headers['content-type'] ?? '';
        let text = '';
        let emitted = false;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (!emitted && text.includes(': connected\n\n')) {
            emitted = true;
            bridge.emit('menu:command', { command: 'view:overview' });
          }
          if (text.includes('event: menu:command') && text.endsWith('\n\n')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
    });
    expect(contentType).toContain('text/event-stream');
    expect(received).toContain('event: menu:command\ndata: {"command":"view:overview"}\n\n');
  });

  it('refuses a payload the contract does not allow', async () => {
    const bridge = await bridgeWith();
    expect(() => bridge.emit('menu:command', { command: 'format:disk' } as never)).toThrow();
  });
});

describe('a real round trip', () => {
  async function served(): Promise<ServedNotebook> {
    const folder = temporaryFolder();
    const notebookPath = path.join(folder, 'Study.themata');
    ensureDefaultNotebook(notebookPath).close();
    const noDialogs = { chooseNotebookToOpen: async () => null } as unknown as Dialogs;
    // The rolling backup after the tag goes to this test's folder, not the user's.
    const backupRoot = path.join(folder, 'Backups');
    const result = await serveNotebook({ notebookPath, dialogs: noDialogs, shell: {} as Shell, staticRoot: webBuild(), backupRoot });
    cleanups.push(() => result.close());
    return result;
  }

  async function realCall(notebook: ServedNotebook, channel: string, input: unknown) {
    const { bridge } = notebook;
    const response = await fetch(`${bridge.origin}/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-themata-token': bridge.token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  }

  it('backs the notebook up after a change, at the latest when it closes', async () => {
    const notebook = await served();
    const [document] = (await realCall(notebook, 'documents:list', {})).value as { id: number }[];
    const themes = (await realCall(notebook, 'themes:list', {})).value as { id: number }[];
    const page = (await realCall(notebook, 'sentences:page', { documentId: document!.id, offset: 0, limit: 1 })).value as { sentences: { id: number }[] };
    await realCall(notebook, 'tags:toggle', { sentenceIds: [page.sentences[0]!.id], themeId: themes[0]!.id });
    const notebookPath = notebook.session.notebook.path;
    await notebook.close();
    const backups = listBackups(notebookPath, { root: path.join(path.dirname(notebookPath), 'Backups') });
    expect(backups.map((b) => [b.reason, b.tagCount])).toEqual([['hourly', 1]]);
  });

  it('lists, tags and undoes through the same handlers as the desktop app', async () => {
    const notebook = await served();
    const documents = (await realCall(notebook, 'documents:list', {})).value as { id: number; title: string }[];
    expect(documents[0]?.title).toMatch(/Russian Federation Denies/);
    const themes = (await realCall(notebook, 'themes:list', {})).value as { id: number }[];
    const page = (await realCall(notebook, 'sentences:page', { documentId: documents[0]!.id, offset: 0, limit: 1 })).value as {
      sentences: { id: number }[];
    };
    const toggled = await realCall(notebook, 'tags:toggle', { sentenceIds: [page.sentences[0]!.id], themeId: themes[0]!.id });
    expect(toggled).toMatchObject({ ok: true, value: { history: { canUndo: true } } });
    expect(await realCall(notebook, 'history:undo', {})).toMatchObject({ ok: true });
  });

  it('answers an unknown channel and malformed input with their codes', async () => {
    const notebook = await served();
    expect(await realCall(notebook, 'notebook:format', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await realCall(notebook, 'search', { query: 7, limit: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('query') },
    });
  });

  it('releases the notebook when closed', async () => {
    const notebook = await served();
    const file = notebook.session.notebook.path;
    await notebook.close();
    expect(() => ensureDefaultNotebook(file).close()).not.toThrow();
  });
});

describe('refuseStranger', () => {
  const origin = 'http://127.0.0.1:4000';
  const requestFrom = (remoteAddress: string, headers: Record<string, string> = {}) =>
    ({ socket: { remoteAddress }, headers: { host: '127.0.0.1:4000', ...headers } }) as unknown as http.IncomingMessage;

  it('refuses a request from another computer', () => {
    expect(refuseStranger(requestFrom('192.168.1.20'), origin)).toMatch(/this computer only/);
    expect(refuseStranger(requestFrom('::ffff:10.0.0.3'), origin)).not.toBeNull();
  });

  it('accepts the page itself and an address-bar visit', () => {
    expect(refuseStranger(requestFrom('127.0.0.1', { origin }), origin)).toBeNull();
    expect(refuseStranger(requestFrom('::ffff:127.0.0.1', { 'sec-fetch-site': 'none' }), origin)).toBeNull();
  });
});

describe('isLoopbackAddress and tokenMatches', () => {
  it('knows the loopback addresses', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(isLoopbackAddress('127.0.0.2')).toBe(false);
    expect(isLoopbackAddress(undefined)).toBe(false);
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches(null, 'abc')).toBe(false);
    expect(tokenMatches('abcd', 'abc')).toBe(false);
  });
});
