/**
 * Shared by the export tests: hostile text to feed the renderer, and readers
 * of the parsed Markdown tree. Test-only; nothing in the app imports it.
 */
import fc from 'fast-check';
import type { Nodes } from 'mdast';

/** Researcher text that looks like Markdown (or Obsidian) syntax. */
export const NASTY = [
  '# heading', '###### h6', '*stars*', '**strong**', '_under_', '__dunder__', '`code`', '``', '[link](x)', '![img](x)',
  '<script>', '<img src=x onerror=alert(1)>', '<!-- c -->', '<http://x.y>', '&amp;', '&#32;', '&#x41;', '1. ', '2) ',
  '- ', '+ ', '* ', '> ', '>', '---', '===', '***', '___', '- - -', '[foo]: /url', '[foo]', '\\', '\\\\', '|', '| a | b |',
  '    ', '  ', '\t', '~~~', '```', '^s1-2', ' ^block-id', '#tag', '[[wiki]]', '![[embed]]', '==hl==', '%%c%%', '$x$',
  '$$', '~~s~~', '\n', '\r', '\r\n', '\n\n', ' ', '\u00a0', '\u2028', '\u3000', '\ufeff', 'é', '日本語', '🚀', '"', "'", ':',
  'http://x.y', 'a', 'Word', 'x@y.z', '[^1]', '> [!note]', '\\#', '\\\n',
];

/** Nasty pieces mixed with arbitrary code points. NUL is left out: CommonMark turns it into U+FFFD. */
export const nastyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...NASTY),
      fc.string({ unit: 'binary', maxLength: 6 }).map((s) => s.replaceAll('\0', '')),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 10 },
  )
  .map((pieces) => pieces.join(''));

/** Text content as a reader sees it: text nodes, and a hard break as a line break. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map(textOf).join('');
  throw new Error(`unexpected ${node.type} node`);
}

/** Every node type in the tree, root first. */
export function nodeTypes(node: Nodes): string[] {
  return [node.type, ...('children' in node ? node.children.flatMap(nodeTypes) : [])];
}

/** How many times `ch` occurs in Markdown source without a backslash escaping it. */
export function unescaped(markdown: string, ch: string): number {
  let count = 0;
  for (let i = 0; i < markdown.length; i += 1) {
    if (markdown[i] === '\\') i += 1;
    else if (markdown[i] === ch) count += 1;
  }
  return count;
}
