import type { BrowserWindow, Dialog, Shell as ElectronShell } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  exportOptions,
  importFilesOptions,
  newNotebookOptions,
  openNotebookOptions,
  safeFileName,
  salvageOptions,
  systemDialogs,
  systemMessageBoxes,
  systemShell,
  type MessageBox,
} from './dialogs';

describe('dialog options', () => {
  it('opens only .themata files, starting in the notebook folder', () => {
    expect(openNotebookOptions('/home/ana/research')).toMatchObject({
      defaultPath: '/home/ana/research',
      properties: ['openFile'],
      filters: [{ extensions: ['themata'] }],
    });
  });

  it('suggests a new notebook name and asks before replacing a file', () => {
    const options = newNotebookOptions('/home/ana/research');
    expect(options.defaultPath).toBe('/home/ana/research/Untitled.themata');
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('saves a salvaged copy as a new notebook, starting at the suggested name, never over a file', () => {
    const options = salvageOptions('/home/ana/Received (salvaged).themata');
    expect(options).toMatchObject({ title: 'Salvage a Copy', defaultPath: '/home/ana/Received (salvaged).themata', filters: [{ extensions: ['themata'] }] });
    // The store refuses an existing file; the dialog must not promise to replace it.
    expect(options.properties).not.toContain('showOverwriteConfirmation');
  });

  it('imports several articles at once, offering every kind Themata reads', () => {
    const options = importFilesOptions('/home/ana', 'files');
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters?.[0]?.extensions).toEqual(expect.arrayContaining(['txt', 'md', 'html', 'htm', 'pdf', 'docx']));
  });

  it('saves the export beside the notebook under the suggested name', () => {
    expect(exportOptions('/home/ana/research', 'Study by theme.md')).toMatchObject({
      defaultPath: '/home/ana/research/Study by theme.md',
      filters: [{ extensions: ['md'] }],
    });
    expect(exportOptions('/home/ana/research', 'Study tags.csv', { name: 'CSV', extension: 'csv' })).toMatchObject({
      defaultPath: '/home/ana/research/Study tags.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });

  it.each([
    ['Study by theme.md', 'Study by theme.md'],
    ['Syria/Iran: claims?.md', 'Syria Iran claims .md'],
    ['..', 'Export.md'],
    ['   ', 'Export.md'],
    ['a\u0000b.md', 'a b.md'],
  ])('makes %j a safe file name', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });
});

describe('systemDialogs', () => {
  const window = {} as BrowserWindow;

  it('returns the chosen file, or null when cancelled', async () => {
    const showOpenDialog = vi
      .fn()
      .mockResolvedValueOnce({ canceled: false, filePaths: ['/home/ana/Study.themata'] })
      .mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const dialogs = systemDialogs({ dialog: { showOpenDialog } as unknown as Dialog, window: () => window, currentFolder: () => '/home/ana' });
    expect(await dialogs.chooseNotebookToOpen()).toBe('/home/ana/Study.themata');
    expect(await dialogs.chooseNotebookToOpen()).toBeNull();
    expect(showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ title: 'Open Notebook' }));
  });

  it('returns no files when the import is cancelled', async () => {
    const showOpenDialog = vi.fn().mockResolvedValue({ canceled: true, filePaths: ['/ignored.txt'] });
    const dialogs = systemDialogs({ dialog: { showOpenDialog } as unknown as Dialog, window: () => null, currentFolder: () => '/' });
    expect(await dialogs.chooseFilesToImport('files')).toEqual([]);
  });

  it('asks for several text files, or for folders, in a dialog of its own each', async () => {
    const showOpenDialog = vi.fn().mockResolvedValue({ canceled: false, filePaths: ['/home/ana/corpus'] });
    const dialogs = systemDialogs({ dialog: { showOpenDialog } as unknown as Dialog, window: () => window, currentFolder: () => '/' });
    expect(await dialogs.chooseFilesToImport('folder')).toEqual(['/home/ana/corpus']);
    expect(showOpenDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ title: 'Import a Folder', properties: ['openDirectory', 'multiSelections'] }));
    await dialogs.chooseFilesToImport('files');
    expect(showOpenDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ title: 'Import Articles', properties: ['openFile', 'multiSelections'] }));
  });

  it('cleans the suggested export name before showing it', async () => {
    const showSaveDialog = vi.fn().mockResolvedValue({ canceled: false, filePath: '/home/ana/out.md' });
    const dialogs = systemDialogs({ dialog: { showSaveDialog } as unknown as Dialog, window: () => window, currentFolder: () => '/home/ana' });
    expect(await dialogs.chooseExportPath('A/B by theme.md')).toBe('/home/ana/out.md');
    expect(showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: '/home/ana/A B by theme.md' }));
  });
});

describe('systemShell', () => {
  it('opens web links and nothing else', async () => {
    const openExternal = vi.fn().mockResolvedValue(undefined);
    const shell = systemShell({ openExternal, showItemInFolder: vi.fn() } as unknown as ElectronShell);
    await shell.openLink('https://example.org/');
    await shell.openLink('file:///etc/passwd');
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');
  });
});

describe('systemMessageBoxes', () => {
  const box: MessageBox = { type: 'warning', message: 'Busy', detail: 'Open elsewhere.', buttons: ['Try Again', 'Cancel'], defaultId: 0, cancelId: 1 };

  it('shows a box over the window when one is open, and alone before it is, answering the button chosen', async () => {
    const window = {} as BrowserWindow;
    let open: BrowserWindow | null = null;
    const showMessageBox = vi.fn().mockResolvedValue({ response: 1, checkboxChecked: false });
    const boxes = systemMessageBoxes({ showMessageBox } as unknown as Dialog, () => open);
    expect(await boxes.ask(box)).toBe(1);
    expect(showMessageBox).toHaveBeenLastCalledWith(box);
    open = window;
    await boxes.ask(box);
    expect(showMessageBox).toHaveBeenLastCalledWith(window, box);
  });
});
