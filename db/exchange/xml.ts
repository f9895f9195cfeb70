/**
 * The XML of REFI-QDA files: a writer that escapes everything it is given,
 * and a strict reader. Strict because a file that is not well-formed must be
 * refused whole, never half read; small because the files use plain
 * elements, attributes and text (namespaces are read by local name, and a
 * document type with its own entities is refused, so no entity can expand).
 */
import { NotebookError } from '../notebook-error';

/** Characters XML 1.0 cannot hold at all (control characters but tab, line feed, carriage return; lone surrogates; U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values also keep their line breaks and tabs, which a reader would otherwise turn into spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Builds an indented document; attributes whose value is null or undefined are left out. */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  private readonly open: string[] = [];

  start(name: string, attributes: Attributes = {}, extra = ''): this {
    this.parts.push(`${this.indent()}<${name}${attributesOf(attributes)}${extra}>\n`);
    this.open.push(name);
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('no element is open');
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  empty(name: string, attributes: Attributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${attributesOf(attributes)}/>\n`);
    return this;
  }

  /** An element holding text exactly as given (no indentation inside it, which would change the text). */
  text(name: string, text: string, attributes: Attributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${attributesOf(attributes)}>${escapeText(text)}</${name}>\n`);
    return this;
  }

  toString(): string {
    if (this.open.length > 0) throw new Error(`<${this.open[this.open.length - 1]}> is still open`);
    return this.parts.join('');
  }

  private indent(): string {
    return '  '.repeat(this.open.length);
  }
}

function attributesOf(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

export interface XmlElement {
  /** The local name: a prefix (`qda:Code`) is dropped. */
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The element's own text, its children's left out. */
  text: string;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Parses a whole document; anything not well-formed is one NotebookError naming the line. */
export function parseXml(source: string, fileName: string): XmlElement {
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (what: string): never => {
    const line = source.slice(0, i).split('\n').length;
    throw new NotebookError('invalid-input', `${fileName} is not well-formed XML (line ${line}: ${what}).`);
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const decode = (raw: string): string =>
    raw.replace(/&([^;&\s]*);?/g, (match, entity: string) => {
      if (!match.endsWith(';')) fail('an & that starts no entity');
      if (entity.startsWith('#x')) return codePoint(parseInt(entity.slice(2), 16), /^#x[0-9a-fA-F]+$/.test(entity));
      if (entity.startsWith('#')) return codePoint(parseInt(entity.slice(1), 10), /^#[0-9]+$/.test(entity));
      const known = ENTITIES[entity];
      return known ?? fail(`an unknown entity &${entity};`);
    });
  const codePoint = (value: number, wellWritten: boolean): string => {
    if (!wellWritten || !(value === 9 || value === 10 || value === 13 || (value >= 0x20 && value <= 0xd7ff) || (value >= 0xe000 && value <= 0xfffd) || (value >= 0x10000 && value <= 0x10ffff))) {
      fail('a character reference to no character XML allows');
    }
    return String.fromCodePoint(value);
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const match = NAME.exec(source);
    if (!match) fail('a name was expected');
    i += match![0].length;
    return match![0];
  };
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i]!)) i += 1;
  };
  const local = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

  while (i < source.length) {
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end < 0) fail('a comment that never ends');
      i = end + 3;
    } else if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i + 2);
      if (end < 0) fail('a processing instruction that never ends');
      i = end + 2;
    } else if (source.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail('text outside the root element');
      const end = source.indexOf(']]>', i + 9);
      if (end < 0) fail('a CDATA section that never ends');
      stack[stack.length - 1]!.text += source.slice(i + 9, end);
      i = end + 3;
    } else if (source.startsWith('<!DOCTYPE', i)) {
      const end = source.indexOf('>', i);
      if (end < 0 || root || stack.length) fail('a misplaced document type');
      // A document type with its own declarations could define entities that expand without end.
      if (source.slice(i, end).includes('[')) fail('a document type with its own declarations, which Themata does not read');
      i = end + 1;
    } else if (source.startsWith('</', i)) {
      i += 2;
      const closing = local(name());
      skipSpace();
      if (source[i] !== '>') fail(`</${closing} is not closed with >`);
      i += 1;
      const open = stack.pop();
      if (!open || open.name !== closing) fail(`</${closing}> closes ${open ? `<${open.name}>` : 'nothing'}`);
    } else if (source[i] === '<') {
      i += 1;
      const element: XmlElement = { name: local(name()), attributes: new Map(), children: [], text: '' };
      const seen = new Set<string>();
      for (;;) {
        const before = i;
        skipSpace();
        if (source[i] === '>' || source.startsWith('/>', i)) break;
        if (i === before) fail(`attributes of <${element.name}> must be separated by space`);
        const attribute = name();
        skipSpace();
        if (source[i] !== '=') fail(`attribute ${attribute} has no value`);
        i += 1;
        skipSpace();
        const quote = source[i];
        if (quote !== '"' && quote !== "'") fail(`the value of ${attribute} is not quoted`);
        const end = source.indexOf(quote!, i + 1);
        if (end < 0) fail(`the value of ${attribute} never ends`);
        const raw = source.slice(i + 1, end);
        if (raw.includes('<')) fail(`the value of ${attribute} holds a <`);
        if (seen.has(attribute)) fail(`attribute ${attribute} is given twice`);
        seen.add(attribute);
        // Line breaks and tabs written as such are read as spaces (attribute-value normalisation).
        element.attributes.set(local(attribute), decode(raw.replace(/[\t\n\r]/g, ' ')));
        i = end + 1;
      }
      if (stack.length === 0) {
        if (root) fail('a second root element');
        root = element;
      } else {
        stack[stack.length - 1]!.children.push(element);
      }
      if (source.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push(element);
      }
    } else {
      const end = source.indexOf('<', i);
      const raw = source.slice(i, end < 0 ? source.length : end);
      if (stack.length === 0) {
        if (raw.trim() !== '') fail('text outside the root element');
      } else {
        if (raw.includes(']]>')) fail(']]> in text');
        stack[stack.length - 1]!.text += decode(raw.replace(/\r\n?/g, '\n'));
      }
      i = end < 0 ? source.length : end;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) fail('there is no root element');
  return root!;
}
