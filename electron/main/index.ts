/**
 * The desktop app's composition root: it builds the notebook session, the
 * window and the menu, and wires them to Electron and to each other. Every
 * decision lives in a module of its own, tested without Electron.
 */
import path from 'node:path';
import { Menu, app, dialog, ipcMain, protocol, session as electronSession, shell } from 'electron';
import { readRememberedCoder, rememberCoder, salvageNotebook, whoIsCoding, type NotebookError } from '../../db';
import { startNotebookService } from '../service/notebook-service';
import { OpenNotebookSession, openForApp, storeOptions } from '../service/notebook-session';
import { OpenRequests } from '../service/open-requests';
import { isAppUrl } from '../service/security-rules';
import { APP_ID } from './app-id';
import { AppMenu } from './app-menu';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { systemDialogs, systemMessageBoxes, systemShell } from './dialogs';
import { askRetryBusy, openFirstNotebook, startCandidates } from './first-notebook';
import { registerIpc } from './ipc/register-ipc';
import { windowEmitter } from './ipc/window-events';
import { manageLifecycle } from './lifecycle';
import { OneWindow } from './one-window';
import { openFromOutside } from './open-outside';
import { OutsideRequests } from './outside-requests';
import { appPaths, findNativeBinding } from './paths';
import { offerSalvage } from './salvage-prompt';
import { hardenSession, hardenWebContents } from './security';
import { SettingsStore, forgetNotebook, rememberNotebook } from './settings';
import { enableSingleInstance, notebookPathFromArgv } from './single-instance';
import { openWorkspaceWindow, windowTitle } from './workspace-window';

main();

function main(): void {
  // One folder for everything when THEMATA_HOME is set (tests, portable use), as db/ does for the notebook.
  if (process.env.THEMATA_HOME) app.setPath('userData', process.env.THEMATA_HOME);
  registerAppScheme(protocol);
  app.on('web-contents-created', (_event, contents) => {
    // hardenWebContents passes only links isExternalLinkAllowed accepts (http and https).
    hardenWebContents(contents, { openExternal: (url) => void shell.openExternal(url) }); // eng-disable OPEN_EXTERNAL_JS_CHECK
  });
  // A second launch or macOS may ask for a notebook before start-up has finished.
  const requests = new OutsideRequests();
  if (!enableSingleInstance(app, { onSecondLaunch: (p) => requests.ask(p), onOpenFile: (p) => requests.ask(p) })) {
    app.quit();
    return;
  }
  app
    .whenReady()
    .then(() => start(requests))
    .catch(fail);
}

async function start(requests: OutsideRequests): Promise<void> {
  const isDevelopment = !app.isPackaged;
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const paths = appPaths({ appPath: app.getAppPath(), userData: app.getPath('userData') });
  const binding = findNativeBinding(paths);
  if (!binding.ok) return fail(new Error(binding.message));
  hardenSession(electronSession.defaultSession);
  handleAppProtocol(protocol, paths.rendererRoot);
  const settings = new SettingsStore(paths.settingsFile);
  // Who is coding: THEMATA_CODER, else the name chosen in the app last time, else the account name.
  const coder = whoIsCoding({ remembered: readRememberedCoder(paths.coderFile) });
  let currentCoder = coder;

  // Titled with the notebook once one is open; opened after that.
  const workspaceWindow = new OneWindow((title) => openWorkspaceWindow({ paths, settings, isDevelopment, title }), 'Themata');
  const openWindow = () => workspaceWindow.current;
  const boxes = systemMessageBoxes(dialog, openWindow);
  const dialogsFrom = (currentFolder: () => string) => systemDialogs({ dialog, window: openWindow, currentFolder });
  // Salvage, for a notebook refused for SQL Themata did not write or for damage.
  const salvageCopy = (source: string, target: string) => salvageNotebook(source, target, { coder: currentCoder, nativeBinding: binding.path });
  /** Offered by the main process where no page can: at start-up, and for Open Recent before the page has loaded. */
  const offerSalvageHere = (error: NotebookError, notebookPath: string) =>
    offerSalvage(error, notebookPath, {
      ask: boxes.ask,
      chooseTarget: (defaultPath) => dialogsFrom(() => path.dirname(defaultPath)).chooseSalvagedNotebookPath(defaultPath),
      salvage: salvageCopy,
      report: (failure) => boxes.showError('Themata could not salvage the notebook', failure.message),
    });

  const requested = notebookPathFromArgv(process.argv, process.cwd()) ?? requests.takeEarliest();
  const first = await openFirstNotebook(startCandidates(requested, settings.current.lastNotebook), {
    open: ({ path: notebookPath }) => openForApp(notebookPath, storeOptions({ coder, nativeBinding: binding.path, backupRoot: paths.backupRoot })),
    askRetryBusy: askRetryBusy(boxes.ask),
    report: (error) => boxes.showError('Themata could not open a notebook', error.message),
    forget: (notebookPath) => settings.update((s) => forgetNotebook(s, notebookPath)),
    offerSalvage: offerSalvageHere,
  });

  const emit = windowEmitter(openWindow);
  const menu = new AppMenu({
    platform: process.platform,
    isDevelopment,
    settings,
    sendCommand: (command) => emit('menu:command', { command }),
    openRecent: (notebookPath) => requests.ask(notebookPath),
    setMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
  });
  const notebooks = new OpenNotebookSession(first, {
    coder,
    onCoderChanged: (name) => {
      currentCoder = name;
      try {
        rememberCoder(paths.coderFile, name);
      } catch (error) {
        // The name holds for this session; only the next start forgets it.
        console.error('[themata] could not remember who is coding:', error);
      }
    },
    nativeBinding: binding.path,
    backupRoot: paths.backupRoot,
    onOpened: (notebook) => {
      settings.update((s) => rememberNotebook(s, notebook.path));
      workspaceWindow.setTitle(windowTitle(notebook.name, notebook.readOnly));
      menu.show(notebook);
    },
  });

  const openRequests = new OpenRequests();
  const service = startNotebookService({
    session: notebooks,
    openRequests,
    dialogs: dialogsFrom(() => path.dirname(notebooks.notebook.path)),
    shell: systemShell(shell),
    salvage: salvageCopy,
    isAppUrl,
    validateOutput: isDevelopment,
    reportBackupFailure: (error) => console.error('[themata] backup:', error instanceof Error ? error.message : error),
    afterCall: () => menu.afterCall(),
  });
  registerIpc(ipcMain, service.invoke, openWindow);

  workspaceWindow.show();
  const openOutside = openFromOutside({
    showWindow: () => workspaceWindow.show(),
    session: notebooks,
    openRequests,
    emit,
    offerSalvage: offerSalvageHere,
    forget: (notebookPath) => settings.update((s) => forgetNotebook(s, notebookPath)),
    refreshMenu: () => menu.refresh(),
    showError: (message) => boxes.showError('Themata could not open this notebook', message),
  });
  // Held requests first (a double-click during start-up), then each as it comes; failures are shown, never thrown.
  requests.handle((notebookPath) => void openOutside(notebookPath));
  manageLifecycle(app, {
    platform: process.platform,
    showWindow: () => void workspaceWindow.show(),
    backUp: () => service.stop(),
    closeNotebook: () => notebooks.close(),
  });
}

function fail(error: unknown): void {
  console.error('[themata] start-up failed:', error);
  dialog.showErrorBox('Themata cannot start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
