import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { decodeText, firstInvalidUtf8, MAX_IMPORT_BYTES, readTextFile } from './text-file';
import { useTemporaryFolder } from './test-support/temporary-notebook';


describe('reading a text file for import', () => {
  const folder = useTemporaryFolder();

  it('reads UTF-8, drops a byte-order mark, and suggests a title from the file name', () => {
    const file = path.join(folder(), 'syria_missile-report.txt');
    fs.writeFileSync(file, '\uFEFFRussia denied it.');
    expect(readTextFile(file)).toEqual({ text: 'Russia denied it.', sourceName: 'syria_missile-report.txt', suggestedTitle: 'Syria missile report' });
  });

  it.each([
    ['a missing file', (dir: string) => path.join(dir, 'nope.txt'), 'file-missing', /There is no file at/],
    ['a folder', (dir: string) => dir, 'file-is-directory', /is a folder/],
    ['an empty file', (dir: string) => write(dir, 'e.txt', ''), 'file-empty', /is empty/],
    ['a file of blank space', (dir: string) => write(dir, 'b.txt', ' \n\t\n'), 'file-empty', /only blank space/],
    ['a binary file', (dir: string) => write(dir, 'x.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), 'file-binary', /binary file/],
    ['invalid UTF-8', (dir: string) => write(dir, 'latin1.txt', Buffer.from('Line one\nCaf\xe9 au lait', 'latin1')), 'invalid-utf8', /not valid UTF-8 text \(byte 13, line 2, column 4\)/],
  ])('refuses %s with one clear sentence', (_name, make, code, message) => {
    const error = caught(() => readTextFile(make(folder())));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('refuses a file over the size limit and names the limit', () => {
    const file = path.join(folder(), 'huge.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_IMPORT_BYTES + 1);
    const error = caught(() => readTextFile(file));
    expect(error.code).toBe('file-too-large');
    expect(error.message).toMatch(/up to 20 MB/);
  });

  it('finds the first invalid UTF-8 byte, including overlong forms and surrogates', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo ✓ 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xe2, 0x82]))).toBe(0);
    expect(() => decodeText(Uint8Array.from([0xff]), 'x')).toThrow(/byte 1, line 1, column 1/);
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}
