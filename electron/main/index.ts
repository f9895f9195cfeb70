/**
 * The desktop app's composition root: wiring only. Each concern lives in its
 * own module (security, protocol, window, menu, dialogs, settings, IPC).
 */
import path from 'node:path';
import { Menu, app, dialog, ipcMain, protocol, session, shell, type BrowserWindow } from 'electron';
import { defaultCoder, isNotebookError, salvageNotebook, type NotebookError } from '../../db';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { systemDialogs, systemShell } from './dialogs';
import { openFirstNotebook, startCandidates } from './first-notebook';
import { windowEmitter } from './ipc/window-events';
import { createHandlers } from '../service/handlers';
import { registerIpc } from './ipc/register-ipc';
import { createInvoke } from '../service/wrapper';
import { buildMenuTemplate } from './menu';
import { startRollingBackups } from '../service/rolling-backups';
import { OpenNotebookSession, openForApp, storeOptions } from '../service/notebook-session';
import { OpenRequests } from '../service/open-requests';
import { isSalvageable } from '../service/salvage';
import { offerSalvage } from './salvage-prompt';
import { appPaths, findNativeBinding } from './paths';
import { isAppUrl } from '../service/security-rules';
import { hardenSession, hardenWebContents } from './security';
import { SettingsStore, forgetNotebook, rememberNotebook } from './settings';
import { enableSingleInstance, notebookPathFromArgv } from './single-instance';
import { openWorkspaceWindow, windowTitle } from './workspace-window';

const isDevelopment = !app.isPackaged;
/** Notebooks a second launch or macOS asked for before start-up finished; opened once it has. */
const earlyRequests: string[] = [];
let openFromOutside: (notebookPath: string | null) => void = (notebookPath) => {
  if (notebookPath) earlyRequests.push(notebookPath);
};

// One folder for everything when THEMATA_HOME is set (tests, portable use), as db/ does for the notebook.
if (process.env.THEMATA_HOME) app.setPath('userData', process.env.THEMATA_HOME);
registerAppScheme(protocol);
app.on('web-contents-created', (_event, contents) => {
  // hardenWebContents passes only links isExternalLinkAllowed accepts (http and https).
  hardenWebContents(contents, { openExternal: (url) => void shell.openExternal(url) }); // eng-disable OPEN_EXTERNAL_JS_CHECK
});

if (enableSingleInstance(app, { onSecondLaunch: (p) => openFromOutside(p), onOpenFile: (p) => openFromOutside(p) })) {
  app.whenReady().then(start).catch(fail);
} else {
  app.quit();
}

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId('org.themata.app');
  const paths = appPaths({ appPath: app.getAppPath(), userData: app.getPath('userData') });
  const binding = findNativeBinding(paths);
  if (!binding.ok) return fail(new Error(binding.message));

  hardenSession(session.defaultSession);
  handleAppProtocol(protocol, paths.rendererRoot);
  const settings = new SettingsStore(paths.settingsFile);
  let workspaceWindow: BrowserWindow | null = null;
  const emit = windowEmitter(() => workspaceWindow);

  // Backups: in Backups/ of the user data folder, where the CLI looks for them too.
  const backupRoot = path.join(app.getPath('userData'), 'Backups');
  const openOptions = storeOptions({ nativeBinding: binding.path, backupRoot });
  // Salvage, for a notebook refused for SQL Themata did not write or for damage.
  const salvageCopy = (source: string, target: string) => salvageNotebook(source, target, { coder: defaultCoder(), nativeBinding: binding.path });
  /** Offered by the main process where no page can: at start-up, and for Open Recent before the page has loaded. */
  const offerSalvageHere = (error: NotebookError, notebookPath: string) =>
    offerSalvage(error, notebookPath, {
      ask: async (box) => (await (workspaceWindow ? dialog.showMessageBox(workspaceWindow, box) : dialog.showMessageBox(box))).response,
      chooseTarget: (defaultPath) =>
        systemDialogs({ dialog, window: () => workspaceWindow, currentFolder: () => path.dirname(defaultPath) }).chooseSalvagedNotebookPath(defaultPath),
      salvage: salvageCopy,
      report: (failure) => dialog.showErrorBox('Themata could not salvage the notebook', failure.message),
    });
  const requested = notebookPathFromArgv(process.argv, process.cwd()) ?? earlyRequests.shift() ?? null;
  const first = await openFirstNotebook(startCandidates(requested, settings.current.lastNotebook), {
    open: ({ path: notebookPath }) => openForApp(notebookPath, openOptions),
    askRetryBusy,
    report: (error) => dialog.showErrorBox('Themata could not open a notebook', error.message),
    forget: (notebookPath) => settings.update((s) => forgetNotebook(s, notebookPath)),
    offerSalvage: offerSalvageHere,
  });
  // The open notebook as the menu sees it; set before the session exists, since opening it refreshes the menu.
  let current = first;
  let menuHistory = '';
  const notebooks = new OpenNotebookSession(first, {
    nativeBinding: binding.path,
    backupRoot,
    onOpened: (notebook) => {
      current = notebook;
      settings.update((s) => rememberNotebook(s, notebook.path));
      workspaceWindow?.setTitle(windowTitle(notebook.name, notebook.readOnly));
      refreshMenu();
    },
  });

  const openRequests = new OpenRequests();
  const handlers = createHandlers({
    session: notebooks,
    openRequests,
    dialogs: systemDialogs({ dialog, window: () => workspaceWindow, currentFolder: () => path.dirname(notebooks.notebook.path) }),
    shell: systemShell(shell),
    salvage: salvageCopy,
  });
  const invoke = createInvoke({ handlers, isAppUrl, validateOutput: isDevelopment });
  // After every call, the Edit menu names what undo and redo would now do.
  const refreshMenuHistory = () => {
    const state = JSON.stringify(current.historyState());
    if (state !== menuHistory) refreshMenu();
  };
  const backups = startRollingBackups({
    backUpIfDue: () => notebooks.backupIfDue(),
    report: (error) => console.error('[themata] backup:', error instanceof Error ? error.message : error),
  });
  registerIpc(
    ipcMain,
    async (channel, input, sender) => {
      const result = await invoke(channel, input, sender);
      refreshMenuHistory();
      backups.afterCall();
      return result;
    },
    () => workspaceWindow,
  );

  function refreshMenu(): void {
    const history = current.historyState();
    menuHistory = JSON.stringify(history);
    const template = buildMenuTemplate({
      history,
      readOnly: current.readOnly,
      platform: process.platform,
      isDevelopment,
      recentNotebooks: settings.current.recent,
      sendCommand: (command) => emit('menu:command', { command }),
      openRecent: (notebookPath) => openFromOutside(notebookPath),
      clearRecent: () => {
        settings.update((s) => ({ ...s, recent: [] }));
        refreshMenu();
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** Shows the window; true when it was already open (its page may hold an unsaved note). */
  function showWindow(): boolean {
    if (!workspaceWindow) {
      const window = openWorkspaceWindow({ paths, settings, isDevelopment, title: windowTitle(notebooks.notebook.name, notebooks.notebook.readOnly) });
      window.on('closed', () => {
        if (workspaceWindow === window) workspaceWindow = null;
      });
      workspaceWindow = window;
      return false;
    }
    if (workspaceWindow.isMinimized()) workspaceWindow.restore();
    workspaceWindow.focus();
    return true;
  }

  /** A refused notebook the page cannot offer to salvage: offered here, and the copy opened. */
  async function salvageAndOpen(error: NotebookError, notebookPath: string): Promise<void> {
    const copy = await offerSalvageHere(error, notebookPath);
    if (copy === null) return;
    try {
      emit('notebook:opened', (await notebooks.open(copy)).info());
    } catch (failure) {
      if (!isNotebookError(failure)) throw failure;
      dialog.showErrorBox('Themata could not open this notebook', failure.message);
    }
  }

  // Open Recent, a second launch, macOS open-file. A page that is already open
  // saves its pending note and accepts the request (notebook:accept-open);
  // a new window has nothing pending, so the notebook is swapped at once.
  openFromOutside = (notebookPath) =>
    void openOutside(notebookPath).catch((error: unknown) =>
      dialog.showErrorBox('Themata could not open this notebook', error instanceof Error ? error.message : String(error)),
    );
  async function openOutside(notebookPath: string | null): Promise<void> {
    const pageWasOpen = showWindow();
    if (notebookPath === null) return;
    if (pageWasOpen) {
      emit('notebook:open-requested', { path: openRequests.offer(notebookPath) });
      return;
    }
    try {
      emit('notebook:opened', (await notebooks.open(notebookPath)).info());
    } catch (error) {
      if (!isNotebookError(error)) throw error;
      if (isSalvageable(error)) {
        void salvageAndOpen(error, notebookPath);
        return;
      }
      if (error.code === 'file-missing') settings.update((s) => forgetNotebook(s, notebookPath));
      refreshMenu();
      dialog.showErrorBox('Themata could not open this notebook', error.message);
    }
  }

  refreshMenu();
  showWindow();
  for (const request of earlyRequests.splice(0)) openFromOutside(request);

  app.on('activate', () => void showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The last changes get their rolling backup before the app goes.
  let backedUpForQuit = false;
  app.on('before-quit', (event) => {
    if (backedUpForQuit) return;
    event.preventDefault();
    backedUpForQuit = true;
    void backups.stop().finally(() => app.quit());
  });
  // Closing the notebook releases its lock for the CLI or the next launch.
  app.on('will-quit', () => notebooks.close());
}

/** A busy notebook at start-up: the researcher can close it elsewhere and try again. */
async function askRetryBusy(error: NotebookError): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    message: 'This notebook is open elsewhere',
    detail: error.message,
    buttons: ['Try Again', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
  });
  return response === 0;
}

function fail(error: unknown): void {
  console.error('[themata] start-up failed:', error);
  dialog.showErrorBox('Themata cannot start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
