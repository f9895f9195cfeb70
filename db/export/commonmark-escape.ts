/**
 * Turns researcher text (sentences, notes, titles, theme names) into Markdown
 * that parses back to exactly that text, under CommonMark and in Obsidian.
 *
 * Backslash escapes stop inline syntax; numeric character references carry
 * whatever a backslash cannot: whitespace that a parser would strip at a line's
 * edge, and line endings that must not end a line. Only what can start syntax
 * is escaped, so the file stays readable as plain text.
 */

/**
 * Escaped wherever they appear: inline syntax in CommonMark (code, emphasis,
 * links, HTML, entities) and in Obsidian (#tags, ^block-ids, ==highlight==,
 * ~~strike~~, $math$, | tables), plus `>` and `=` so no line can become a
 * quote or a setext underline.
 */
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '^', '=', '~', '|', '$']);

/** A list item marker, which only counts at the start of a line. */
const LIST_START = /^(?:[-+]|\d+[.)])/;

/**
 * Whitespace as parsers judge it (micromark uses JavaScript's \s): stripped at
 * a line's edges, and it stops emphasis from opening or closing beside it.
 * Except the vertical tab, whose reference (&#11;) decodes to U+FFFD.
 */
const EDGE_SPACE = /^[^\S\v]$/u;

function characterReference(ch: string): string {
  return `&#${ch.codePointAt(0)};`;
}

/** Characters escaped wherever they are, in one pass: see ALWAYS_ESCAPED, %% and line endings. */
const ESCAPED_ANYWHERE = new RegExp(`[${[...ALWAYS_ESCAPED].map((c) => `\\${c}`).join('')}]|%(?=%)|(?<=%)%|[\r\n\0]`, 'g');

/** Whether a line holds anything ESCAPED_ANYWHERE may match: most sentences hold none, and a class scan is cheaper than the lookbehind. */
const MAY_NEED_ESCAPING = /[\\`*_[\]<>&#^=~|$%\r\n\0]/;

function escapeCharacter(ch: string): string {
  // A lone CR is a line ending to CommonMark.
  if (ch === '\r' || ch === '\n') return characterReference(ch);
  // CommonMark replaces NUL with U+FFFD whatever we do; say so in the file.
  if (ch === '\0') return '\uFFFD';
  // Obsidian hides %%...%% as a comment; the rest is inline syntax.
  return `\\${ch}`;
}

/**
 * Escapes one line. `lineStart` says the text begins a line of a paragraph, so
 * block markers (list items) must be neutralised too. One regex pass over the
 * middle keeps a 100,000-sentence export fast.
 */
function escapeLine(line: string, lineStart: boolean): string {
  if (line === '') return '';
  let head = '';
  let tail = '';
  let middle = line;
  const first = String.fromCodePoint(line.codePointAt(0)!);
  if (EDGE_SPACE.test(first)) {
    head = characterReference(first);
    middle = middle.slice(first.length);
  }
  if (middle !== '') {
    const last = lastCharacter(middle);
    if (EDGE_SPACE.test(last)) {
      tail = characterReference(last);
      middle = middle.slice(0, -last.length);
    }
  }
  const out = head + (MAY_NEED_ESCAPING.test(middle) ? middle.replace(ESCAPED_ANYWHERE, escapeCharacter) : middle) + tail;
  if (!lineStart) return out;
  const marker = LIST_START.exec(out);
  if (!marker) return out;
  const end = marker[0].length - 1;
  return `${out.slice(0, end)}\\${out.slice(end)}`;
}

function lastCharacter(text: string): string {
  const code = text.charCodeAt(text.length - 1);
  // A low surrogate ends a two-unit character.
  return code >= 0xdc00 && code <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

/**
 * Text placed inside a line (a heading, emphasis, after a label). Line breaks
 * become character references, so the text can never leave its line.
 */
export function escapeInline(text: string): string {
  return escapeLine(text, false);
}

/**
 * Text that fills a paragraph (or a blockquote's paragraph, once the caller
 * prefixes "> "), one Markdown line per line of text. Line breaks become hard
 * breaks (a backslash at the end of the line), so a note keeps its shape and a
 * blank line inside it cannot end the paragraph. Parsed back, the text nodes,
 * with each break read as "\n", equal `text` exactly.
 */
export function escapeBlock(text: string): string[] {
  const lines = text.split('\n');
  // A hard break cannot end a paragraph, so a final line break is a reference.
  let trailingBreak = '';
  if (lines.length > 1 && lines[lines.length - 1] === '') {
    lines.pop();
    trailingBreak = characterReference('\n');
  }
  return lines.map((line, i) => {
    const escaped = escapeLine(line, true);
    return i < lines.length - 1 ? `${escaped}\\` : `${escaped}${trailingBreak}`;
  });
}

/**
 * Text in italics. A vertical tab at either end cannot be encoded and would
 * stop the asterisks from pairing, so such text (and empty text) stays roman:
 * still literal, and no stray asterisks.
 */
export function emphasize(text: string): string {
  const escaped = escapeInline(text);
  return text === '' || text.startsWith('\v') || text.endsWith('\v') ? escaped : `*${escaped}*`;
}
