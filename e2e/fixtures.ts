/**
 * End-to-end fixtures. Every test gets its own temporary notebook (a fresh
 * copy of the sample study), the app opened on it, and a page that has
 * signalled it is ready (<html data-themata-ready="true">; never a sleep).
 * Calls that would touch the operating system are stubbed: the test decides
 * what the dialogs answer, and reads which files were revealed or links opened.
 *
 *   chromium: the loopback bridge runs in this process; the page is Chromium's.
 *   electron: Electron is launched on the notebook; its dialogs are replaced
 *             in the main process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  _electron,
  test as base,
  expect,
  type ElectronApplication,
  type Page,
  type PlaywrightTestArgs,
  type PlaywrightTestOptions,
  type PlaywrightWorkerArgs,
  type PlaywrightWorkerOptions,
  type TestType,
} from '@playwright/test';
import { serveNotebook, type ServedNotebook } from '../electron/bridge/serve-notebook';
import { DIALOG_TITLES } from '../electron/service/dialog-titles';
import type { Dialogs, Shell } from '../electron/service/handlers';
import { ensureDefaultNotebook, type Notebook } from '../db';
import { ROOT, target } from './target';

/** What the operating system's dialogs answer; null is "cancelled". */
export interface DialogAnswers {
  exportPath: string | null;
  importFiles: string[];
  notebookToOpen: string | null;
  newNotebookPath: string | null;
  /** Another coder's notebook or project, for the desktop's merge dialog. */
  workToMerge: string | null;
}

export interface ShellLog {
  revealed: string[];
  openedLinks: string[];
}

export interface ThemataFixture {
  target: 'electron' | 'chromium';
  /** This test's own folder: the notebook, exports, files to import. */
  folder: string;
  notebookPath: string;
  /** Changes what the dialogs answer from now on. */
  answerDialogs(answers: Partial<DialogAnswers>): Promise<void>;
  shellLog(): Promise<ShellLog>;
  /** Uncaught errors and console errors the page reported. */
  pageErrors: string[];
}

interface Fixtures {
  themata: ThemataFixture;
  page: Page;
  /**
   * Open the test's notebook read-only: `test.use({ readOnlyNotebook: true })`.
   * Chromium forces read access, because as root no file mode stops a write;
   * Electron gets a file it cannot write (mode 0444), and is skipped as root.
   */
  readOnlyNotebook: boolean;
  /**
   * Work done on the fresh sample notebook before the app opens it (tags, notes
   * a colleague left). Wrapped in an object: Playwright reads a bare function as a fixture.
   */
  prepareNotebook: { apply: (notebook: Notebook) => void } | null;
  /**
   * A notebook file each test starts from (a copy of it), instead of the sample
   * study: one built once for a whole spec file, such as a book-length document.
   */
  notebookFile: string | null;
}

const READY = 'html[data-themata-ready="true"]';

function defaultAnswers(folder: string): DialogAnswers {
  return { exportPath: path.join(folder, 'export.md'), importFiles: [], notebookToOpen: null, newNotebookPath: null, workToMerge: null };
}

function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
}

async function waitUntilReady(page: Page): Promise<void> {
  await page.locator(READY).waitFor({ state: 'attached' });
}

interface TestNotebook {
  folder: string;
  notebookPath: string;
}

/** Both targets: a folder of the test's own, holding a fresh copy of the sample notebook. */
const withNotebook = base.extend<{ testNotebook: TestNotebook } & Pick<Fixtures, 'readOnlyNotebook' | 'prepareNotebook' | 'notebookFile'>>({
  readOnlyNotebook: [false, { option: true }],
  prepareNotebook: [null, { option: true }],
  notebookFile: [null, { option: true }],
  testNotebook: async ({ prepareNotebook, notebookFile }, use) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-e2e-'));
    const notebookPath = path.join(folder, 'Study.themata');
    if (notebookFile) fs.copyFileSync(notebookFile, notebookPath);
    // Opens the copy as it is; only a new file gets the sample study.
    // Prepared as the coder the workspace codes as (THEMATA_CODER and the bridge's coder): what it sets up is the workspace's own work.
    const notebook = ensureDefaultNotebook(notebookPath, { coder: 'e2e' });
    try {
      prepareNotebook?.apply(notebook);
    } finally {
      notebook.close();
    }
    await use({ folder, notebookPath });
    fs.rmSync(folder, { recursive: true, force: true });
  },
});

interface ServedForTest {
  served: ServedNotebook;
  answers: DialogAnswers;
  log: ShellLog;
}

/** Chromium: the bridge over this test's notebook, in this process. */
const chromiumTest = withNotebook.extend<Fixtures & { bridge: ServedForTest }>({
  bridge: async ({ testNotebook, readOnlyNotebook }, use) => {
    const answers = defaultAnswers(testNotebook.folder);
    const log: ShellLog = { revealed: [], openedLinks: [] };
    const dialogs: Dialogs = {
      chooseNotebookToOpen: async () => answers.notebookToOpen,
      chooseNewNotebookPath: async () => answers.newNotebookPath,
      chooseFilesToImport: async () => answers.importFiles,
      chooseProjectToImport: async () => null,
      chooseWorkToMerge: async () => answers.workToMerge,
      chooseExportPath: async () => answers.exportPath,
      // A salvaged copy is a new notebook: the test answers it as one.
      chooseSalvagedNotebookPath: async () => answers.newNotebookPath,
    };
    const shell: Shell = {
      revealFile: (file) => void log.revealed.push(file),
      openLink: async (url) => void log.openedLinks.push(url),
    };
    const served = await serveNotebook({
      notebookPath: testNotebook.notebookPath,
      dialogs,
      shell,
      coder: 'e2e',
      // Where the desktop app would keep them with THEMATA_HOME at <folder>/home, never the user's own folder.
      backupRoot: path.join(testNotebook.folder, 'home', 'Backups'),
      ...(readOnlyNotebook ? { access: 'read' as const } : {}),
    });
    await use({ served, answers, log });
    await served.close();
  },
  themata: async ({ testNotebook, bridge }, use) => {
    await use({
      target: 'chromium',
      ...testNotebook,
      answerDialogs: async (change) => void Object.assign(bridge.answers, change),
      shellLog: async () => structuredClone(bridge.log),
      pageErrors: [],
    });
  },
  page: async ({ page, themata, bridge }, use) => {
    watchErrors(page, themata.pageErrors);
    await page.goto(bridge.served.bridge.pageUrl);
    await waitUntilReady(page);
    await use(page);
  },
});

/** Electron: the desktop app on this test's notebook, with a settings folder of its own. */
const electronTest = withNotebook.extend<Fixtures & { electronApp: ElectronApplication }>({
  electronApp: async ({ testNotebook, readOnlyNotebook }, use, testInfo) => {
    if (readOnlyNotebook) {
      testInfo.skip(process.getuid?.() === 0, 'As root every file can be written, so Electron cannot be shown a read-only notebook');
      fs.chmodSync(testNotebook.notebookPath, 0o444);
    }
    const app = await _electron.launch({
      executablePath: target.executable,
      args: [ROOT, testNotebook.notebookPath],
      cwd: ROOT,
      env: { ...process.env, THEMATA_HOME: path.join(testNotebook.folder, 'home'), THEMATA_CODER: 'e2e' },
    });
    await use(app);
    await app.close();
  },
  themata: async ({ electronApp, testNotebook }, use) => {
    const answers = defaultAnswers(testNotebook.folder);
    // Replaces the main process's dialogs and shell; the app's own code calls them unchanged.
    const apply = () =>
      electronApp.evaluate(
        ({ dialog, shell }, { answers: given, titles }) => {
          const scope = globalThis as typeof globalThis & { themataShellLog?: { revealed: string[]; openedLinks: string[] } };
          const log = (scope.themataShellLog ??= { revealed: [], openedLinks: [] });
          const optionsOf = (args: unknown[]) => (args.length > 1 ? args[1] : args[0]) as { title?: string };
          dialog.showOpenDialog = (async (...args: unknown[]) => {
            const { title } = optionsOf(args);
            const importing = title === titles.importFiles || title === titles.importFolder;
            const merging = title === titles.mergeWork;
            const chosen = merging ? given.workToMerge : given.notebookToOpen;
            const files = importing ? given.importFiles : chosen ? [chosen] : [];
            return { canceled: files.length === 0, filePaths: files };
          }) as typeof dialog.showOpenDialog;
          dialog.showSaveDialog = (async (...args: unknown[]) => {
            const chosen = optionsOf(args).title === titles.exportFile ? given.exportPath : given.newNotebookPath;
            return chosen ? { canceled: false, filePath: chosen } : { canceled: true, filePath: '' };
          }) as typeof dialog.showSaveDialog;
          shell.showItemInFolder = (file: string) => void log.revealed.push(file);
          shell.openExternal = async (url: string) => void log.openedLinks.push(url);
        },
        { answers, titles: DIALOG_TITLES },
      );
    await apply();
    await use({
      target: 'electron',
      ...testNotebook,
      answerDialogs: async (change) => {
        Object.assign(answers, change);
        await apply();
      },
      shellLog: () =>
        electronApp.evaluate(() => {
          const scope = globalThis as typeof globalThis & { themataShellLog?: ShellLog };
          return scope.themataShellLog ?? { revealed: [], openedLinks: [] };
        }),
      pageErrors: [],
    });
  },
  page: async ({ electronApp, themata }, use) => {
    const page = await electronApp.firstWindow();
    watchErrors(page, themata.pageErrors);
    await waitUntilReady(page);
    await use(page);
  },
});

// Both tests offer the same fixtures to specs (themata, page); the target decides which one runs.
type SpecTest = TestType<PlaywrightTestArgs & PlaywrightTestOptions & Fixtures, PlaywrightWorkerArgs & PlaywrightWorkerOptions>;
export const test = (target.name === 'electron' ? electronTest : chromiumTest) as unknown as SpecTest;
export { expect };
