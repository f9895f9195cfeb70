import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notebook } from '../../db';
import { twoCoderStudy } from '../../db/agreement/test-study';
import { createHandlers, type Dialogs, type Shell } from './handlers';
import { OpenNotebookSession } from './notebook-session';
import { callsFromPage, value } from './test-support/page-calls';

const folders: string[] = [];
const sessions: OpenNotebookSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** The two-coder study (db/agreement/test-study.ts), open as ana. */
function setUp(dialogs: Partial<Dialogs> = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-agreement-'));
  folders.push(folder);
  const session = new OpenNotebookSession(Notebook.open(twoCoderStudy(folder), { coder: 'ana' }));
  sessions.push(session);
  const claims = session.notebook.findTheme('Claims').id;
  return { folder, session, claims, call: callsFromPage(createHandlers({ session, dialogs: dialogs as Dialogs, shell: {} as Shell })) };
}

describe('the agreement channels', () => {
  it('list the coders, and report agreement per theme and overall in values the contract accepts', async () => {
    const { call } = setUp();
    expect(value(await call('agreement:coders', {})).map((c) => c.name)).toEqual(['ana', 'ben']);
    const report = value(await call('agreement:report', {}));
    expect(report).toMatchObject({ coders: ['ana', 'ben'], documents: 2, sentences: 7 });
    expect(report.themes.map((t) => [t.name, t.disagreements])).toEqual([['Claims', 2], ['Missiles', 0], ['Trade', 1]]);
    expect(report.themes[0]!.cohensKappa).toBeCloseTo(0.3, 10);
    expect(value(await call('agreement:report', { all: true })).documents).toBe(3);
  });

  it('list the disagreements on a theme, settle one into the consensus, and undo it', async () => {
    const { call, claims } = setUp();
    const list = value(await call('agreement:disagreements', { themeId: claims }));
    expect(list.disagreements.map((d) => [d.sentenceNumber, d.consensus])).toEqual([[2, null], [3, null]]);
    const settled = value(await call('agreement:settle', { sentenceId: list.disagreements[1]!.sentenceId, themeIds: [claims], keep: ['ben'] }));
    expect(settled).toMatchObject({ consensus: [{ themeId: claims, present: true }], history: { canUndo: true, undoLabel: 'Settle sentence 3 of ‘Report’ on Claims: keep ben’s' } });
    expect(value(await call('agreement:disagreements', { themeId: claims })).disagreements.map((d) => d.consensus)).toEqual([null, true]);
    value(await call('history:undo', {}));
    expect(value(await call('agreement:disagreements', { themeId: claims })).disagreements.map((d) => d.consensus)).toEqual([null, null]);
  });

  it('refuse an unknown coder with the store’s sentence, and a request the contract does not know', async () => {
    const { call, claims } = setUp();
    expect(await call('agreement:report', { coders: ['ana', 'cem'] })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('No coder named "cem"') } });
    expect(await call('agreement:report', { coders: ['ana'] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('agreement:settle', { sentenceId: 1, themeIds: [claims], keep: ['ana'], coder: 'ben' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('give the disagreements as a Markdown file, and save it where the dialog says', async () => {
    let chosen: string | null = null;
    const chooseExportPath = vi.fn<Dialogs['chooseExportPath']>(async () => chosen);
    const { call, claims, folder } = setUp({ chooseExportPath });
    const file = value(await call('agreement:markdown', { themeId: claims }));
    expect(file).toMatchObject({ fileName: 'Study – Claims disagreements.md', mediaType: 'text/markdown', encoding: 'utf8' });
    expect(file.content).toMatch(/^# Claims: where ana and ben differ\n/);
    expect(value(await call('agreement:save-markdown', { themeId: claims }))).toBeNull();
    expect(chooseExportPath).toHaveBeenCalledWith('Study – Claims disagreements.md', { name: 'Markdown', extension: 'md' });
    chosen = path.join(folder, 'Claims.md');
    expect(value(await call('agreement:save-markdown', { themeId: claims }))).toEqual({ path: chosen });
    expect(fs.readFileSync(chosen, 'utf8')).toBe(file.content);
  });
});
