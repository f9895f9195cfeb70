import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import type { TagsJson, ThemeCountsJson } from './json';
import { study } from './table-test-support';

describe('JSON', () => {
  const folder = useTemporaryFolder();

  it('holds documents with details, themes with their parents and paths, and rows, keys in the documented order', () => {
    const { notebook, themes, documents } = study(folder());
    const written = Buffer.concat(notebook.exportChunks({ format: 'json', by: 'theme', includeNotes: true }));
    const json = JSON.parse(written.toString('utf8')) as TagsJson;
    expect(Object.keys(json)).toEqual(['format', 'version', 'notebook', 'exportedAt', 'offsets', 'documents', 'themes', 'rows']);
    expect(json).toMatchObject({ format: 'themata-tags', version: 1, notebook: 'Study', offsets: 'unicode-code-points' });
    expect(json.documents[0]).toEqual({
      id: documents.first.id, title: 'Strike', sourceName: 'strike.txt', outlet: 'Wire, Inc.', author: null, publishedOn: '2026-01-02',
      url: 'https://news.example/strike', language: 'en', attributes: { region: 'North', tone: '=neutral' },
    });
    expect(json.themes.map((t) => [t.name, t.parentId, t.path])).toEqual([
      ['Claims', null, ['Claims']],
      ['Missile claims', themes.claims.id, ['Claims', 'Missile claims']],
      ['Trade', null, ['Trade']],
    ]);
    expect(Object.keys(json.rows[0]!)).toEqual(['documentId', 'sentence', 'start', 'end', 'text', 'note', 'themeId', 'theme', 'coder', 'taggedAt']);
    // A note on a sentence its coder did not tag comes on a row of its own, with no theme, under its coder.
    expect(json.rows.find((r) => r.themeId === null)).toMatchObject({ sentence: 2, theme: null, coder: 'ana', taggedAt: null, note: 'Denial, "quoted", no theme' });
    // One row per line, so two exports compare line by line.
    expect(written.toString('utf8').split('\n').filter((line) => line.startsWith('    {"documentId"'))).toHaveLength(json.rows.length);
    notebook.close();
  });

  it('writes the same bytes for an unchanged notebook, whatever the time', async () => {
    const { notebook } = study(folder());
    const once = Buffer.concat(notebook.exportChunks({ format: 'json', by: 'theme', includeNotes: true }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(Buffer.concat(notebook.exportChunks({ format: 'json', by: 'theme', includeNotes: true }))).toEqual(once);
    notebook.close();
  });

  it('writes an empty notebook as valid JSON with no rows', () => {
    const { notebook, themes } = study(folder());
    const json = JSON.parse(Buffer.concat(notebook.exportChunks({ format: 'json', by: 'theme', includeNotes: false, themeIds: [themes.missile.id] })).toString('utf8')) as TagsJson;
    expect(json.rows.map((r) => r.sentence)).toEqual([1, 3]);
    // Ana tagged them: she takes them off.
    notebook.setCoder('ana');
    notebook.untag(notebook.sentenceIds(json.documents[0]!.id, 1, 3), themes.missile.id);
    const empty = JSON.parse(Buffer.concat(notebook.exportChunks({ format: 'json', by: 'theme', includeNotes: false, themeIds: [themes.missile.id] })).toString('utf8')) as TagsJson;
    expect(empty.rows).toEqual([]);
    notebook.close();
  });

  it('writes the theme counts with a labelled roll-up for each theme with sub-themes', () => {
    const { notebook } = study(folder());
    const json = JSON.parse(Buffer.concat(notebook.exportChunks({ format: 'json', counts: true, by: 'theme', includeNotes: true })).toString('utf8')) as ThemeCountsJson;
    expect(json.format).toBe('themata-theme-counts');
    expect(json.columns.map((c) => [c.label, c.withSubThemes])).toEqual([
      ['Claims', false], ['Claims (with sub-themes)', true], ['Claims/Missile claims', false], ['Trade', false],
    ]);
    expect(json.documents.map((d) => [d.title, d.sentences, d.counts])).toEqual([
      ['Strike', 3, { Claims: 1, 'Claims (with sub-themes)': 2, 'Claims/Missile claims': 2, Trade: 1 }],
      ['Markets', 2, { Claims: 1, 'Claims (with sub-themes)': 1, 'Claims/Missile claims': 0, Trade: 1 }],
    ]);
    notebook.close();
  });
});
