import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile } from './app-files';
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
  fs.writeFileSync(path.join(parent, 'renderer-other.txt'), 'a sibling folder with a shared prefix');
  fs.symlinkSync(path.join(parent, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

describe('resolveAppFile', () => {
  it('finds the index page and assets inside the build', () => {
    expect(resolveAppFile(root, '/')).toBe(fs.realpathSync(path.join(root, 'index.html')));
    expect(resolveAppFile(root, '/assets/index-abc.js')).toBe(fs.realpathSync(path.join(root, 'assets', 'index-abc.js')));
  });

  it.each([
    ['/../secret.txt'],
    ['/assets/../../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/%2E%2E%2Fsecret.txt'],
    ['/..%2fsecret.txt'],
    ['/..%5csecret.txt'],
    ['/assets/..\\..\\secret.txt'],
    ['/../renderer-other.txt'],
    ['/index.html%00.js'],
    ['/C:/Windows/win.ini'],
    ['/%E0%A4%A'],
    ['/assets'],
    ['/missing.js'],
    ['/assets/link.txt'],
  ])('refuses %s', (urlPath) => {
    expect(resolveAppFile(root, urlPath)).toBeNull();
  });
});

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
