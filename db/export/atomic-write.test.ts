import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let folder: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-atomic-'));
});

afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(folder, { recursive: true, force: true });
});

function entries(): string[] {
  return fs.readdirSync(folder).sort();
}

function failWith(code: string): () => never {
  return () => {
    throw Object.assign(new Error(`simulated ${code}`), { code });
  };
}

describe('writeFileAtomic', () => {
  it('writes a new file as UTF-8 and leaves no temporary file behind', () => {
    const target = path.join(folder, 'export.md');
    writeFileAtomic(target, '# Études — 日本語 🚀\n', { overwrite: false });
    expect(fs.readFileSync(target, 'utf8')).toBe('# Études — 日本語 🚀\n');
    expect(entries()).toEqual(['export.md']);
  });

  it('writes chunks of bytes in order, as one file', () => {
    const target = path.join(folder, 'export.md');
    const chunks = ['# Study\n\n', '> Ankara’s reply 🚀', '\n'].map((text) => Buffer.from(text, 'utf8'));
    writeFileAtomic(target, chunks, { overwrite: false });
    expect(fs.readFileSync(target, 'utf8')).toBe('# Study\n\n> Ankara’s reply 🚀\n');
    expect(entries()).toEqual(['export.md']);
  });

  it('replaces an existing file when overwrite is true, keeping its permissions', () => {
    const target = path.join(folder, 'export.md');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o640);
    writeFileAtomic(target, 'new', { overwrite: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(entries()).toEqual(['export.md']);
  });

  it('refuses an existing file when overwrite is false, without touching it', () => {
    const target = path.join(folder, 'export.md');
    fs.writeFileSync(target, 'keep me');
    const before = fs.statSync(target).mtimeMs;
    expect(() => writeFileAtomic(target, 'new', { overwrite: false })).toThrow(
      expect.objectContaining({ name: 'NotebookError', code: 'file-exists', message: expect.stringContaining(`${target} already exists;`) }),
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
    expect(fs.statSync(target).mtimeMs).toBe(before);
    expect(entries()).toEqual(['export.md']);
  });

  it('refuses a folder as the target, whether or not overwriting is allowed', () => {
    const target = path.join(folder, 'notes');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside.md'), 'x');
    for (const overwrite of [false, true]) {
      expect(() => writeFileAtomic(target, 'data', { overwrite })).toThrow(expect.objectContaining({ code: 'file-is-directory' }));
    }
    expect(fs.readdirSync(target)).toEqual(['inside.md']);
    expect(entries()).toEqual(['notes']);
  });

  it('says the folder is missing when the target’s parent does not exist, and creates nothing', () => {
    const target = path.join(folder, 'missing', 'export.md');
    expect(() => writeFileAtomic(target, 'data', { overwrite: true })).toThrow(
      expect.objectContaining({ code: 'file-missing', message: expect.stringContaining(path.join(folder, 'missing')) }),
    );
    expect(entries()).toEqual([]);
  });

  it('says the folder is missing when the target’s parent is a file', () => {
    fs.writeFileSync(path.join(folder, 'plain'), 'x');
    expect(() => writeFileAtomic(path.join(folder, 'plain', 'export.md'), 'data', { overwrite: false })).toThrow(
      expect.objectContaining({ code: 'file-missing' }),
    );
    expect(fs.readFileSync(path.join(folder, 'plain'), 'utf8')).toBe('x');
  });

  it.each([
    ['flushing to disk', 'fsyncSync', 'EIO'],
    ['moving into place', 'renameSync', 'EBUSY'],
  ] as const)('leaves the old file intact and removes the temporary file when %s fails', (_step, method, code) => {
    const target = path.join(folder, 'export.md');
    fs.writeFileSync(target, 'old');
    vi.spyOn(fs, method).mockImplementationOnce(failWith(code));
    expect(() => writeFileAtomic(target, 'new', { overwrite: true })).toThrow(
      expect.objectContaining({ name: 'NotebookError', message: expect.stringContaining(`(${code})`) }),
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(entries()).toEqual(['export.md']);
  });

  it('leaves no partial file when writing a new file fails', () => {
    const target = path.join(folder, 'export.md');
    vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(failWith('ENOSPC'));
    expect(() => writeFileAtomic(target, 'new', { overwrite: false })).toThrow(expect.objectContaining({ message: expect.stringContaining('ENOSPC') }));
    expect(entries()).toEqual([]);
  });

  it('does not clobber a file that appears while it writes, when overwrite is false', () => {
    const target = path.join(folder, 'export.md');
    const fsync = fs.fsyncSync;
    vi.spyOn(fs, 'fsyncSync').mockImplementationOnce((fd) => {
      fs.writeFileSync(target, 'someone else’s');
      fsync(fd);
    });
    expect(() => writeFileAtomic(target, 'mine', { overwrite: false })).toThrow(expect.objectContaining({ code: 'file-exists' }));
    expect(fs.readFileSync(target, 'utf8')).toBe('someone else’s');
    expect(entries()).toEqual(['export.md']);
  });

  it('still writes a new file on file systems without hard links', () => {
    const target = path.join(folder, 'export.md');
    vi.spyOn(fs, 'linkSync').mockImplementationOnce(failWith('EPERM'));
    writeFileAtomic(target, 'data', { overwrite: false });
    expect(fs.readFileSync(target, 'utf8')).toBe('data');
    expect(entries()).toEqual(['export.md']);
  });
});
