/**
 * How a search query is read: words (all must appear), "exact phrases", OR,
 * -exclusions and (groups), as researchers type them in other tools. Whatever
 * is typed gets a reading, never an error: what cannot be read is left out
 * and a hint says so. The reading becomes an FTS5 query in which every word
 * is quoted, so no text can reach FTS5 as syntax.
 *
 * Pure, with no Node or SQLite: the workspace reads the query with it as the
 * store does, to say how it was read while the researcher types.
 */

/** A word, abbreviation or phrase to match. */
export interface SearchTerm {
  kind: 'term';
  /** Its words, as FTS5 will tokenise them. */
  words: string[];
  /** As typed, for the reading (without quotes or a trailing `*`). */
  shown: string;
  /** Typed in quotes. */
  phrase: boolean;
  /**
   * A prefix: its last word may go on ("negotiat" finds "negotiations"), as
   * a word typed alone may still be being typed. Whole: an abbreviation
   * ("U.S.") or a closed "exact phrase".
   */
  prefix: boolean;
}

/** Sentences with every one of `include` and none of `exclude`. */
export interface SearchAll {
  kind: 'all';
  include: SearchNode[];
  exclude: SearchNode[];
}

/** Sentences with any one of `options`. */
export interface SearchAny {
  kind: 'any';
  options: SearchNode[];
}

export type SearchNode = SearchTerm | SearchAll | SearchAny;

export interface SearchReading {
  /** What to look for; null when the query holds nothing to look for. */
  query: SearchNode | null;
  /** The words looked for (not those excluded), each as its words joined by spaces, for marking matches. */
  marked: string[];
  /** How the query was read, in plain words: "Sentences or notes with “Russia” or “Turkey”, without “ceasefire”." */
  description: string;
  /** What was left out or repaired, one sentence each. */
  hints: string[];
}

const ABBREVIATION = /^(?:[\p{L}\p{N}]\.){2,}$/u;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Dashes a researcher may type before a word to exclude it (a hyphen, a minus sign, an en dash). */
const DASHES = new Set(['-', '\u2212', '\u2013']);
const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e']);
/** Deeper groups are read as if their parentheses were not there: no query needs more, and the parser's recursion stays bounded. */
const MAX_DEPTH = 8;

type Token =
  | { type: 'term'; term: SearchTerm }
  | { type: 'or' }
  | { type: 'and' }
  | { type: 'not'; lone: boolean; word: boolean }
  | { type: 'open' }
  | { type: 'close' };

/** Reads what a researcher typed. */
export function readSearch(text: string): SearchReading {
  const hints: string[] = [];
  const hint = (line: string) => {
    if (!hints.includes(line)) hints.push(line);
  };
  const tokens = tokenize(text, hint);
  const parser = new Parser(tokens, hint);
  const query = parser.query();
  const marked: string[] = [];
  if (query) collectMarked(query, marked);
  const description = query
    ? `Sentences or notes ${describeTop(query)}.`
    : tokens.length === 0
      ? 'Nothing to look for yet: type a word.'
      : 'Nothing to look for: add a word to find.';
  return { query, marked: [...new Set(marked)], description, hints };
}

function tokenize(text: string, hint: (line: string) => void): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let depth = 0;
  let dropped = 0;
  const length = text.length;
  const isSpace = (ch: string) => /\s/u.test(ch);
  while (at < length) {
    const ch = text[at]!;
    if (isSpace(ch)) {
      at += 1;
      continue;
    }
    if (ch === '(') {
      // Groups nested deeper than MAX_DEPTH lose their parentheses (and their closing ones): recursion stays bounded.
      if (depth >= MAX_DEPTH) {
        dropped += 1;
        hint(`Groups nested more than ${MAX_DEPTH} deep were read without their parentheses.`);
      } else {
        depth += 1;
        tokens.push({ type: 'open' });
      }
      at += 1;
      continue;
    }
    if (ch === ')') {
      if (dropped > 0) dropped -= 1;
      else {
        depth = Math.max(0, depth - 1);
        tokens.push({ type: 'close' });
      }
      at += 1;
      continue;
    }
    if (ch === '|') {
      tokens.push({ type: 'or' });
      at += 1;
      continue;
    }
    if (DASHES.has(ch)) {
      const next = text[at + 1];
      const lone = next === undefined || isSpace(next) || next === ')' || DASHES.has(next);
      tokens.push({ type: 'not', lone, word: false });
      at += 1;
      continue;
    }
    if (QUOTES.has(ch)) {
      let end = at + 1;
      while (end < length && !QUOTES.has(text[end]!)) end += 1;
      const closed = end < length;
      const inside = text.slice(at + 1, end);
      at = closed ? end + 1 : end;
      let star = false;
      while (text[at] === '*') {
        star = true;
        at += 1;
      }
      const words = inside.match(WORD);
      if (!closed) hint('The closing quote is missing: the phrase was read to the end of the query.');
      if (!words) {
        if (closed) hint('Empty quotes were left out.');
        continue;
      }
      tokens.push({ type: 'term', term: { kind: 'term', words, shown: inside.trim(), phrase: true, prefix: star || !closed } });
      continue;
    }
    let end = at;
    while (end < length && !isSpace(text[end]!) && text[end] !== '(' && text[end] !== ')' && !QUOTES.has(text[end]!)) end += 1;
    const chunk = text.slice(at, end);
    at = end;
    if (chunk === 'OR') tokens.push({ type: 'or' });
    else if (chunk === 'AND') tokens.push({ type: 'and' });
    else if (chunk === 'NOT') tokens.push({ type: 'not', lone: false, word: true });
    else {
      const bare = chunk.replace(/\*+$/, '');
      const words = bare.match(WORD);
      if (!words) {
        hint(`“${chunk}” holds no letters or digits and was left out.`);
        continue;
      }
      const whole = ABBREVIATION.test(bare);
      const shown = whole ? bare : bare.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
      tokens.push({ type: 'term', term: { kind: 'term', words, shown, phrase: false, prefix: !whole } });
    }
  }
  return tokens;
}

/**
 * query := all ; all := item* ; item := (- | NOT) primary | chain ;
 * chain := primary (OR primary)* ; primary := term | ( all ).
 * OR binds closer than the space between words, as in web search:
 * `Russia OR Turkey -ceasefire` leaves "ceasefire" out of both, and
 * `talks Moscow OR Ankara` wants "talks" and one of the two cities.
 */
class Parser {
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly hint: (line: string) => void,
  ) {}

  query(): SearchNode | null {
    let node = this.all();
    while (this.at < this.tokens.length) {
      // Only a stray closing parenthesis stops `all` before the end: what follows it must match too.
      this.at += 1;
      this.hint('A “)” without its “(” was left out.');
      const more = this.all();
      if (more) node = node ? bothOf(node, more) : more;
    }
    if (node && node.kind === 'all' && node.include.length === 0) {
      this.hint('A search cannot only leave words out: add a word to look for.');
      return null;
    }
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private all(): SearchNode | null {
    const include: SearchNode[] = [];
    const exclude: SearchNode[] = [];
    for (;;) {
      const token = this.peek();
      if (token === undefined || token.type === 'close') break;
      if (token.type === 'and') {
        this.at += 1;
      } else if (token.type === 'or') {
        this.at += 1;
        this.hint('An OR needs a word to look for on each side: an OR with none before it was ignored.');
      } else if (token.type === 'not') {
        this.excluded(exclude);
      } else {
        const unit = this.chain();
        // A group that only leaves words out, such as (-a -b), leaves them out here.
        if (unit?.kind === 'all') {
          include.push(...unit.include);
          exclude.push(...unit.exclude);
        } else if (unit) include.push(unit);
      }
    }
    if (include.length === 0 && exclude.length === 0) return null;
    return simplify({ kind: 'all', include, exclude });
  }

  /** A `-` or NOT and what it leaves out. */
  private excluded(exclude: SearchNode[]): void {
    let negated = false;
    while (this.peek()?.type === 'not') {
      const not = this.peek() as Extract<Token, { type: 'not' }>;
      this.at += 1;
      if (not.lone) this.hint('A “-” on its own was left out: write it against a word (-ceasefire) to leave that word out.');
      else negated = true;
    }
    if (!negated) return;
    const next = this.peek();
    if (next === undefined || next.type === 'or' || next.type === 'close' || next.type === 'and') {
      this.hint('A “-” or NOT with no word after it was left out.');
      return;
    }
    const unit = this.primary();
    if (unit?.kind === 'all' && unit.include.length === 0) {
      this.hint('Leaving out a group that itself only leaves words out means nothing: it was ignored.');
    } else if (unit) exclude.push(unit);
    if (this.peek()?.type === 'or') {
      this.at += 1;
      this.hint('An OR cannot join a word left out: that OR was ignored.');
    }
  }

  private chain(): SearchNode | null {
    const options: SearchNode[] = [];
    const first = this.primary();
    if (first) options.push(first);
    while (this.peek()?.type === 'or') {
      this.at += 1;
      const next = this.peek();
      if (next === undefined || next.type === 'close') {
        this.hint('An OR needs a word on each side: the OR at the end was ignored.');
        break;
      }
      if (next.type === 'or') continue;
      if (next.type !== 'term' && next.type !== 'open') {
        this.hint('An OR needs a word to look for on each side: an OR before a word left out was ignored.');
        break;
      }
      const option = this.primary();
      if (option) options.push(option);
    }
    if (options.length <= 1) return options[0] ?? null;
    const kept = options.filter((option) => !(option.kind === 'all' && option.include.length === 0));
    if (kept.length < options.length) this.hint('An OR needs a word to look for on each side: a side that only leaves words out was ignored.');
    if (kept.length === 0) return null;
    return simplify(kept.length === 1 ? kept[0]! : { kind: 'any', options: kept });
  }

  private primary(): SearchNode | null {
    const token = this.peek();
    if (token === undefined) return null;
    if (token.type === 'term') {
      this.at += 1;
      return token.term;
    }
    if (token.type !== 'open') return null;
    this.at += 1;
    const inner = this.all();
    if (this.peek()?.type === 'close') this.at += 1;
    else this.hint('A “(” was not closed: the group was read to the end of the query.');
    return inner;
  }
}

/** Two readings that must both match. */
function bothOf(left: SearchNode, right: SearchNode): SearchNode {
  const parts = (node: SearchNode) => (node.kind === 'all' ? node : { include: [node], exclude: [] });
  const a = parts(left);
  const b = parts(right);
  return simplify({ kind: 'all', include: [...a.include, ...b.include], exclude: [...a.exclude, ...b.exclude] });
}

/** Flattens all-in-all and any-in-any, and unwraps a group of one. */
function simplify(node: SearchNode): SearchNode {
  if (node.kind === 'all') {
    const include = node.include.flatMap((n) => (n.kind === 'all' && n.exclude.length === 0 ? n.include : [n]));
    if (include.length === 1 && node.exclude.length === 0) return include[0]!;
    return { kind: 'all', include, exclude: node.exclude };
  }
  if (node.kind === 'any') {
    const options = node.options.flatMap((n) => (n.kind === 'any' ? n.options : [n]));
    return options.length === 1 ? options[0]! : { kind: 'any', options };
  }
  return node;
}

function collectMarked(node: SearchNode, into: string[]): void {
  if (node.kind === 'term') into.push(node.words.join(' '));
  else if (node.kind === 'any') for (const option of node.options) collectMarked(option, into);
  else for (const part of node.include) collectMarked(part, into);
}

/**
 * The reading as an FTS5 query. Every term is quoted (a quote inside doubled),
 * so no typed text can be read as FTS5 syntax; groups are parenthesised, so
 * FTS5's precedence never decides. Null when there is nothing to look for.
 */
export function toFtsQuery(node: SearchNode | null): string | null {
  if (!node) return null;
  if (node.kind === 'term') return `"${node.words.join(' ').replaceAll('"', '""')}"${node.prefix ? '*' : ''}`;
  if (node.kind === 'any') return `(${node.options.map(toFtsQuery).join(' OR ')})`;
  if (node.include.length === 0) return null;
  const include = `(${node.include.map(toFtsQuery).join(' AND ')})`;
  if (node.exclude.length === 0) return include;
  return `(${include} NOT (${node.exclude.map(toFtsQuery).join(' OR ')}))`;
}

function describeTop(node: SearchNode): string {
  if (node.kind === 'term') return `with ${describe(node)}`;
  if (node.kind === 'any') {
    if (node.options.every((option) => option.kind === 'term')) return `with ${list(node.options.map(describe), 'or')}`;
    return node.options.map((option) => `with ${option.kind === 'all' ? describeAll(option) : describe(option)}`).join(', or ');
  }
  const exclude = node.exclude.flatMap((n) => (n.kind === 'any' ? n.options : [n]));
  const only = node.include.length === 1 ? node.include[0]! : null;
  return [
    only?.kind === 'any' ? describeTop(only) : node.include.length > 0 ? `with ${list(termsFirst(node.include).map(describe), 'and')}` : '',
    exclude.length > 0 ? `without ${list(exclude.map(describe), 'or')}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** A term or group inside a larger one; groups say "either" and "both" so their bounds stay clear. */
function describe(node: SearchNode): string {
  if (node.kind === 'term') return node.phrase ? `the phrase “${node.shown}”` : `“${node.shown}”`;
  if (node.kind === 'any') return `either ${list(node.options.map(describe), 'or')}`;
  return node.include.length > 1 && node.exclude.length === 0 ? `both ${describeAll(node)}` : describeAll(node);
}

function describeAll(node: SearchAll): string {
  const include = list(termsFirst(node.include).map(describe), 'and');
  return node.exclude.length > 0 ? `${include} but not ${list(node.exclude.map(describe), 'or')}` : include;
}

/** Single terms before groups: "“talks” and either “Moscow” or “Ankara”" reads where the group ends. */
function termsFirst(nodes: SearchNode[]): SearchNode[] {
  return [...nodes.filter((n) => n.kind === 'term'), ...nodes.filter((n) => n.kind !== 'term')];
}

function list(items: string[], joiner: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}
