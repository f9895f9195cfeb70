import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { csvChunks } from './csv';
import { csvObjects, parseCsv } from './csv-test-support';
import { ASTRAL, study } from './table-test-support';

const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');

describe('CSV', () => {
  const folder = useTemporaryFolder();

  it('quotes commas, quotes and line breaks and leaves text exactly as written, formulas included', () => {
    const cells = ['a, b', 'say "no"', 'two\nlines', 'cr\ronly', 'crlf\r\nend', '=SUM(A1:A9)', '+1', '-2', '@cmd', ' padded ', '', '🚀 𝔸'];
    const written = text(csvChunks({ header: cells.map((_, i) => `c${i}`), rows: [cells] }));
    expect(parseCsv(written)[1]).toEqual(cells);
    // RFC 4180: records end in CRLF; a field with a break, comma or quote is quoted, quotes doubled.
    expect(written.split('\r\n')[0]).toBe('c0,c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11');
    expect(written).toContain('"a, b","say ""no""","two\nlines","cr\ronly","crlf\r\nend",=SUM(A1:A9),+1,-2,@cmd, padded ,,🚀 𝔸\r\n');
  });

  it('starts with a byte order mark only when asked', () => {
    const table = { header: ['title'], rows: [['Été']] };
    const plain = Buffer.concat(csvChunks(table));
    const marked = Buffer.concat(csvChunks(table, { bom: true }));
    expect([...plain.subarray(0, 3)]).toEqual([...Buffer.from('tit')]);
    expect([...marked.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(marked.subarray(3)).toEqual(plain);
  });

  it('writes a header row and one record per tag, with document details and an attr: column per attribute', () => {
    const { notebook } = study(folder());
    const rows = csvObjects(text(notebook.exportChunks({ format: 'csv', by: 'theme', includeNotes: true, includeUntaggedNotes: true })));
    expect(Object.keys(rows[0]!)).toEqual([
      'document_id', 'title', 'sentence', 'start', 'end', 'text', 'note', 'theme_id', 'theme', 'theme_path', 'coder', 'tagged_at',
      'source_name', 'outlet', 'author', 'published_on', 'url', 'language', 'attr:region', 'attr:tone',
    ]);
    expect(rows.map((r) => [r.title, r.sentence, r.theme_path, r.coder])).toEqual([
      ['Strike', '1', 'Claims', 'ben'],
      ['Strike', '1', 'Claims/Missile claims', 'ana'],
      ['Strike', '1', 'Trade', 'ana'],
      ['Strike', '2', '', 'ana'],
      ['Strike', '3', 'Claims/Missile claims', 'ana'],
      ['Markets', '1', 'Claims', 'ben'],
      ['Markets', '2', 'Trade', 'ben'],
    ]);
    expect(rows[0]).toMatchObject({ outlet: 'Wire, Inc.', published_on: '2026-01-02', 'attr:region': 'North', 'attr:tone': '=neutral', note: '' });
    expect(rows[1]).toMatchObject({ coder: 'ana', note: 'Check the 🚀 count' });
    expect(rows[3]).toMatchObject({ theme: '', note: 'Denial, "quoted", no theme' });
    expect(rows[5]).toMatchObject({ author: 'Lee "LB" Byrne', 'attr:region': 'South', 'attr:tone': '', outlet: '' });
    const third = rows[4]!;
    expect([...ASTRAL].slice(Number(third.start), Number(third.end)).join('')).toBe(third.text);
    notebook.close();
  });

  it('writes the theme count table with a roll-up column for a theme with sub-themes', () => {
    const { notebook } = study(folder());
    const rows = csvObjects(text(notebook.exportChunks({ format: 'csv', counts: true, by: 'theme', includeNotes: true })));
    expect(Object.keys(rows[0]!).slice(0, 7)).toEqual(['document_id', 'title', 'sentences', 'Claims', 'Claims (with sub-themes)', 'Claims/Missile claims', 'Trade']);
    expect(rows.map((r) => [r.title, r.sentences, r.Claims, r['Claims (with sub-themes)'], r['Claims/Missile claims'], r.Trade])).toEqual([
      ['Strike', '3', '1', '2', '2', '1'],
      ['Markets', '2', '1', '1', '0', '1'],
    ]);
    notebook.close();
  });
});
