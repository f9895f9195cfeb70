import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { decodeInput, decodeText, firstInvalidUtf8, MAX_IMPORT_BYTES, readAtMost, readTextFile } from './text-file';
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

  it.each([
    [21.3 * 1024 * 1024, 'is 21.3 MB; Themata reads text up to 20 MB.'],
    [21 * 1024 * 1024, 'is 21 MB; Themata reads text up to 20 MB.'],
    [20.5 * 1024 * 1024, 'is 20.5 MB; Themata reads text up to 20 MB.'],
    // One byte over would round to the limit itself.
    [MAX_IMPORT_BYTES + 1, 'is more than 20 MB; Themata reads text up to 20 MB.'],
  ])('states the size of a %d-byte file truthfully against the limit', (size, message) => {
    const file = path.join(folder(), 'huge.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, Math.round(size));
    expect(caught(() => readTextFile(file)).message).toBe(`${file} ${message}`);
  });

  it('applies a caller\'s own limit, in its own words, to a file and to standard input', () => {
    const limit = { maxBytes: 1024 * 1024, limitedBy: 'a note can be' };
    const file = write(folder(), 'note.txt', 'x'.repeat(1.5 * 1024 * 1024));
    expect(caught(() => readTextFile(file, limit)).message).toBe(`${file} is 1.5 MB; a note can be up to 1 MB.`);
    const piped = Buffer.alloc(limit.maxBytes + 1, 'x');
    expect(caught(() => decodeInput(piped, 'Standard input', limit)).message).toBe('Standard input is more than 1 MB; a note can be up to 1 MB.');
    expect(decodeInput(piped.subarray(0, limit.maxBytes), 'Standard input', limit)).toHaveLength(limit.maxBytes);
  });

  it('reads no more than it was asked for, even from an endless device', () => {
    const fd = fs.openSync('/dev/zero', 'r');
    try {
      expect(readAtMost(fd, MAX_IMPORT_BYTES + 1)).toHaveLength(MAX_IMPORT_BYTES + 1);
      expect(readAtMost(fd, 10)).toHaveLength(10);
    } finally {
      fs.closeSync(fd);
    }
  });

  it('finds the first invalid UTF-8 byte, including overlong forms and surrogates', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo ✓ 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xe2, 0x82]))).toBe(0);
    expect(() => decodeText(Uint8Array.from([0xff]), 'x')).toThrow(/byte 1, line 1, column 1/);
  });
});

describe.skipIf(process.platform === 'win32')('reading a named pipe for import', () => {
  const folder = useTemporaryFolder();
  const writers: ChildProcess[] = [];
  afterEach(() => {
    for (const writer of writers.splice(0)) writer.kill();
  });

  /** A FIFO with a separate process writing `command`'s output into it; the read below blocks until it opens the pipe. */
  async function pipeFrom(command: string): Promise<string> {
    const fifo = path.join(folder(), 'article.txt');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `${command} > "$0"`, fifo], { stdio: 'ignore' });
    writers.push(writer);
    await once(writer, 'spawn');
    return fifo;
  }

  it('reads the text a pipe carries, though its size says 0', async () => {
    const fifo = await pipeFrom("printf 'Russia denied it. Ankara warned.'");
    expect(fs.statSync(fifo).size).toBe(0);
    expect(readTextFile(fifo).text).toBe('Russia denied it. Ankara warned.');
  });

  it('refuses a pipe carrying more than the limit, after reading one byte past it', async () => {
    const fifo = await pipeFrom(`head -c ${MAX_IMPORT_BYTES + 4096} /dev/zero | tr '\\0' a`);
    const error = caught(() => readTextFile(fifo));
    expect(error.code).toBe('file-too-large');
    expect(error.message).toBe(`${fifo} is more than 20 MB; Themata reads text up to 20 MB.`);
  });
});

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}
