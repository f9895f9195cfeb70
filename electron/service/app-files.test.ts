import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile } from './app-files';

let parent: string;
let root: string;

beforeAll(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-app-files-'));
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
