import { describe, expect, it } from 'vitest';
import { ByteSink } from './byte-sink';

describe('ByteSink', () => {
  it('holds exactly the UTF-8 of what was appended, across blocks and characters of every width', () => {
    const sink = new ByteSink(4);
    const pieces = ['a', 'é', '日本語', '🚀', '', '\n> quote ^s1-2', 'x'.repeat(40_000), 'Ankara’s', '¿'.repeat(33_000)];
    for (const piece of pieces) sink.append(piece);
    const chunks = sink.chunks();
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(pieces.join(''));
    expect(sink.byteLength).toBe(Buffer.byteLength(pieces.join(''), 'utf8'));
  });

  it('gives the same bytes when asked twice, and keeps appending after', () => {
    const sink = new ByteSink(8);
    sink.append('first ');
    const before = Buffer.concat(sink.chunks()).toString('utf8');
    sink.append('second');
    expect(before).toBe('first ');
    expect(Buffer.concat(sink.chunks()).toString('utf8')).toBe('first second');
  });
});
