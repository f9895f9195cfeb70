/**
 * A Markdown file (CommonMark): headings, paragraphs, list items, quotes and
 * code blocks become paragraphs, with the markup taken off: a link keeps its
 * text, an image is left out, inline code keeps its text, an HTML block is
 * left out. A first-level heading at the top is the document's title. Front
 * matter (a YAML block between --- lines, as note apps and site generators
 * write) is not text: its title, author and date are taken as details.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { type Article, articleText, articleTitle, dayOf, keptDetails } from './article';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function readMarkdownArticle(markdown: string, label: string): Article {
  const front = FRONT_MATTER.exec(markdown);
  const fields = front ? frontMatterFields(front[1]!) : new Map<string, string>();
  const tree = fromMarkdown(front ? markdown.slice(front[0].length) : markdown);
  const paragraphs: string[] = [];
  for (const node of tree.children) collect(node, paragraphs);
  const text = articleText(paragraphs, label, 'has no text, only markup.');
  const title = articleTitle(fields.get('title') ?? leadingTitle(tree));
  const details = keptDetails({
    author: fields.get('author'),
    publishedOn: dayOf(fields.get('date')),
    outlet: fields.get('outlet') ?? fields.get('publisher') ?? fields.get('source'),
    language: fields.get('lang') ?? fields.get('language'),
    url: fields.get('url'),
  });
  return { text, ...(title === undefined ? {} : { title }), ...(Object.keys(details).length > 0 ? { details } : {}) };
}

/** "key: value" lines of front matter, quotes taken off; nested YAML (lists, maps) is left alone. */
function frontMatterFields(yaml: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of yaml.split(/\r?\n/)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$/.exec(line);
    if (match) fields.set(match[1]!.toLowerCase(), match[2]!.replace(/^(["'])(.*)\1$/, '$2'));
  }
  return fields;
}

/** The text of each block that holds text directly, in reading order. */
function collect(node: Nodes, into: string[]): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableCell':
      into.push(inline(node));
      return;
    case 'code':
      // A code block's lines stay apart: each is a paragraph of its own.
      into.push(...node.value.split('\n'));
      return;
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return;
    default:
      if ('children' in node) for (const child of node.children) collect(child as Nodes, into);
  }
}

/** A block's words without their markup. */
function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

function leadingTitle(tree: Root): string | undefined {
  const first = tree.children.find((node) => node.type !== 'html' && node.type !== 'yaml');
  return first?.type === 'heading' && first.depth === 1 ? inline(first) : undefined;
}
