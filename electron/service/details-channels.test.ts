import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureDefaultNotebook } from '../../db';
import { createHandlers, type Dialogs, type Shell } from './handlers';
import { OpenNotebookSession } from './notebook-session';
import { callsFromPage, value } from './test-support/page-calls';

const folders: string[] = [];
const sessions: OpenNotebookSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function setUp() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-details-'));
  folders.push(folder);
  const session = new OpenNotebookSession(ensureDefaultNotebook(path.join(folder, 'Study.themata'), { coder: 'ana' }));
  sessions.push(session);
  return callsFromPage(createHandlers({ session, dialogs: {} as Dialogs, shell: {} as Shell }));
}

describe('the details and memo channels', () => {
  it('set a document\'s details, answering with the document as the list shows it and the undo label', async () => {
    const call = setUp();
    const set = value(await call('documents:set-details', { documentId: 1, patch: { outlet: 'Reuters', publishedOn: '2017-04-07', attributes: { country: 'Syria' } } }));
    expect(set.document).toMatchObject({ id: 1, outlet: 'Reuters', publishedOn: '2017-04-07', attributes: [{ key: 'country', value: 'Syria' }], sentenceCount: 13 });
    expect(set.history.undoLabel).toMatch(/^Set details of ‘Russian Federation Denies/);
    const renamed = value(await call('documents:rename-attribute', { documentId: 1, from: 'country', to: 'Country' }));
    expect(renamed.document.attributes).toEqual([{ key: 'Country', value: 'Syria' }]);
  });

  it('refuse a bad date with the store\'s sentence, and a field the contract does not know', async () => {
    const call = setUp();
    expect(await call('documents:set-details', { documentId: 1, patch: { publishedOn: '2017-02-30' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: '"2017-02-30" is not a date; write it as YYYY-MM-DD, for example 2017-04-07.' },
    });
    expect(await call('documents:set-details', { documentId: 1, patch: { colour: 'red' } } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('write, read and find memos on the notebook, a document and a theme', async () => {
    const call = setUp();
    expect(value(await call('memos:get', { subject: { kind: 'notebook' } }))).toBeNull();
    const saved = value(await call('memos:set', { subject: { kind: 'theme', themeId: 1 }, body: 'Numbers of missiles.' }));
    expect(saved.memo).toMatchObject({ subject: { kind: 'theme', themeId: 1 }, body: 'Numbers of missiles.' });
    expect(saved.history.undoLabel).toBe('Edit the memo on theme Missile claims');
    await call('memos:set', { subject: { kind: 'document', documentId: 1 }, body: 'Missiles and denials.' });
    expect(value(await call('search:memos', { query: 'missiles', limit: 10 })).map((hit) => hit.label)).toEqual([
      'Memo on Russian Federation Denies US Claim That Four Syria-Bound Missiles Crashed in Iran',
      'Memo on theme Missile claims',
    ]);
    expect(await call('memos:set', { subject: { kind: 'document', documentId: 7 }, body: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
