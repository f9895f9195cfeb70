import { describe, expect, it } from 'vitest';
import { ByteSink } from './byte-sink';

describe('ByteSink', () => {
  it('holds exactly the UTF-8 of what was appended, across growth and characters of every width', () => {
    const sink = new ByteSink(4);
    const pieces = ['a', 'é', '日本語', '🚀', '', '\n> quote ^s1-2', 'x'.repeat(10_000), 'Ankara’s'];
    for (const piece of pieces) sink.append(piece);
    expect(sink.bytes().toString('utf8')).toBe(pieces.join(''));
    expect(sink.byteLength).toBe(Buffer.byteLength(pieces.join(''), 'utf8'));
  });
});
