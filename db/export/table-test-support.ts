/**
 * The notebook the tabular export tests read: two articles (one with astral
 * characters), a theme with a sub-theme, tags by two coders, notes, a removed
 * document. Test-only.
 */
import path from 'node:path';
import { Notebook } from '../notebook';
import { steppingClock } from '../test-support/temporary-notebook';
import type { JsonTagRow, TagsJson } from './json';
import type { TableOptions } from './tag-rows';

export const ASTRAL = 'Rockets 🚀 fell on 𝔸-town. Officials denied it. Talks 🤝 resumed on Friday.';

/** A notebook to export: two articles (one with astral characters), a theme with a sub-theme, tags by two coders, notes. */
export function study(folder: string) {
  const file = path.join(folder, 'Study.themata');
  const ana = Notebook.open(file, { create: true, coder: 'ana', now: steppingClock() });
  const claims = ana.addTheme({ name: 'Claims' });
  const missile = ana.addTheme({ name: 'Missile claims', parentId: claims.id });
  const trade = ana.addTheme({ name: 'Trade' });
  const first = ana.importDocument({ title: 'Strike', text: ASTRAL, sourceName: 'strike.txt' });
  const second = ana.importDocument({ title: 'Markets', text: 'Gas prices rose. Erdogan warned of limits.', sourceName: null });
  const gone = ana.importDocument({ title: 'Gone', text: 'Removed soon. Quite.', sourceName: null });
  const [s1, s2, s3] = ana.sentenceIds(first.id, 1, 3);
  const [m1, m2] = ana.sentenceIds(second.id, 1, 2);
  ana.tag([s1!, s3!], missile.id);
  ana.tag([s1!], trade.id);
  ana.setNote(s2!, 'Denial, "quoted", no theme');
  ana.setNote(s1!, 'Check the 🚀 count');
  ana.tag(ana.sentenceIds(gone.id, 1, 1), trade.id);
  ana.deleteDocument(gone.id);
  ana.setDocumentDetails(first.id, {
    outlet: 'Wire, Inc.', publishedOn: '2026-01-02', url: 'https://news.example/strike', language: 'en', attributes: { region: 'North', tone: '=neutral' },
  });
  ana.setDocumentDetails(second.id, { author: 'Lee "LB" Byrne', attributes: { region: 'South' } });
  ana.close();
  const ben = Notebook.open(file, { coder: 'ben', now: steppingClock(Date.UTC(2026, 1, 1)) });
  ben.tag([m1!, s1!], claims.id);
  ben.tag([m2!], trade.id);
  return { notebook: ben, themes: { claims, missile, trade }, documents: { first, second } };
}

/** The rows as the JSON export carries them: read through the notebook, as the CLI and the workspace do. */
export function rowsOf(notebook: Notebook, options: TableOptions): JsonTagRow[] {
  const json = JSON.parse(Buffer.concat(notebook.exportChunks({ format: 'json', by: 'theme', ...options })).toString('utf8')) as TagsJson;
  return json.rows;
}

