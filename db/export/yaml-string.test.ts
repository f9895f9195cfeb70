import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yamlString } from './yaml-string';

/**
 * YAML 1.2 is a superset of JSON, and yamlString uses only escapes JSON shares,
 * so JSON.parse reads a quoted value exactly as a YAML parser does.
 */
const TRICKY = [
  'Missile claims', 'Turkey: "trade threats"', "it's", 'a: b', 'key: value # not a comment', '#hashtag', '- leading dash',
  '? question', '[flow, list]', '{flow: map}', '&anchor', '*alias', '!tag', '|', '>', '%directive', '@at', '`tick`',
  'back\\slash', 'C:\\path\\n', 'two\nlines', 'cr\rlf\r\n', 'tab\there', ' leading and trailing ', '', 'null', 'true', '~',
  '0123', '1e3', '.inf', 'yes', 'no', '---', '...', 'Ελληνικά', 'العربية', '日本語', '🚀 rocket', 'e\u0301', '\u0085nel',
  '\u2028ls\u2029ps', '\ufeffbom', '\u0007bell', '\u007fdel', '\u009fc1', '\ufffe', '\uffff',
];

describe('yamlString', () => {
  it.each(TRICKY)('quotes %j so a parser reads it back exactly', (value) => {
    const quoted = yamlString(value);
    expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
    expect(JSON.parse(quoted)).toBe(value);
  });

  it('writes one line of printable characters whatever the value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const quoted = yamlString(value);
        expect([...quoted].filter((ch) => !printable(ch))).toEqual([]);
        expect(JSON.parse(quoted)).toBe(value.replace(/\p{Cs}/gu, '\ufffd'));
      }),
      { numRuns: 1000 },
    );
  });

  it('escapes only what it must, so names stay readable', () => {
    expect(yamlString('Turkey: "trade threats" #1')).toBe('"Turkey: \\"trade threats\\" #1"');
    expect(yamlString('Ελληνικά 🚀')).toBe('"Ελληνικά 🚀"');
    expect(yamlString('a\nb\\c')).toBe('"a\\nb\\\\c"');
  });

  it('replaces a lone surrogate, which UTF-8 cannot hold, with U+FFFD', () => {
    expect(yamlString('a\ud800b')).toBe('"a\\ufffdb"');
  });
});

/** YAML's printable characters, less those some parsers take for line breaks or a byte-order mark. */
function printable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if ([0x85, 0x2028, 0x2029, 0xfeff, 0xfffe, 0xffff].includes(code)) return false;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
}
