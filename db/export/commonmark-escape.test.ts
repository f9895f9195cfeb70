import fc from 'fast-check';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { emphasize, escapeBlock, escapeInline } from './commonmark-escape';
import { NASTY, nastyText, nodeTypes, textOf, unescaped } from './markdown-test-support';

function parse(markdown: string): Root {
  return fromMarkdown(markdown);
}

/** Parses text rendered as a paragraph; undefined when it rendered as nothing. */
function asParagraph(markdown: string): string | undefined {
  const tree = parse(markdown);
  expect(tree.children.length).toBeLessThanOrEqual(1);
  const [paragraph] = tree.children;
  if (paragraph === undefined) return undefined;
  expect(paragraph.type).toBe('paragraph');
  expect(nodeTypes(paragraph).filter((type) => !['paragraph', 'text', 'break'].includes(type))).toEqual([]);
  return textOf(paragraph);
}

describe('escapeBlock', () => {
  it.each(NASTY)('keeps %j a single paragraph of literal text', (text) => {
    expect(asParagraph(escapeBlock(text).join('\n'))).toBe(text);
  });

  it.each(NASTY)('keeps %j literal inside a blockquote', (text) => {
    const tree = parse(escapeBlock(`x${text}`).map((line) => `> ${line}`).join('\n'));
    expect(tree.children).toHaveLength(1);
    const [quote] = tree.children;
    expect(quote?.type).toBe('blockquote');
    expect(quote && textOf(quote)).toBe(`x${text}`);
  });

  it('turns line breaks into hard breaks so a note keeps its lines and blank lines', () => {
    const note = 'First line\n\nThird line, after a blank one\n  indented\ttab';
    const lines = escapeBlock(note);
    expect(lines).toEqual(['First line\\', '\\', 'Third line, after a blank one\\', '&#32; indented\ttab']);
    expect(asParagraph(lines.join('\n'))).toBe(note);
  });

  it('keeps leading and trailing line breaks, and whitespace at the edges of lines', () => {
    for (const text of ['\nstarts with a break', 'ends with a break\n', 'ends with two\n\n', '\n', 'trailing  \nspaces  ', '    code?']) {
      expect(asParagraph(escapeBlock(text).join('\n'))).toBe(text);
    }
  });

  it('keeps a lone carriage return from ending the line', () => {
    expect(escapeBlock('a\rb\r\nc')).toEqual(['a&#13;b&#13;\\', 'c']);
    expect(asParagraph(escapeBlock('a\rb\r\nc').join('\n'))).toBe('a\rb\r\nc');
  });

  it('neutralises block markers only at the start of a line', () => {
    expect(escapeBlock('1. first\n- second\n+ third\n2024) fourth')).toEqual(['1\\. first\\', '\\- second\\', '\\+ third\\', '2024\\) fourth']);
    expect(escapeBlock('well-known 1. ok - yes + no')).toEqual(['well-known 1. ok - yes + no']);
  });

  it('leaves ordinary prose readable', () => {
    const prose = `Russia's defence ministry said only 23 of 59 missiles (39%) hit the base, at 04:40 "local time"; e.g. Shayrat!`;
    expect(escapeBlock(prose)).toEqual([prose]);
  });

  it('escapes Obsidian syntax: tags, block ids, highlights, comments, math, wikilinks', () => {
    const [line = ''] = escapeBlock('#tag ^s1-2 ==hl== %%c%% $x$ [[w]] ~~s~~ 50% off');
    expect(line).toBe('\\#tag \\^s1-2 \\=\\=hl\\=\\= \\%\\%c\\%\\% \\$x\\$ \\[\\[w\\]\\] \\~\\~s\\~\\~ 50% off');
    for (const ch of ['#', '^', '=', '$', '[', '~']) expect(unescaped(line, ch)).toBe(0);
    expect(line).not.toMatch(/(?<!\\)%%/);
  });

  it('round-trips any text as one paragraph (property)', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const markdown = escapeBlock(text).join('\n');
        expect(markdown).not.toContain('\r');
        const parsed = asParagraph(markdown);
        expect(parsed ?? '').toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any text inside a blockquote (property)', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const tree = parse(escapeBlock(text).map((line) => `>${line === '' ? '' : ' '}${line}`).join('\n'));
        expect(tree.children).toHaveLength(1);
        const [quote] = tree.children;
        expect(quote?.type).toBe('blockquote');
        if (quote?.type !== 'blockquote') return;
        expect(quote.children.length).toBeLessThanOrEqual(1);
        expect(textOf(quote)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeInline', () => {
  it.each(NASTY)('keeps %j on one line as a heading', (text) => {
    const tree = parse(`## ${escapeInline(text)}`);
    expect(tree.children).toHaveLength(1);
    const [heading] = tree.children;
    expect(heading).toMatchObject({ type: 'heading', depth: 2 });
    expect(heading && textOf(heading)).toBe(text);
  });

  it('leaves control characters that are not whitespace raw, since their references decode to U+FFFD', () => {
    for (const text of ['\v', '\u0085', '\u0001x\u001f']) {
      expect(escapeInline(text)).toBe(text);
      const [heading] = parse(`## ${escapeInline(text)}`).children;
      expect(heading && textOf(heading)).toBe(text);
    }
  });

  it('keeps a vertical tab at the edge of italic text roman rather than leave stray asterisks', () => {
    expect(emphasize('Title')).toBe('*Title*');
    expect(emphasize('\vTitle')).toBe('\vTitle');
    expect(emphasize('')).toBe('');
    expect(textOf(parse(`— ${emphasize('\vTitle\v')}, sentence 7`))).toBe('— \vTitle\v, sentence 7');
  });

  it('never emits a line break', () => {
    expect(escapeInline('a\nb\rc')).toBe('a&#10;b&#13;c');
  });

  it('encodes whitespace at both ends so emphasis around it still opens and closes', () => {
    expect(escapeInline(' Title\u00a0')).toBe('&#32;Title&#160;');
    const tree = parse(`— *${escapeInline(' Title\u00a0')}*, sentence 7`);
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ value: '— ' }, { type: 'emphasis' }, { value: ', sentence 7' }] });
  });

  it('round-trips any text as a heading and inside emphasis (property)', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const heading = parse(`## ${escapeInline(text)}`).children;
        expect(heading).toHaveLength(1);
        expect(heading[0]?.type).toBe('heading');
        expect(heading[0] && textOf(heading[0])).toBe(text);
        if (text === '') return;
        if (/^\v|\v$/.test(text)) return;
        const [paragraph] = parse(`— ${emphasize(text)}, sentence 7`).children;
        expect(paragraph?.type === 'paragraph' && paragraph.children.map((n) => n.type)).toEqual(['text', 'emphasis', 'text']);
        expect(paragraph?.type === 'paragraph' && paragraph.children[1] && textOf(paragraph.children[1])).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
