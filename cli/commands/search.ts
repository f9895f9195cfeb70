/** `themata search`: sentences and notes matching a query, read as the workspace reads it (db/search-query.ts). */
import type { SearchHit } from '../../db/domain';
import { NotebookError } from '../../db/notebook-error';
import { readSearch } from '../../db/search-query';
import { type Command, expectPositionals, help, parse, UsageError, withNotebook } from '../command';
import { DOCUMENT_FILTER_OPTIONS, DOCUMENT_FILTER_VALUE_OPTIONS, documentFilterOf, documentsPicked } from '../document-filter-options';
import { memoHitsJson, searchJson } from '../json-output';
import { printable, printableJson } from '../terminal-text';

export const searchCommand: Command = (args, io) => {
  const { shielded, restore } = shieldExclusions(args);
  const parsed = parse(shielded, { limit: { type: 'string' }, json: { type: 'boolean' }, ...DOCUMENT_FILTER_OPTIONS });
  if (!parsed) return help('search', io);
  const query = expectPositionals(parsed, 1, Infinity, 'a QUERY').map(restore).join(' ');
  const limit = parsed.values.limit === undefined ? 50 : Number(parsed.values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit is a whole number above 0');
  const reading = readSearch(query);
  // Nothing to look for is a refusal the researcher can act on, not an empty result.
  if (reading.query === null) {
    throw new NotebookError('invalid-input', `Nothing to look for in "${query}": a search needs a word to find (-word only leaves words out); see "themata search --help".`);
  }
  const filter = documentFilterOf(parsed);
  return withNotebook(parsed, io, (notebook) => {
    const set = documentsPicked(notebook, filter);
    // What was left out or repaired, so a query is never silently misread; standard output stays the hits alone.
    if (reading.hints.length > 0) io.stderr(`${printable(reading.description)}\n${reading.hints.map((hint) => `  ${printable(hint)}\n`).join('')}`);
    const hits = notebook.search(query, limit, set);
    // Memos belong to the notebook, its themes and documents; with conditions on documents, only sentences are searched.
    const memos = set === null ? notebook.searchMemos(query, limit) : [];
    if (parsed.values.json) {
      const themesOf = (hit: SearchHit) => notebook.listSentences(hit.documentId, { offset: hit.sentenceNumber - 1, limit: 1 }).sentences[0]?.themeIds ?? [];
      // Memos follow the sentences, each marked by its "memo" field.
      io.stdout(printableJson([...searchJson(hits, notebook.listThemes(), themesOf), ...memoHitsJson(memos)], 2) + '\n');
      return 0;
    }
    if (hits.length === 0 && memos.length === 0) io.stdout(`Nothing found. ${printable(reading.description)}\n`);
    for (const hit of hits) {
      io.stdout(`${hit.documentId}:${hit.sentenceNumber}\t${printable(oneLine(hit.text))}${hit.matchedIn !== 'sentence' && hit.note ? `\n\tnote: ${printable(oneLine(hit.note))}` : ''}\n`);
    }
    for (const memo of memos) io.stdout(`memo\t${printable(memo.label)}: ${printable(oneLine(memo.body))}\n`);
    return 0;
  }, { access: 'read' });
};

/** Options of `search` that take a value: the argument after one is never part of the query. */
const VALUE_OPTIONS = new Set(['--limit', '--notebook', '--coder', ...DOCUMENT_FILTER_VALUE_OPTIONS]);

/**
 * `themata search Russia -Turkey`: "-Turkey" is a word left out, not an option.
 * Such arguments pass the option parser as placeholders holding a NUL, which
 * no argument can contain, and come back in their place in the query.
 */
function shieldExclusions(args: string[]): { shielded: string[]; restore: (positional: string) => string } {
  const excluded: string[] = [];
  const shielded = args.map((arg, i) => {
    if (!/^-[^-]/.test(arg) || arg === '-h' || (i > 0 && VALUE_OPTIONS.has(args[i - 1]!))) return arg;
    excluded.push(arg);
    return `\0${excluded.length - 1}`;
  });
  return { shielded, restore: (positional) => (positional.startsWith('\0') ? excluded[Number(positional.slice(1))] ?? positional : positional) };
}

/** A hit on one line: a sentence or note that spans line breaks is printed with spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
