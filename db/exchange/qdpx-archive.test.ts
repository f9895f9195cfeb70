import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readArchive, writeArchive } from './qdpx-archive';

describe('the .qdpx archive', () => {
  it('writes the same bytes for the same files, and reads them back', () => {
    const files = { 'project.qde': strToU8('<Project/>'), 'sources/a.txt': strToU8('Text 😀') };
    const first = writeArchive(files);
    expect(Buffer.from(writeArchive(files)).equals(Buffer.from(first))).toBe(true);
    const archive = readArchive(first, 'a.qdpx', () => true);
    expect(archive.names).toEqual(['project.qde', 'sources/a.txt']);
    expect(new TextDecoder().decode(archive.read('sources/a.txt'))).toBe('Text 😀');
  });

  it('unpacks only the entries asked for, and judges only those by their size', () => {
    const bomb = zipSync({ 'project.qde': strToU8('<Project/>'), 'sources/movie.mp4': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const archive = readArchive(bomb, 'a.qdpx', (name) => name === 'project.qde');
    expect(archive.names).toContain('sources/movie.mp4');
    expect(archive.read('sources/movie.mp4')).toBeUndefined();
    expect(() => readArchive(bomb, 'a.qdpx', () => true)).toThrow('a.qdpx would unpack to far more than it holds (sources/movie.mp4), so Themata does not open it.');
  });

  it('lets a small entry that packs very well through: a few repeated lines are no bomb', () => {
    const lines = strToU8('The same line.\n'.repeat(10_000));
    const archive = readArchive(zipSync({ 'sources/a.txt': lines }, { level: 9 }), 'a.qdpx', () => true);
    expect(archive.read('sources/a.txt')).toHaveLength(lines.length);
  });
});
