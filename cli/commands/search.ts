/** `themata search`: sentences and notes containing every word of a query. */
import type { SearchHit } from '../../db/domain';
import { type Command, expectPositionals, help, parse, UsageError, withNotebook } from '../command';
import { memoHitsJson, searchJson } from '../json-output';
import { printable, printableJson } from '../terminal-text';

export const searchCommand: Command = (args, io) => {
  const parsed = parse(args, { limit: { type: 'string' }, json: { type: 'boolean' } });
  if (!parsed) return help('search', io);
  const query = expectPositionals(parsed, 1, Infinity, 'a QUERY').join(' ');
  const limit = parsed.values.limit === undefined ? 50 : Number(parsed.values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit is a whole number above 0');
  return withNotebook(parsed, io, (notebook) => {
    const hits = notebook.search(query, limit);
    const memos = notebook.searchMemos(query, limit);
    if (parsed.values.json) {
      const themesOf = (hit: SearchHit) => notebook.listSentences(hit.documentId, { offset: hit.sentenceNumber - 1, limit: 1 }).sentences[0]?.themeIds ?? [];
      // Memos follow the sentences, each marked by its "memo" field.
      io.stdout(printableJson([...searchJson(hits, notebook.listThemes(), themesOf), ...memoHitsJson(memos)], 2) + '\n');
      return 0;
    }
    if (hits.length === 0 && memos.length === 0) io.stdout(`No sentence, note or memo contains "${printable(query)}".\n`);
    for (const hit of hits) {
      io.stdout(`${hit.documentId}:${hit.sentenceNumber}\t${printable(oneLine(hit.text))}${hit.matchedIn !== 'sentence' && hit.note ? `\n\tnote: ${printable(oneLine(hit.note))}` : ''}\n`);
    }
    for (const memo of memos) io.stdout(`memo\t${printable(memo.label)}: ${printable(oneLine(memo.body))}\n`);
    return 0;
  }, { access: 'read' });
};

/** A hit on one line: a sentence or note that spans line breaks is printed with spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
