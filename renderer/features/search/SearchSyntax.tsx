/** What a search query can hold, with an example of each: in the search panel's help and the `?` overlay. */


const ROWS: { example: string; meaning: string }[] = [
  { example: 'Russia Turkey', meaning: 'both words, in any order' },
  { example: 'negotiat', meaning: 'words that start so: negotiation, negotiators' },
  { example: '"air campaign"', meaning: 'the exact phrase' },
  { example: 'Russia OR Turkey', meaning: 'either word (OR in capitals)' },
  { example: 'Russia -ceasefire', meaning: 'leave out sentences with a word' },
  { example: '(Moscow OR Ankara) talks', meaning: 'a group, for OR among several words' },
];

/**
 * @param columns how many lists side by side, in the wide overlay
 * @param stacked each example above its meaning, in the narrow search panel
 */
export function SearchSyntax({ columns = 1, stacked = false }: { columns?: 1 | 2; stacked?: boolean }) {
  const perColumn = Math.ceil(ROWS.length / columns);
  const lists = Array.from({ length: columns }, (_, i) => ROWS.slice(i * perColumn, (i + 1) * perColumn));
  return (
    <div className={stacked ? 'search-syntax stacked' : 'search-syntax'}>
      {lists.map((rows, i) => (
        <dl key={i}>
          {rows.map((row) => (
            <div key={row.example} className="search-syntax-row">
              <dt>
                <code>{row.example}</code>
              </dt>
              <dd>{row.meaning}</dd>
            </div>
          ))}
        </dl>
      ))}
    </div>
  );
}

/** One line under the examples: what every query shares. */
export const SYNTAX_NOTE = 'Sentences and their notes are searched, ignoring case and accents. A word left out with a dash is left out of the whole search, whatever OR joins. Abbreviations such as U.S. are one word.';
