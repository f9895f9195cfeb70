import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from './app-protocol';

let parent: string;
let root: string;

beforeAll(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-protocol-'));
  root = path.join(parent, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Themata</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(parent, 'secret.txt'), 'the notebook path and more');
});

afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

describe('serveAppRequest', () => {
  it('serves a file with its type and the CSP', async () => {
    const response = await serveAppRequest(root, { url: 'themata://app/assets/index-abc.js', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves the index page at the root', async () => {
    const response = await serveAppRequest(root, { url: 'themata://app/', method: 'GET' });
    expect(await response.text()).toContain('<title>Themata</title>');
  });

  it('answers a path traversal with 404 and nothing of the file', async () => {
    for (const url of ['themata://app/%2e%2e/secret.txt', 'themata://app/..%2Fsecret.txt']) {
      const response = await serveAppRequest(root, { url, method: 'GET' });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('notebook path');
    }
  });

  it('serves only its own host and only reads', async () => {
    expect((await serveAppRequest(root, { url: 'themata://other/index.html', method: 'GET' })).status).toBe(404);
    expect((await serveAppRequest(root, { url: 'themata://app/index.html', method: 'POST' })).status).toBe(405);
  });
});
