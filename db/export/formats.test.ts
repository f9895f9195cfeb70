import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { exportFileName, PREVIEW_ROWS } from './formats';
import { study } from './table-test-support';

describe('export formats', () => {
  const folder = useTemporaryFolder();

  it('names each file for what it holds, with its format’s extension', () => {
    expect(exportFileName('Study', { by: 'theme' })).toBe('Study by theme.md');
    expect(exportFileName('Study', { format: 'markdown', by: 'document' })).toBe('Study by document.md');
    expect(exportFileName('Study', { format: 'csv', by: 'theme' })).toBe('Study tags.csv');
    expect(exportFileName('Study', { format: 'csv', by: 'theme', counts: true })).toBe('Study theme counts.csv');
    expect(exportFileName('Study', { format: 'json', by: 'document', counts: true })).toBe('Study theme counts.json');
    expect(exportFileName('Study', { format: 'qdpx', by: 'theme' })).toBe('Study.qdpx');
    expect(exportFileName('Study', { format: 'qdc', by: 'theme' })).toBe('Study.qdc');
  });

  it('writes a REFI-QDA project and codebook through the same table, the whole notebook whatever is chosen', () => {
    const { notebook } = study(folder());
    const project = Buffer.concat(notebook.exportChunks({ format: 'qdpx', by: 'theme', includeNotes: false, themeIds: [], documentIds: [] }));
    expect(project.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(project.equals(Buffer.from(notebook.exportQdpx()))).toBe(true);
    const codebook = Buffer.concat(notebook.exportChunks({ format: 'qdc', by: 'theme', includeNotes: true })).toString('utf8');
    expect(codebook).toBe(notebook.exportQdc());
    const summary = notebook.exportPreview({ format: 'qdpx', by: 'theme', includeNotes: true }).text ?? '';
    const stats = notebook.stats();
    expect(summary).toMatch(new RegExp(`\\b${notebook.listDocuments().length}  Sources`));
    expect(summary).toMatch(new RegExp(`\\b${stats.tagCount}  Codings`));
    expect(notebook.exportPreview({ format: 'qdc', by: 'theme', includeNotes: true }).text).toMatch(/^<\?xml/);
    notebook.close();
  });

  it('refuses a count table in Markdown with one clear message', () => {
    const { notebook } = study(folder());
    expect(() => notebook.exportChunks({ format: 'markdown', counts: true, by: 'theme', includeNotes: true })).toThrow(
      'A theme count table is written as CSV or JSON, not Markdown.',
    );
    notebook.close();
  });

  it('previews a CSV as its first rows of cells and the number of rows in the file', () => {
    const { notebook } = study(folder());
    const preview = notebook.exportPreview({ format: 'csv', by: 'theme', includeNotes: true, includeUntaggedNotes: false });
    expect(preview.text).toBeNull();
    expect(preview.rowCount).toBe(6);
    expect(preview.shownRows).toBe(6);
    expect(preview.table!.header.slice(0, 3)).toEqual(['document_id', 'title', 'sentence']);
    expect(preview.table!.rows.map((row) => row[1])).toEqual(['Strike', 'Strike', 'Strike', 'Strike', 'Markets', 'Markets']);
    expect(PREVIEW_ROWS).toBeGreaterThan(6);
    notebook.close();
  });

  it('previews JSON as valid JSON with its first rows, counting them all', () => {
    const { notebook } = study(folder());
    const preview = notebook.exportPreview({ format: 'json', by: 'theme', includeNotes: true });
    expect(preview.rowCount).toBe(7);
    expect(preview.shownRows).toBe(5);
    expect((JSON.parse(preview.text!) as { rows: unknown[] }).rows).toHaveLength(5);
    notebook.close();
  });

  it('exports Markdown after a CSV and a JSON export as before any, though they share statements', () => {
    const { notebook } = study(folder());
    const options = { by: 'theme' as const, includeNotes: true };
    const before = notebook.exportMarkdown(options);
    notebook.exportChunks({ ...options, format: 'csv' });
    notebook.exportChunks({ ...options, format: 'json', counts: true });
    expect(notebook.exportMarkdown(options)).toBe(before);
    notebook.close();
  });

  it('previews Markdown as the whole file, as before', () => {
    const { notebook } = study(folder());
    const options = { by: 'theme' as const, includeNotes: true };
    expect(notebook.exportPreview(options).text).toBe(notebook.exportMarkdown(options));
    notebook.close();
  });
});
