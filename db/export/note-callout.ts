/**
 * A researcher's note as Markdown, inside an Obsidian callout (`> [!note]`):
 * lists, emphasis, links and code stay what the researcher wrote, while
 * nothing in a note can change the file around it. The callout is a
 * blockquote, which closes every block the note opens (an unclosed code
 * fence, a list); the few constructs that still reach outside a blockquote
 * are neutralised, each with one backslash:
 *
 * - headings (`# …` and setext underlines), which would be sections in an outline;
 * - Obsidian block ids at a line's end (` ^id`), which must stay unique in the file;
 * - link reference definitions (`[x]: url`, footnotes `[^1]: …`), defined for the whole file;
 * - raw HTML, which Markdown readers may render or run (autolinks `<https://…>` stay).
 */

/** `#` to `######` then a space or the line's end: an ATX heading. */
const ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
/** A line of only `=` or only `-` (trailing spaces too, so "- " as well): a setext underline. */
const SETEXT_UNDERLINE = /^( {0,3})(=|-)(?=\2*[ \t]*$)/;
/** `[label]:` at a line's start: a link reference or footnote definition. */
const DEFINITION = /^( {0,3})\[(?=[^\]]*\]:)/;
/** A block id at a line's end: a space, a caret, letters, digits and dashes. */
const BLOCK_ID = /(^|\s)\^([A-Za-z0-9-]+[ \t]*)$/;
/** `<` opening anything but an autolink (scheme:… or an e-mail address). */
const HTML_START = /<(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9.-]+>)/g;

/** One line of a note, as Markdown that cannot reach outside its callout. */
function noteLine(line: string): string {
  // A "<" the researcher already escaped stays as written: doubling its backslash would free it.
  let out = line.replace(HTML_START, (lt, at: number) => (backslashesBefore(line, at) % 2 === 1 ? lt : '\\<')).replace(SETEXT_UNDERLINE, '$1\\$2');
  // Container markers before the block: "> # x" and "- # x" open a heading too.
  const lead = /^(?:[ \t]{0,3}(?:>|[-+*]|\d{1,9}[.)])[ \t]+)*/.exec(out)![0];
  let body = out.slice(lead.length);
  body = body.replace(ATX_HEADING, '$1\\$2').replace(SETEXT_UNDERLINE, '$1\\$2').replace(DEFINITION, '$1\\[');
  out = (lead + body).replace(BLOCK_ID, '$1\\^$2');
  return out;
}

function backslashesBefore(text: string, at: number): number {
  let count = 0;
  while (at - count - 1 >= 0 && text[at - count - 1] === '\\') count += 1;
  return count;
}

/**
 * The callout for a note (already tidied: no blank lines before, no trailing
 * whitespace), one `>` line per line of the note. A NUL, which CommonMark
 * reads as U+FFFD anyway, is written as U+FFFD.
 */
export function noteCallout(note: string): string {
  const lines = note.replaceAll('\0', '\uFFFD').split(/\r\n|\r|\n/);
  return ['> [!note]', ...lines.map((line) => (line.trim() === '' ? '>' : `> ${noteLine(line)}`))].join('\n');
}
