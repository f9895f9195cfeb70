/**
 * A saved news web page: the article found by Mozilla Readability (as Firefox's
 * reader view finds it) among the page's menus, adverts, banners and scripts,
 * its blocks kept as paragraphs, and what the page says of the article (title,
 * byline, site, publication time, language, address) kept as its details.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { NotebookError } from '../notebook-error';
import { type Article, articleText, articleTitle, dayOf, foldSpace, keptDetails } from './article';

/** The little of a DOM this module walks: linkedom's nodes, without the browser's types (the notebook has none). */
export interface PageNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<PageNode>;
}
export interface PageElement extends PageNode {
  tagName: string;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  remove(): void;
}

/** Less text than a short news item: what Readability found is a page's leftovers, not an article. */
export const MIN_ARTICLE_CHARACTERS = 140;

/** Elements whose text is a paragraph of its own. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'ADDRESS']);
/** Elements that hold blocks; their own loose text is a paragraph too. */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'BODY', 'NAV', 'FORM', 'DETAILS']);

export function readHtmlArticle(bytes: Uint8Array, label: string): Article {
  const html = decodeHtml(bytes, label);
  const { document } = parseHTML(html);
  const url = canonicalAddress(document);
  const language = document.documentElement?.getAttribute('lang') ?? undefined;
  removeClutter(document);
  let found: ReturnType<Readability['parse']>;
  try {
    found = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    found = null;
  }
  const content = found?.content ? parseHTML(`<!doctype html><html><body>${found.content}</body></html>`).document.body : null;
  const paragraphs = content ? blocksOf(content as unknown as PageElement) : [];
  const length = paragraphs.reduce((sum, paragraph) => sum + foldSpace(paragraph).length, 0);
  if (!found || length < MIN_ARTICLE_CHARACTERS) {
    throw new NotebookError('file-empty', `${label} holds no article that Themata could find, only menus, links or too little text; save the article's own page, or copy its text.`);
  }
  const text = articleText(paragraphs, label, 'holds no article text.');
  return {
    text,
    ...withTitle(articleTitle(found.title)),
    details: keptDetails({
      outlet: found.siteName,
      author: byline(found.byline),
      publishedOn: dayOf(found.publishedTime),
      language: found.lang || language,
      url,
    }),
  };
}

/** Adverts, consent banners and sharing boxes, marked as such by their class or id: Readability keeps one that sits between paragraphs. */
const CLUTTER = /^(ad|ads|advert|advertisement|adslot|ad-\w+|sponsored|promo|cookie|cookies|cookie-banner|consent|gdpr|newsletter|share|sharing|social|paywall|subscribe)$/i;

function removeClutter(document: ReturnType<typeof parseHTML>['document']): void {
  const marked = (document as unknown as PageElement).querySelectorAll('[class], [id], [hidden], [aria-hidden="true"]');
  for (const element of Array.from(marked)) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
    const hidden = element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
    if (hidden || names.some((name) => CLUTTER.test(name))) element.remove();
  }
}

function withTitle(title: string | undefined): { title?: string } {
  return title === undefined ? {} : { title };
}

/** "By Jane Doe" is Jane Doe; a byline that is a sentence (Readability's guess gone wrong) is no author. */
function byline(raw: string | null | undefined): string | undefined {
  const name = foldSpace(raw ?? '').replace(/^by\s+/i, '');
  return name && name.length <= 120 ? name : undefined;
}

/** The page's own address (a saved page records where it came from), if it is a web address. */
function canonicalAddress(document: ReturnType<typeof parseHTML>['document']): string | undefined {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return [canonical, og].find((address) => address && /^https?:\/\//i.test(address.trim())) ?? undefined;
}

/** Each block's text as a paragraph, a line break inside one (<br>) kept as a break between paragraphs. */
export function blocksOf(root: PageElement): string[] {
  const paragraphs: string[] = [];
  let loose = '';
  const flush = () => {
    if (loose.trim()) paragraphs.push(loose);
    loose = '';
  };
  const walk = (node: PageNode, into: (text: string) => void) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) into(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const element = child as PageElement;
        const tag = element.tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
        if (tag === 'BR') {
          into('\n');
        } else if (BLOCKS.has(tag) || CONTAINERS.has(tag)) {
          flush();
          if (BLOCKS.has(tag) && !hasBlockInside(element)) {
            let own = '';
            walk(element, (text) => (own += text));
            paragraphs.push(...own.split('\n'));
          } else {
            walk(element, (text) => (text === '\n' ? flush() : (loose += text)));
            flush();
          }
        } else {
          walk(element, into);
        }
      }
    }
  };
  walk(root, (text) => (text === '\n' ? flush() : (loose += text)));
  flush();
  return paragraphs;
}

function hasBlockInside(element: PageElement): boolean {
  return Array.from(element.querySelectorAll('*')).some((inner) => BLOCKS.has(inner.tagName.toUpperCase()) || CONTAINERS.has(inner.tagName.toUpperCase()));
}

/**
 * The page's text, in the character set it declares (a byte-order mark, or
 * a <meta charset> near its start); UTF-8 when it declares none.
 */
export function decodeHtml(bytes: Uint8Array, label: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const html = decoder.decode(bytes);
  if (!/<(html|body|p|div|article|head)\b/i.test(html.slice(0, 65536))) {
    throw new NotebookError('file-binary', `${label} is not a web page; save the page as HTML and import it again.`);
  }
  return html;
}
