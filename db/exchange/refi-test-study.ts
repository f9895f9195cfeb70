/** Tests only: a small study with everything a REFI-QDA project carries, coded by two coders. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Notebook } from '../notebook';
import { steppingClock } from '../test-support/temporary-notebook';

export const STUDY_TEXTS = {
  report: 'Moscow said 23 missiles 🚀 reached the base. The Pentagon disagreed.\n\nAnkara threatened trade 🇹🇷 measures. Talks were planned.\n',
  astral: 'The 𠀋 sign was painted. 😀 Nobody knew why.\n',
};

/** Opens (creating) a notebook at `file` as `coder`, on a clock that starts at `start`. */
export function openAs(file: string, coder: string, start = Date.UTC(2026, 0, 5, 9, 0, 0)): Notebook {
  return Notebook.open(file, { create: true, coder, now: steppingClock(start) });
}

/**
 * Two documents (one with details and attributes), a nested codebook with a
 * description and a memo, tags by ana and ben, a note on a tagged sentence
 * and one on an untagged sentence, a document memo and the notebook memo.
 */
export function codedStudy(folder: string): string {
  const file = path.join(folder, 'Study.themata');
  const ana = openAs(file, 'ana');
  try {
    const report = ana.importDocument({ title: 'Syria report', text: STUDY_TEXTS.report, sourceName: 'report.txt' }).id;
    const astral = ana.importDocument({ title: 'Astral <signs> & "marks"', text: STUDY_TEXTS.astral, sourceName: null }).id;
    ana.setDocumentDetails(report, { outlet: 'Reuters', author: 'J. Doe', publishedOn: '2017-04-07', url: 'https://example.com/a', language: 'en', attributes: { country: 'Syria', stance: 'neutral' } });
    ana.setDocumentDetails(astral, { attributes: { country: 'Unknown' } });
    const claims = ana.addTheme({ name: 'Claims', colour: '#0072B2', description: 'What each side asserted.' }).id;
    const missiles = ana.addTheme({ name: 'Missile claims', colour: '#D55E00', parentId: claims }).id;
    const trade = ana.addTheme({ name: 'Trade & threats', colour: '#009E73' }).id;
    const deep = ana.addTheme({ name: 'Counts', colour: '#CC79A7', parentId: missiles }).id;
    ana.tag([ana.sentenceId(report, 1)], missiles);
    ana.tag([ana.sentenceId(report, 1)], deep);
    ana.tag([ana.sentenceId(report, 3)], trade);
    ana.tag([ana.sentenceId(astral, 2)], claims);
    ana.setNote(ana.sentenceId(report, 1), 'Compare with the *Pentagon* figure 🚀.');
    ana.setNote(ana.sentenceId(astral, 1), 'An untagged thought.');
    ana.setMemo({ kind: 'notebook' }, 'The whole study.');
    ana.setMemo({ kind: 'document', documentId: report }, 'A wire report.');
    ana.setMemo({ kind: 'theme', themeId: trade }, 'Trade memo.');
  } finally {
    ana.close();
  }
  const ben = openAs(file, 'ben', Date.UTC(2026, 0, 6, 9, 0, 0));
  try {
    const [claims] = ben.listThemes();
    ben.tag([ben.sentenceId(1, 2)], claims!.id);
  } finally {
    ben.close();
  }
  return file;
}

/** xmllint's verdict on `xml` against one of the project's copies of the REFI-QDA schemas: '' when valid. */
export function schemaErrors(xml: string, schema: 'Project.xsd' | 'Codebook.xsd', folder: string): string {
  const file = path.join(folder, `checked-${Date.now()}-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  try {
    // --huge: libxml2 otherwise stops at 256 levels of nesting, and codebooks nest deeper.
    execFileSync('xmllint', ['--noout', '--huge', '--schema', path.join(import.meta.dirname, 'schemas', schema), file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw new Error('xmllint is not installed; these tests check exports against the REFI-QDA schemas with it (Debian: apt-get install libxml2-utils).');
    }
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** What a researcher would call the study's contents, by names rather than ids, read from the file. */
export function studyContents(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all();
    return {
      documents: all(`SELECT d.title, d.original_text, dd.outlet, dd.author, dd.published_on, dd.url, dd.language,
        (SELECT group_concat(key || '=' || value, '; ') FROM (SELECT key, value FROM document_attributes WHERE document_id = d.id ORDER BY key)) AS attributes
        FROM documents d LEFT JOIN document_details dd ON dd.document_id = d.id WHERE d.removed_at IS NULL ORDER BY d.title`),
      themes: all('SELECT t.name, t.colour, t.description, p.name AS parent FROM themes t LEFT JOIN themes p ON p.id = t.parent_id ORDER BY t.name'),
      tags: all(`SELECT d.title, s.ordinal, th.name, t.coder, t.tagged_at FROM tags t JOIN sentences s ON s.id = t.sentence_id
        JOIN documents d ON d.id = s.document_id JOIN themes th ON th.id = t.theme_id WHERE d.removed_at IS NULL ORDER BY d.title, s.ordinal, th.name`),
      notes: all(`SELECT d.title, s.ordinal, n.body FROM notes n JOIN sentences s ON s.id = n.sentence_id JOIN documents d ON d.id = s.document_id
        WHERE d.removed_at IS NULL ORDER BY d.title, s.ordinal`),
      memos: all(`SELECT coalesce(d.title, 'theme ' || t.name, 'notebook') AS subject, m.body FROM memos m LEFT JOIN documents d ON d.id = m.document_id
        LEFT JOIN themes t ON t.id = m.theme_id WHERE d.removed_at IS NULL OR m.document_id IS NULL ORDER BY subject`),
    };
  } finally {
    db.close();
  }
}
