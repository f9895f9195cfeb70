import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelNames, type ImportFileProgress, type ImportProgress } from '../contract';
import { ensureDefaultNotebook, Notebook } from '../../db';
import { codedStudy } from '../../db/exchange/refi-test-study';
import { OpenNotebookSession } from './notebook-session';
import { OpenRequests } from './open-requests';
import { createHandlers, type Dialogs, type Shell } from './handlers';
import { callsFromPage, value } from './test-support/page-calls';

const folders: string[] = [];
const sessions: OpenNotebookSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-handlers-'));
  folders.push(folder);
  return folder;
}

function setUp(dialogs: Partial<Dialogs> = {}, openRequests = new OpenRequests()) {
  const folder = temporaryFolder();
  const session = new OpenNotebookSession(ensureDefaultNotebook(path.join(folder, 'Study.themata'), { coder: 'ana' }));
  sessions.push(session);
  const shell = { revealFile: vi.fn<Shell['revealFile']>(), openLink: vi.fn<Shell['openLink']>(async () => {}) };
  const allDialogs: Dialogs = {
    chooseNotebookToOpen: async () => null,
    chooseNewNotebookPath: async () => null,
    chooseFilesToImport: async () => [],
    chooseProjectToImport: async () => null,
    chooseWorkToMerge: async () => null,
    chooseExportPath: async () => null,
    chooseSalvagedNotebookPath: async () => null,
    ...dialogs,
  };
  const call = callsFromPage(createHandlers({ session, dialogs: allDialogs, shell, openRequests }));
  return { folder, session, shell, call };
}

describe('the handler table', () => {
  it('has exactly one handler per contract channel', () => {
    const { session } = setUp();
    const handlers = createHandlers({ session, dialogs: {} as Dialogs, shell: {} as Shell });
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });

  it('opens a notebook the system asked for only after the page accepts it, and only that one', async () => {
    const openRequests = new OpenRequests();
    const { call, folder } = setUp({}, openRequests);
    const other = path.join(folder, 'Other.themata');
    ensureDefaultNotebook(other, { coder: 'ana' }).close();
    const refused = await call('notebook:accept-open', { path: other });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(value(await call('notebook:info', {})).name).toBe('Study');
    openRequests.offer(other);
    expect(value(await call('notebook:accept-open', { path: other })).name).toBe('Other');
    expect(value(await call('notebook:info', {})).name).toBe('Other');
  });

  it('answers every read with values the contract accepts', async () => {
    const { call } = setUp();
    expect(value(await call('notebook:info', {}))).toMatchObject({ name: 'Study', coder: 'ana', documentCount: 1 });
    const [document] = value(await call('documents:list', {}));
    expect(document?.sentenceCount).toBeGreaterThan(5);
    const themes = value(await call('themes:list', {}));
    expect(themes.map((t) => t.name)).toContain('Missile claims');
    const page = value(await call('sentences:page', { documentId: document!.id, offset: 0, limit: 3 }));
    expect(page.sentences).toHaveLength(3);
    expect(value(await call('search', { query: 'missiles', limit: 5 })).length).toBeGreaterThan(0);
    expect(value(await call('stats', {})).sentenceCount).toBe(document!.sentenceCount);
    expect(value(await call('history:state', {}))).toMatchObject({ canUndo: expect.any(Boolean) });
    expect(value(await call('export:preview', { by: 'theme', includeNotes: true })).text).toMatch(/^---\n/);
  });

  it('tags a sentence, reports the history, and undoes it', async () => {
    const { call } = setUp();
    const [document] = value(await call('documents:list', {}));
    const [theme] = value(await call('themes:list', {}));
    const [sentence] = value(await call('sentences:page', { documentId: document!.id, offset: 0, limit: 1 })).sentences;
    const before = sentence!.themeIds.includes(theme!.id);

    const toggled = value(await call('tags:toggle', { sentenceIds: [sentence!.id], themeId: theme!.id }));
    expect(toggled.applied).toBe(!before);
    expect(toggled.history.canUndo).toBe(true);
    // The answer carries what the page repaints, as the notebook now holds it.
    expect(toggled.sentences?.map((s) => s.themeIds.includes(theme!.id))).toEqual([!before]);
    expect(toggled.themeCounts).toEqual([{ themeId: theme!.id, count: value(await call('themes:list', {}))[0]!.tagCount }]);
    expect(toggled.documentCounts).toEqual([
      { documentId: document!.id, taggedCount: value(await call('documents:list', {}))[0]!.taggedCount, noteCount: document!.noteCount },
    ]);
    const matching = value(await call('sentences:matching', { documentId: document!.id, themeIds: [theme!.id], mode: 'any' }));
    expect(matching.includes(1)).toBe(!before);

    value(await call('history:undo', {}));
    const [again] = value(await call('sentences:page', { documentId: document!.id, offset: 0, limit: 1 })).sentences;
    expect(again!.themeIds.includes(theme!.id)).toBe(before);
  });

  it('retrieves tagged sentences across the notebook, a page at a time, and counts themes in a document', async () => {
    const { call } = setUp();
    const [document] = value(await call('documents:list', {}));
    const [theme] = value(await call('themes:list', {}));
    const ids = value(await call('sentences:page', { documentId: document!.id, offset: 0, limit: 3 })).sentences.map((s) => s.id);
    value(await call('tags:toggle', { sentenceIds: [ids[0]!, ids[2]!], themeId: theme!.id }));
    const query = { themeIds: [theme!.id], mode: 'any' as const, without: [] };
    expect(value(await call('retrieve:summary', { query, documentIds: null }))).toEqual({
      total: 2,
      documents: [{ documentId: document!.id, title: document!.title, count: 2 }],
    });
    const page = value(await call('retrieve:page', { query, documentIds: [document!.id], offset: 1, limit: 5 }));
    expect(page.sentences.map((s) => [s.number, s.before !== null])).toEqual([[3, true]]);
    expect(value(await call('themes:counts', { documentIds: [document!.id] }))[0]).toEqual({ themeId: theme!.id, count: 2 });
    expect(await call('retrieve:summary', { query: { ...query, themeIds: [] }, documentIds: null })).toMatchObject({ ok: false });
  });

  it('answers a codebook edit with the whole codebook and the undo labels', async () => {
    const { call } = setUp();
    const added = value(await call('themes:add', { name: 'Sources cited' }));
    expect(added.theme.name).toBe('Sources cited');
    expect(added.themes).toEqual(value(await call('themes:list', {})));
    expect(added.history.undoLabel).toBe('Add theme Sources cited');
    const renamed = value(await call('themes:update', { themeId: added.theme.id, name: 'Sources' }));
    expect(renamed.theme.name).toBe('Sources');
    expect(renamed.history.undoLabel).toMatch(/Rename theme Sources cited to Sources/);
    const reordered = value(await call('themes:reorder', { themeIds: [added.theme.id] }));
    // Keys follow the order: the theme moved first takes key 1.
    expect(reordered.themes[0]).toMatchObject({ id: added.theme.id, key: 1 });
    expect(reordered.history.canUndo).toBe(true);
  });

  it('moves a theme under another and back, answering with the nested codebook', async () => {
    const { call } = setUp();
    const [first, second] = value(await call('themes:list', {}));
    const moved = value(await call('themes:move', { themeId: second!.id, parentId: first!.id }));
    expect(moved.themes.find((t) => t.id === second!.id)).toMatchObject({ parentId: first!.id, depth: 1 });
    expect(moved.history.undoLabel).toBe(`Move ${second!.name} under ${first!.name}`);
    const refused = await call('themes:move', { themeId: first!.id, parentId: second!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const back = value(await call('themes:move', { themeId: second!.id, parentId: null }));
    expect(back.themes.find((t) => t.id === second!.id)).toMatchObject({ parentId: null, depth: 0 });
  });

  it('creates a theme and tags sentences with it in one step', async () => {
    const { call } = setUp();
    const [document] = value(await call('documents:list', {}));
    const [sentence] = value(await call('sentences:page', { documentId: document!.id, offset: 0, limit: 1 })).sentences;
    const created = value(await call('themes:create-and-tag', { name: 'Denials', sentenceIds: [sentence!.id] }));
    expect(created.theme).toMatchObject({ name: 'Denials', tagCount: 1 });
    expect(created.sentences?.[0]?.themeIds).toContain(created.theme.id);
    expect(created.themes.map((t) => t.name)).toContain('Denials');
    value(await call('history:undo', {}));
    expect(value(await call('themes:list', {})).map((t) => t.name)).not.toContain('Denials');
  });

  it('saves a note and returns the history', async () => {
    const { call } = setUp();
    const [document] = value(await call('documents:list', {}));
    const [sentence] = value(await call('sentences:page', { documentId: document!.id, offset: 0, limit: 1 })).sentences;
    const saved = value(await call('notes:set', { sentenceId: sentence!.id, body: 'Carter frames it as fact.' }));
    expect(saved.history.undoLabel).not.toBeNull();
    expect(saved.documentCounts).toEqual([{ documentId: document!.id, taggedCount: document!.taggedCount, noteCount: document!.noteCount + 1 }]);
    const [withNote] = value(await call('sentences:page', { documentId: document!.id, offset: 0, limit: 1 })).sentences;
    expect(withNote!.note?.body).toBe('Carter frames it as fact.');
  });
});

describe('notebook:open and notebook:create', () => {
  it('keeps the notebook when the researcher cancels', async () => {
    const { call, session } = setUp();
    const before = session.notebook;
    expect(value(await call('notebook:open', {}))).toBeNull();
    expect(session.notebook).toBe(before);
  });

  it('swaps to the chosen notebook', async () => {
    const other = path.join(temporaryFolder(), 'Other.themata');
    ensureDefaultNotebook(other).close();
    const { call, session } = setUp({ chooseNotebookToOpen: async () => other });
    expect(value(await call('notebook:open', {}))).toMatchObject({ path: other, name: 'Other' });
    expect(session.notebook.path).toBe(other);
  });

  it('reports a file that is not a notebook and stays on the open one', async () => {
    const folder = temporaryFolder();
    const notes = path.join(folder, 'notes.themata');
    fs.writeFileSync(notes, 'plain text, not a notebook\n'.repeat(100));
    const { call, session } = setUp({ chooseNotebookToOpen: async () => notes });
    const before = session.notebook.path;
    expect(await call('notebook:open', {})).toMatchObject({ ok: false, error: { code: 'not-a-notebook' } });
    expect(session.notebook.path).toBe(before);
    expect(value(await call('notebook:info', {})).path).toBe(before);
  });

  it('creates an empty notebook, adding the extension', async () => {
    const target = path.join(temporaryFolder(), 'Fieldwork');
    const { call } = setUp({ chooseNewNotebookPath: async () => target });
    expect(value(await call('notebook:create', {}))).toMatchObject({ path: `${target}.themata`, documentCount: 0 });
    expect(fs.existsSync(`${target}.themata`)).toBe(true);
  });

  it('refuses to create a notebook over an existing file', async () => {
    const folder = temporaryFolder();
    const existing = path.join(folder, 'Taken.themata');
    fs.writeFileSync(existing, 'mine');
    const { call } = setUp({ chooseNewNotebookPath: async () => existing });
    expect(await call('notebook:create', {})).toMatchObject({ ok: false, error: { code: 'file-exists' } });
    expect(fs.readFileSync(existing, 'utf8')).toBe('mine');
  });
});

describe('notebook:salvage', () => {
  /** A colleague's notebook with a tag, a note, and a trigger Themata did not write. */
  function refusedNotebook(): string {
    const file = path.join(temporaryFolder(), 'Received.themata');
    const notebook = ensureDefaultNotebook(file, { coder: 'ben' });
    notebook.tag([notebook.sentenceId(1, 2)], notebook.listThemes()[0]!.id);
    notebook.setNote(notebook.sentenceId(1, 2), 'Both claims in one sentence.');
    notebook.close();
    const raw = new Database(file);
    raw.exec('CREATE TRIGGER t AFTER INSERT ON tags BEGIN DELETE FROM notes; END;');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    return file;
  }

  it('names the refused notebook in the error, salvages it into the chosen file, and opens the copy', async () => {
    const source = refusedNotebook();
    const before = fs.readFileSync(source);
    const target = path.join(path.dirname(source), 'Rescued');
    const suggested: string[] = [];
    const { call, session } = setUp({
      chooseNotebookToOpen: async () => source,
      chooseSalvagedNotebookPath: async (defaultPath) => {
        suggested.push(defaultPath);
        return target;
      },
    });
    expect(await call('notebook:open', {})).toEqual({
      ok: false,
      error: { code: 'untrusted-notebook', message: expect.stringContaining(source), path: source },
    });

    const salvaged = value(await call('notebook:salvage', { path: source }));
    expect(suggested).toEqual([path.join(path.dirname(source), 'Received (salvaged).themata')]);
    expect(salvaged?.info).toMatchObject({ path: `${target}.themata`, name: 'Rescued', documentCount: 1, readOnly: false });
    expect(salvaged?.report.copied).toMatchObject({ documents: 1, sentences: 13, themes: 4, tags: 1, notes: 1 });
    expect(salvaged?.report.leftOut).toEqual([expect.stringContaining('trigger "t"')]);
    expect(session.notebook.path).toBe(`${target}.themata`);
    expect(value(await call('stats', {}))).toMatchObject({ tagCount: 1, noteCount: 1 });
    expect(fs.readFileSync(source).equals(before)).toBe(true);

    // Salvaged once: a second copy needs a second refusal.
    expect(await call('notebook:salvage', { path: source })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('keeps the offer when the researcher cancels the save dialog', async () => {
    const source = refusedNotebook();
    let answer: string | null = null;
    const { call, session } = setUp({ chooseNotebookToOpen: async () => source, chooseSalvagedNotebookPath: async () => answer });
    const before = session.notebook.path;
    await call('notebook:open', {});
    expect(value(await call('notebook:salvage', { path: source }))).toBeNull();
    expect(session.notebook.path).toBe(before);
    answer = path.join(path.dirname(source), 'Later.themata');
    expect(value(await call('notebook:salvage', { path: source }))?.info.name).toBe('Later');
  });

  it('salvages only a notebook an open refused: never a path the page names, nor one that opened', async () => {
    const source = refusedNotebook();
    const chooseSalvagedNotebookPath = vi.fn<Dialogs['chooseSalvagedNotebookPath']>(async () => path.join(temporaryFolder(), 'Copy.themata'));
    const { call, session } = setUp({ chooseSalvagedNotebookPath });
    for (const named of [source, session.notebook.path, '/etc/passwd']) {
      expect(await call('notebook:salvage', { path: named })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(chooseSalvagedNotebookPath).not.toHaveBeenCalled();
  });

  it('gives no path with other refusals, which salvage cannot answer', async () => {
    const notes = path.join(temporaryFolder(), 'notes.themata');
    fs.writeFileSync(notes, 'plain text, not a notebook\n'.repeat(100));
    const { call } = setUp({ chooseNotebookToOpen: async () => notes });
    const refused = await call('notebook:open', {});
    expect(refused.ok ? null : refused.error).toEqual({ code: 'not-a-notebook', message: expect.any(String) });
    expect(await call('notebook:salvage', { path: notes })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('offers a notebook the system asked to open (Open Recent) once the page accepts it', async () => {
    const source = refusedNotebook();
    const openRequests = new OpenRequests();
    const { call } = setUp({ chooseSalvagedNotebookPath: async () => path.join(path.dirname(source), 'Copy.themata') }, openRequests);
    openRequests.offer(source);
    expect(await call('notebook:accept-open', { path: source })).toMatchObject({ ok: false, error: { code: 'untrusted-notebook', path: source } });
    expect(value(await call('notebook:salvage', { path: source }))?.info.name).toBe('Copy');
  });
});

describe('importing many files (imports:*)', () => {
  const article = (n: number) => `Report ${n} says Moscow denied the claim. Ankara warned about gas ${n}.\n`;
  const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

  /** Asks for progress until the import is over, and returns every file's last state. */
  async function untilOver(call: ReturnType<typeof setUp>['call'], first: ImportProgress) {
    const files = new Map(first.files.map((file) => [file.index, file]));
    let progress = first;
    while (progress.status === 'running') {
      progress = value(await call('imports:progress', { jobId: first.jobId, since: progress.version }));
      for (const file of progress.files) files.set(file.index, file);
    }
    return { progress, files: [...files.values()].sort((a, b) => a.index - b.index) };
  }

  it('imports the files and folders chosen in the dialog, naming a folder\'s files by their path inside it', async () => {
    const folder = temporaryFolder();
    fs.mkdirSync(path.join(folder, 'corpus', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'corpus', 'a.txt'), article(1));
    fs.writeFileSync(path.join(folder, 'corpus', 'sub', 'b.txt'), article(2));
    fs.writeFileSync(path.join(folder, 'corpus', 'empty.txt'), '');
    const kinds: string[] = [];
    const { call } = setUp({
      chooseFilesToImport: async (kind) => {
        kinds.push(kind);
        return [path.join(folder, 'corpus')];
      },
    });
    const started = value(await call('imports:choose', { kind: 'folder' }));
    expect(kinds).toEqual(['folder']);
    const { progress, files } = await untilOver(call, started!);
    expect(progress).toMatchObject({ status: 'finished', failure: null, total: 3 });
    expect(files.map((f) => [f.name, f.state])).toEqual([
      ['a.txt', 'imported'],
      ['empty.txt', 'refused'],
      [path.join('sub', 'b.txt'), 'imported'],
    ]);
    expect(files[1]).toMatchObject({ reason: `${path.join(folder, 'corpus', 'empty.txt')} is empty.` });
    expect(value(await call('documents:list', {})).map((d) => d.title).slice(1)).toEqual(['A', 'B']);
  });

  it('answers null and imports nothing when the dialog is cancelled', async () => {
    const { call } = setUp({ chooseFilesToImport: async () => [] });
    expect(value(await call('imports:choose', { kind: 'files' }))).toBeNull();
    expect(value(await call('documents:list', {}))).toHaveLength(1);
  });

  it('imports files the page sends, decoded as files are, and refuses by name and size before any is sent', async () => {
    const { call } = setUp();
    const started = value(
      await call('imports:start-sending', {
        files: [
          { name: 'one.txt', size: 80 },
          { name: 'photo.png', size: 80 },
          { name: 'huge.txt', size: 21 * 1024 * 1024 + 1 },
          { name: 'latin.txt', size: 15 },
          { name: 'nested/two.md', size: 80 },
        ],
      }),
    );
    expect(started.files.map((f) => f.state)).toEqual(['waiting', 'refused', 'refused', 'waiting', 'waiting']);
    expect(started.files[1]).toMatchObject({ reason: 'photo.png is not a kind of file Themata imports; it reads .txt, .md, .html, .pdf and .docx files.' });
    expect(started.files[2]).toMatchObject({ reason: 'huge.txt is 21.0 MB; Themata reads text up to 20 MB.' });
    const { jobId } = started;
    // Only a file the import waits for may be sent.
    expect(await call('imports:send-files', { jobId, files: [{ index: 1, content: base64('x') }] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Several files in one call, which is taken whole or refused whole.
    const firstTwo = [
      { index: 0, content: base64(article(1)) },
      { index: 3, content: base64(Buffer.from('Caf\xe9 au lait.', 'latin1')) },
    ];
    expect(await call('imports:send-files', { jobId, files: [...firstTwo, { index: 2, content: base64('x') }] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(value(await call('imports:send-files', { jobId, files: firstTwo }))).toEqual({ more: true });
    expect(value(await call('imports:send-files', { jobId, files: [{ index: 4, content: base64(article(1)) }] }))).toEqual({ more: true });
    const { progress, files } = await untilOver(call, started);
    expect(progress.status).toBe('finished');
    expect(files.map((f) => f.state)).toEqual(['imported', 'refused', 'refused', 'refused', 'duplicate']);
    expect(files[3]).toMatchObject({ reason: 'latin.txt is not valid UTF-8 text (byte 4, line 1, column 4); save it as UTF-8 and import it again.' });
    const first = files[0] as Extract<ImportFileProgress, { state: 'imported' }>;
    expect(first.document).toMatchObject({ title: 'One', sentenceCount: 2 });
    expect(files[4]).toMatchObject({ sameAs: { id: first.document.id, title: 'One' } });
    expect(value(await call('documents:list', {}))).toHaveLength(2);

    // The duplicate is imported only when the researcher asks for it.
    const again = value(await call('imports:import-anyway', { jobId, files: [4] }));
    const after = await untilOver(call, again);
    expect(after.files.find((f) => f.index === 4)).toMatchObject({ state: 'imported', document: { title: 'Two' } });
    expect(value(await call('documents:list', {}))).toHaveLength(3);
    // A file that is not an offered duplicate is refused.
    expect(await call('imports:import-anyway', { jobId, files: [0] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses malformed calls in one sentence', async () => {
    const { call } = setUp();
    expect(await call('imports:start-sending', { files: [] })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'The files is not valid: an import needs at least one file.' } });
    expect(await call('imports:choose', { kind: 'everything' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('imports:progress', { jobId: 'nope', since: 0 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const { jobId } = value(await call('imports:start-sending', { files: [{ name: 'a.txt', size: 5 }] }));
    expect(await call('imports:send-files', { jobId, files: [{ index: 0, content: 'not base64!' }] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // One import at a time.
    expect(await call('imports:start-sending', { files: [{ name: 'b.txt', size: 5 }] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    value(await call('imports:cancel', { jobId }));
  });

  it('stops after the file being read when cancelled, leaving the rest unsent and unimported', async () => {
    const { call } = setUp();
    const names = Array.from({ length: 5 }, (_, i) => ({ name: `article-${i + 1}.txt`, size: article(i + 1).length }));
    expect(value(await call('imports:current', {}))).toBeNull();
    const started = value(await call('imports:start-sending', { files: names }));
    const { jobId } = started;
    // A page loaded again finds the import under way, every file of it.
    expect(value(await call('imports:current', {}))).toMatchObject({ jobId, status: 'running', total: 5 });
    expect(value(await call('imports:current', {}))?.files).toHaveLength(5);
    value(await call('imports:send-files', { jobId, files: [{ index: 0, content: base64(article(1)) }] }));
    value(await call('imports:send-files', { jobId, files: [{ index: 1, content: base64(article(2)) }] }));
    // Once both are in, the import waits for the third: cancel it there.
    let imported = 0;
    for (let since = 0; imported < 2; ) {
      const progress = value(await call('imports:progress', { jobId, since }));
      imported += progress.files.filter((f) => f.state === 'imported').length;
      since = progress.version;
    }
    value(await call('imports:cancel', { jobId }));
    expect(value(await call('imports:send-files', { jobId, files: [{ index: 2, content: base64(article(3)) }] }))).toEqual({ more: false });
    const { progress, files } = await untilOver(call, started);
    expect(progress.status).toBe('cancelled');
    expect(files.map((f) => f.state)).toEqual(['imported', 'imported', 'skipped', 'skipped', 'skipped']);
    expect(value(await call('documents:list', {}))).toHaveLength(3);
    // Over: another import may start.
    expect((await call('imports:start-sending', { files: [{ name: 'b.txt', size: 5 }] })).ok).toBe(true);
  });

  it('refuses to import into a read-only notebook before showing the dialog', async () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'Study.themata');
    ensureDefaultNotebook(file, { coder: 'ana' }).close();
    const session = new OpenNotebookSession(ensureDefaultNotebook(file, { coder: 'ana', access: 'read' }));
    sessions.push(session);
    const chooseFilesToImport = vi.fn(async () => [file]);
    const call = callsFromPage(createHandlers({ session, dialogs: { chooseFilesToImport } as unknown as Dialogs, shell: {} as Shell }));
    expect(await call('imports:choose', { kind: 'files' })).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await call('imports:start-sending', { files: [{ name: 'a.txt', size: 5 }] })).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(chooseFilesToImport).not.toHaveBeenCalled();
  });
});

describe('export:save and shell:reveal', () => {
  it('writes the same Markdown the preview shows, and can reveal that file', async () => {
    const target = path.join(temporaryFolder(), 'export.md');
    const suggested: string[] = [];
    const { call, shell } = setUp({
      chooseExportPath: async (name) => {
        suggested.push(name);
        return target;
      },
    });
    const options = { by: 'document' as const, includeNotes: false };
    expect(value(await call('export:save', options))).toEqual({ path: target });
    expect(suggested).toEqual(['Study by document.md']);
    expect(fs.readFileSync(target, 'utf8')).toBe(value(await call('export:preview', options)).text);

    value(await call('shell:reveal', { path: target }));
    expect(shell.revealFile).toHaveBeenCalledWith(target);
  });

  it('hands the page the same Markdown as a file to download, under the name the save dialog suggests', async () => {
    const { call } = setUp();
    const options = { by: 'theme' as const, includeNotes: true };
    expect(value(await call('export:file', options))).toEqual({
      fileName: 'Study by theme.md', mediaType: 'text/markdown', content: value(await call('export:preview', options)).text, encoding: 'utf8',
    });
  });

  it('saves a CSV under its own name and file type, and hands the page the same bytes to download', async () => {
    const target = path.join(temporaryFolder(), 'tags.csv');
    const asked: [string, unknown][] = [];
    const { call } = setUp({
      chooseExportPath: async (name, fileType) => {
        asked.push([name, fileType]);
        return target;
      },
    });
    const options = { format: 'csv' as const, by: 'theme' as const, includeNotes: true, bom: true };
    expect(value(await call('export:save', options))).toEqual({ path: target });
    expect(asked).toEqual([['Study tags.csv', { name: 'CSV', extension: 'csv' }]]);
    const file = value(await call('export:file', options));
    expect(file).toMatchObject({ fileName: 'Study tags.csv', mediaType: 'text/csv', encoding: 'utf8' });
    expect(Buffer.from(file.content, 'utf8')).toEqual(fs.readFileSync(target));
    expect(file.content.startsWith('\uFEFFdocument_id,title,')).toBe(true);
    const counts = value(await call('export:file', { format: 'json', by: 'theme', includeNotes: true, counts: true }));
    expect(counts.fileName).toBe('Study theme counts.json');
    expect((JSON.parse(counts.content) as { format: string }).format).toBe('themata-theme-counts');
  });

  it('refuses a count table in Markdown before showing the save dialog', async () => {
    const chooseExportPath = vi.fn<Dialogs['chooseExportPath']>(async () => null);
    const { call } = setUp({ chooseExportPath });
    expect(await call('export:save', { by: 'theme', includeNotes: true, counts: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(chooseExportPath).not.toHaveBeenCalled();
  });

  it('writes nothing when the researcher cancels', async () => {
    const { call } = setUp();
    expect(value(await call('export:save', { by: 'theme', includeNotes: true }))).toBeNull();
  });

  it('refuses to reveal a file the app did not write or open', async () => {
    const { call, shell } = setUp();
    expect(await call('shell:reveal', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(shell.revealFile).not.toHaveBeenCalled();
  });

  it('reveals the open notebook itself', async () => {
    const { call, shell, session } = setUp();
    value(await call('shell:reveal', { path: session.notebook.path }));
    expect(shell.revealFile).toHaveBeenCalledWith(session.notebook.path);
  });
});

describe('shell:open-link', () => {
  it('opens a web link in the system browser', async () => {
    const { call, shell } = setUp();
    value(await call('shell:open-link', { url: 'https://www.reuters.com/article' }));
    expect(shell.openLink).toHaveBeenCalledWith('https://www.reuters.com/article');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share'])('refuses %s', async (url) => {
    const { call, shell } = setUp();
    expect(await call('shell:open-link', { url })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(shell.openLink).not.toHaveBeenCalled();
  });
});

describe('projects:choose and projects:import-sent', () => {
  /** A REFI-QDA project of the test study, written by another notebook. */
  function projectOf(folder: string): { file: string; bytes: Buffer } {
    const other = path.join(folder, 'colleague');
    fs.mkdirSync(other);
    const notebook = Notebook.open(codedStudy(other), { coder: 'ana' });
    const bytes = Buffer.from(notebook.exportQdpx());
    notebook.close();
    const file = path.join(folder, 'Colleague.qdpx');
    fs.writeFileSync(file, bytes);
    return { file, bytes };
  }

  it('imports the project chosen in the dialog as one step, and reports what it added', async () => {
    let chosen: string | null = null;
    const { folder, session, call } = setUp({ chooseProjectToImport: async () => chosen });
    expect(value(await call('projects:choose', {}))).toBeNull();
    const before = session.notebook.listDocuments().length;
    chosen = projectOf(folder).file;
    const imported = value(await call('projects:choose', {}));
    expect(imported).toMatchObject({ fileName: 'Colleague.qdpx', report: { documents: 2, tags: 5, coders: ['ana', 'ben'] } });
    expect(session.notebook.listDocuments()).toHaveLength(before + 2);
    expect(value(await call('history:state', {})).undoLabel).toBe('Import Colleague.qdpx');
  });

  it('imports a project the page sends, and refuses a file that is not one with one sentence, changing nothing', async () => {
    const { folder, session, call } = setUp();
    const { bytes } = projectOf(folder);
    const before = session.notebook.listDocuments().length;
    const refused = await call('projects:import-sent', { name: 'notes.qdpx', content: Buffer.from('not a zip at all').toString('base64') });
    expect(refused).toMatchObject({ ok: false });
    expect(session.notebook.listDocuments()).toHaveLength(before);
    expect(await call('projects:import-sent', { name: 'article.txt', content: bytes.toString('base64') })).toMatchObject({ ok: false });
    const imported = value(await call('projects:import-sent', { name: 'Colleague.qdpx', content: bytes.toString('base64') }));
    expect(imported.report.documents).toBe(2);
    expect(session.notebook.listDocuments()).toHaveLength(before + 2);
  });
});

describe('coders (coders:* and documents:mark-coded)', () => {
  function setUpStudy(onCoderChanged?: (name: string) => void) {
    const folder = temporaryFolder();
    const session = new OpenNotebookSession(Notebook.open(codedStudy(folder), { coder: 'ana' }), onCoderChanged ? { onCoderChanged } : {});
    sessions.push(session);
    const call = callsFromPage(createHandlers({ session, dialogs: {} as Dialogs, shell: {} as Shell }));
    return { folder, session, call };
  }

  it('lists who is coding, the view and every coder with what each has done', async () => {
    const { call } = setUpStudy();
    const state = value(await call('coders:list', {}));
    expect(state.current).toBe('ana');
    expect(state.view).toEqual({ kind: 'everyone' });
    expect(state.coders.map((c) => [c.name, c.tags])).toEqual([
      ['ana', 4],
      ['ben', 1],
    ]);
  });

  it('changes who is coding, remembers the name, and keeps it for the next notebook opened', async () => {
    const remembered: string[] = [];
    const { call, session, folder } = setUpStudy((name) => remembered.push(name));
    const changed = value(await call('coders:set-current', { name: '  Cleo ' }));
    expect(changed.notebook.coder).toBe('Cleo');
    expect(changed.coders.current).toBe('Cleo');
    expect(remembered).toEqual(['Cleo']);
    const refused = await call('coders:set-current', { name: '   ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(session.notebook.coder).toBe('Cleo');
    const other = path.join(folder, 'Other.themata');
    ensureDefaultNotebook(other, { coder: 'ana' }).close();
    await session.open(other);
    expect(value(await call('notebook:info', {})).coder).toBe('Cleo');
  });

  it('shows one coder’s tags in their view and refuses a coder the notebook does not know', async () => {
    const { call } = setUpStudy();
    const [document] = value(await call('documents:list', {}));
    expect(value(await call('coders:set-view', { view: { kind: 'coder', coder: 'ben' } })).view).toEqual({ kind: 'coder', coder: 'ben' });
    const page = value(await call('sentences:page', { documentId: document!.id, offset: 0, limit: 5 }));
    expect(page.sentences.flatMap((s) => s.tags.map((t) => t.coder))).toEqual(['ben']);
    const refused = await call('coders:set-view', { view: { kind: 'coder', coder: 'nobody' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(value(await call('coders:list', {})).view).toEqual({ kind: 'coder', coder: 'ben' });
  });

  it('marks a document coded by the coder, answering with the document as the list shows it, and undoes it', async () => {
    const { call } = setUpStudy();
    const [document] = value(await call('documents:list', {}));
    const marked = value(await call('documents:mark-coded', { documentId: document!.id, coded: true }));
    expect(marked).toMatchObject({ changed: true, document: { id: document!.id, codedBy: ['ana'] } });
    expect(marked.history.undoLabel).toBe('Mark “Syria report” as coded by ana');
    expect(value(await call('documents:mark-coded', { documentId: document!.id, coded: true })).changed).toBe(false);
    expect(value(await call('documents:list', {}))[0]!.codedBy).toEqual(['ana']);
    await call('history:undo', {});
    expect(value(await call('documents:list', {}))[0]!.codedBy).toEqual([]);
    expect(await call('documents:mark-coded', { documentId: 999, coded: true })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('merge:choose and merge:sent', () => {
  /** Another coder's notebook: the test study, coded by ana and ben. */
  function colleagueNotebook(folder: string): string {
    const other = path.join(folder, 'colleague');
    fs.mkdirSync(other);
    return codedStudy(other);
  }

  it('merges the notebook chosen in the dialog as one step, and reports what each coder added', async () => {
    let chosen: string | null = null;
    const { folder, session, call } = setUp({ chooseWorkToMerge: async () => chosen });
    expect(value(await call('merge:choose', {}))).toBeNull();
    chosen = colleagueNotebook(folder);
    const before = fs.readFileSync(chosen);
    const report = value(await call('merge:choose', {}));
    expect(report).toMatchObject({ file: 'Study.themata', added: { documents: ['Syria report', 'Astral <signs> & "marks"'], tags: 5 }, changed: true });
    expect(report!.added.coders.map((c) => [c.coder, c.tags])).toEqual([['ana', 4], ['ben', 1]]);
    expect(value(await call('history:state', {})).undoLabel).toBe('Merge work from Study.themata');
    expect(fs.readFileSync(chosen).equals(before)).toBe(true);
    expect(value(await call('merge:choose', {}))!.changed).toBe(false);
    expect(session.notebook.listDocuments()).toHaveLength(3);
  });

  it('merges a notebook the page sends, and refuses a file that is not one with one sentence, changing nothing', async () => {
    const { folder, session, call } = setUp();
    const bytes = fs.readFileSync(colleagueNotebook(folder));
    const before = session.notebook.listDocuments().length;
    const refused = await call('merge:sent', { name: 'Colleague.themata', content: Buffer.from('not a notebook, only some words').toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Colleague\.themata is not a Themata notebook/) } });
    expect(await call('merge:sent', { name: 'article.txt', content: bytes.toString('base64') })).toMatchObject({ ok: false });
    expect(session.notebook.listDocuments()).toHaveLength(before);
    const report = value(await call('merge:sent', { name: 'Colleague.themata', content: bytes.toString('base64') }));
    expect(report).toMatchObject({ file: 'Colleague.themata', added: { tags: 5 } });
    expect(session.notebook.listDocuments()).toHaveLength(before + 2);
  });
});
