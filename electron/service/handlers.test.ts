import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../contract';
import { ensureDefaultNotebook } from '../../db';
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
    expect(value(await call('export:preview', { by: 'theme', includeNotes: true })).markdown).toMatch(/^---\n/);
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

describe('documents:import-files', () => {
  it('imports every chosen file', async () => {
    const folder = temporaryFolder();
    const files = ['one.txt', 'two.md'].map((name) => path.join(folder, name));
    fs.writeFileSync(files[0]!, 'First sentence. Second sentence.\n');
    fs.writeFileSync(files[1]!, 'Another text. With two sentences.\n');
    const { call } = setUp({ chooseFilesToImport: async () => files });
    const imported = value(await call('documents:import-files', {}));
    expect(imported.map((d) => d.sourceName)).toEqual(['one.txt', 'two.md']);
    expect(value(await call('documents:list', {}))).toHaveLength(3);
  });

  it('imports nothing when one file is refused', async () => {
    const folder = temporaryFolder();
    const good = path.join(folder, 'good.txt');
    fs.writeFileSync(good, 'A fine sentence.\n');
    const missing = path.join(folder, 'missing.txt');
    const { call } = setUp({ chooseFilesToImport: async () => [good, missing] });
    expect(await call('documents:import-files', {})).toMatchObject({ ok: false, error: { code: 'file-missing' } });
    expect(value(await call('documents:list', {}))).toHaveLength(1);
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
    expect(fs.readFileSync(target, 'utf8')).toBe(value(await call('export:preview', options)).markdown);

    value(await call('shell:reveal', { path: target }));
    expect(shell.revealFile).toHaveBeenCalledWith(target);
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
