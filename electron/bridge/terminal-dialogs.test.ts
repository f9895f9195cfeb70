import { describe, expect, it, vi } from 'vitest';
import { freeFileName, terminalDialogs, terminalShell } from './terminal-dialogs';

describe('the browser workspace dialogs', () => {
  it('cannot open or create notebooks, and says how instead', async () => {
    const say = vi.fn();
    const dialogs = terminalDialogs({ say, notebookFolder: () => '/d' });
    expect(await dialogs.chooseNotebookToOpen()).toBeNull();
    expect(await dialogs.chooseNewNotebookPath()).toBeNull();
    expect(await dialogs.chooseFilesToImport('files')).toEqual([]);
    expect(say).toHaveBeenCalledWith(expect.stringContaining('--notebook PATH'));
  });

  it('exports beside the notebook without replacing an earlier export', async () => {
    const taken = new Set(['/d/Study by theme.md', '/d/Study by theme (2).md']);
    const say = vi.fn();
    const dialogs = terminalDialogs({ say, notebookFolder: () => '/d', exists: (file) => taken.has(file) });
    expect(await dialogs.chooseExportPath('Study by theme.md')).toBe('/d/Study by theme (3).md');
    expect(say).toHaveBeenCalledWith('Exporting to /d/Study by theme (3).md');
  });

  it('salvages into a free name beside the suggested one, and says where', async () => {
    const say = vi.fn();
    const taken = new Set(['/d/Received (salvaged).themata']);
    const dialogs = terminalDialogs({ say, notebookFolder: () => '/elsewhere', exists: (file) => taken.has(file) });
    expect(await dialogs.chooseSalvagedNotebookPath('/d/Received (salvaged).themata')).toBe('/d/Received (salvaged) (2).themata');
    expect(say).toHaveBeenCalledWith('Salvaging into /d/Received (salvaged) (2).themata');
  });

  it('prints what it cannot show', async () => {
    const say = vi.fn();
    const shell = terminalShell(say);
    shell.revealFile('/d/out.md');
    await shell.openLink('https://example.org/');
    expect(say.mock.calls.flat()).toEqual(['The file is at /d/out.md', 'Open this link in your browser: https://example.org/']);
  });
});

describe('freeFileName', () => {
  it('keeps a free name and numbers a taken one', () => {
    expect(freeFileName('/d', 'a.md', () => false)).toBe('/d/a.md');
    expect(freeFileName('/d', 'notes', (f) => f === '/d/notes')).toBe('/d/notes (2)');
  });
});
